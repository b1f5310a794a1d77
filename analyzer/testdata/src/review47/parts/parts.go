// Package parts probes the rules that let a part built around another
// part of a new value hold nothing of its own (contents.go wrapsPartInto,
// wrapping.go storesOwn and holdsOnly with loadsPartOf).
package parts

import (
	"bufio"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"io"
	"net"
	"os"
)

// spool encodes into w, and spools what it encodes in a temporary file
// in dir.
type spool struct {
	w   io.Writer
	dir string
	tmp *os.File
	enc io.WriteCloser
}

func (s *spool) Write(b []byte) (int, error) { return s.enc.Write(b) } // want Write:"keeps p1"

func (s *spool) Close() error { // want Close:"releases p0; closes p0\\.enc,p0\\.tmp"
	s.enc.Close()
	return s.tmp.Close()
}

// newSpool opens its temporary file in the directory the value records:
// the file is the spool's own, and its caller must close the spool.
func newSpool(w io.Writer, dir string) (io.WriteCloser, error) { // want newSpool:"keeps p0; r0 is \\*spool"
	s := &spool{w: w, dir: dir}
	f, err := os.CreateTemp(s.dir, "spool")
	if err != nil {
		return nil, err
	}
	s.tmp = f
	s.enc = base64.NewEncoder(base64.StdEncoding, s.w)
	return s, nil
}

// newSpoolArg is newSpool with the directory taken from the argument.
func newSpoolArg(w io.Writer, dir string) (io.WriteCloser, error) { // want newSpoolArg:"keeps p0; r0 is \\*spool"
	s := &spool{w: w, dir: dir}
	f, err := os.CreateTemp(dir, "spool")
	if err != nil {
		return nil, err
	}
	s.tmp = f
	s.enc = base64.NewEncoder(base64.StdEncoding, s.w)
	return s, nil
}

// SpoolLeak drops the spool where the data is empty: its temporary file
// stays open.
func SpoolLeak(w io.Writer, dir string, data []byte) error { // want SpoolLeak:"keeps p0,p2"
	s, err := newSpool(w, dir) /* LEAK: at the return of line 65. MISSED by be3a333, reported since its narrowing; (old build reports it): os.CreateTemp(s.dir, ...) loads a part of s, so storesOwn skips it and newSpool "wraps p0 in r0" */ // want `s returned by newSpool is not closed on all paths`
	if err != nil {
		return err
	}
	if len(data) == 0 {
		return errors.New("empty")
	}
	s.Write(data)
	return s.Close()
}

// SpoolArgLeak is SpoolLeak over newSpoolArg.
func SpoolArgLeak(w io.Writer, dir string, data []byte) error { // want SpoolArgLeak:"keeps p0,p2"
	s, err := newSpoolArg(w, dir) /* LEAK: at the return of line 78. Both builds report it */ // want `s returned by newSpoolArg is not closed on all paths`
	if err != nil {
		return err
	}
	if len(data) == 0 {
		return errors.New("empty")
	}
	s.Write(data)
	return s.Close()
}

// Session wraps a connection it is given, and keeps a log of its own in
// the file that the value names.
type Session struct {
	conn    net.Conn
	logPath string
	log     *os.File
	rd      *bufio.Reader
}

func (s *Session) Close() error { // want Close:"releases p0; closes p0\\.conn,p0\\.log"
	s.log.Close()
	return s.conn.Close()
}

func NewSession(conn net.Conn, logPath string) (*Session, error) { // want NewSession:"keeps p0"
	s := &Session{conn: conn, logPath: logPath}
	f, err := os.OpenFile(s.logPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	s.log = f
	s.rd = bufio.NewReader(s.conn)
	return s, nil
}

// Greet closes the connection it dialed, but never the session's log.
func Greet(addr, logPath string) (string, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	s, err := NewSession(conn, logPath) /* LEAK: s.log, at the return of line 120. MISSED by be3a333, reported since its narrowing; (old build reports it): os.OpenFile(s.logPath, ...) loads a part of s, so NewSession "wraps p0 in r0" */ // want `s returned by NewSession is not closed before the return at line 120`
	if err != nil {
		return "", err
	}
	return s.rd.ReadString('\n')
}

// gzFile compresses into a file it creates: the gzip writer is built
// around the file part.
type gzFile struct {
	f  *os.File
	zw *gzip.Writer
}

func (g *gzFile) Close() error { // want Close:"releases p0; closes p0\\.f,p0\\.zw"
	g.zw.Close()
	return g.f.Close()
}

func createGz(path string) (*gzFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	g := &gzFile{f: f}
	g.zw = gzip.NewWriter(g.f)
	return g, nil
}

func WriteGz(path string, data []byte) error { // want WriteGz:"keeps p1"
	g, err := createGz(path) /* LEAK: at the return of line 151. Both builds report it */ // want `g returned by createGz is not closed on all paths`
	if err != nil {
		return err
	}
	if len(data) == 0 {
		return errors.New("empty")
	}
	g.zw.Write(data)
	return g.Close()
}
