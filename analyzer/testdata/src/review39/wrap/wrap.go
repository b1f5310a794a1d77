// Package wrap probes rule 2 (wrapperResult).
package wrap

import (
	"io"
	"net"
	"net/http"
	"os"
)

// Muxer opens a new multiplexed stream over a connection (yamux/smux-like).
type Muxer interface {
	Stream(conn net.Conn) (net.Conn, error)
}

// LeakStream: the stream is new and never closed; conn is the caller's.
func LeakStream(m Muxer, conn net.Conn, b []byte) error { // want LeakStream:"keeps p1,p2; exposes p1"
	s, err := m.Stream(conn) // want `s returned by m\.Stream is not closed`
	if err != nil {
		return err
	}
	_, err = s.Write(b)
	return err
}

// SafeStream closes the stream.
func SafeStream(m Muxer, conn net.Conn, b []byte) error { // want SafeStream:"keeps p1,p2; exposes p1"
	s, err := m.Stream(conn)
	if err != nil {
		return err
	}
	defer s.Close()
	_, err = s.Write(b)
	return err
}

// Sessions opens a logical session over a shared physical link.
type Sessions interface {
	Session(link net.Conn) (net.Conn, error)
}

// LeakSessionLoop opens one session per message over a dialed link and closes only the link.
func LeakSessionLoop(ss Sessions, addr string, msgs [][]byte) error {
	link, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer link.Close()
	for _, m := range msgs {
		s, err := ss.Session(link) // want `s returned by ss\.Session is not closed`
		if err != nil {
			return err
		}
		if _, err := s.Write(m); err != nil {
			return err
		}
	}
	return nil
}

// Shaker upgrades a connection (TLS-like). Like tls.Client(raw).Handshake(),
// a failed handshake does not close raw.
type Shaker interface {
	Handshake(c net.Conn) (net.Conn, error)
}

// LeakHandshakeFail drops raw where the handshake fails.
func LeakHandshakeFail(sh Shaker, addr string, b []byte) error { // want LeakHandshakeFail:"keeps p2"
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	hc, err := sh.Handshake(raw)
	if err != nil {
		return err // raw leaks unless the implementation closes it
	}
	defer hc.Close()
	_, err = hc.Write(b)
	return err
}

// SafeHandshakeFail closes raw on failure.
func SafeHandshakeFail(sh Shaker, addr string, b []byte) error { // want SafeHandshakeFail:"keeps p2"
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	hc, err := sh.Handshake(raw)
	if err != nil {
		raw.Close()
		return err
	}
	defer hc.Close()
	_, err = hc.Write(b)
	return err
}

// Decoder wraps a body in a decompressor whose Close, like gzip.Reader's,
// does not close the underlying reader.
type Decoder interface {
	Decompress(rc io.ReadCloser) (io.ReadCloser, error)
}

// LeakBodyUnderDecoder closes only the decompressor.
func LeakBodyUnderDecoder(d Decoder, url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	r, err := d.Decompress(resp.Body)
	if err != nil {
		resp.Body.Close()
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// Mirror makes a backup copy of a file, returning the new copy's handle.
type Mirror interface {
	Backup(f *os.File) (*os.File, error)
}

// LeakBackup drops the backup file; f is the caller's.
func LeakBackup(m Mirror, f *os.File) (int64, error) { // want LeakBackup:"keeps p1; exposes p1"
	bk, err := m.Backup(f) // want `bk returned by m\.Backup is not closed`
	if err != nil {
		return 0, err
	}
	st, err := bk.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
