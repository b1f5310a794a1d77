// Package ownedlocal holds resources owned through values the function
// builds itself: a struct it fills in, a result it asserts, a child that
// points back at its parent, and parameters it takes over. This file: a
// resource stored in a struct the function built.
package ownedlocal

import (
	"io"
	"net"
	"os"
	"testing"
)

// conn is a client connection built field by field.
type conn struct {
	c    net.Conn
	user string
}

// Close closes the network connection.
func (cn *conn) Close() error { return cn.c.Close() } // want Close:"closes p0.c"

// handshake writes on the connection; it neither closes nor keeps it.
func (cn *conn) handshake() error {
	_, err := cn.c.Write([]byte(cn.user))
	return err
}

// dialConn leaks cn.c when the handshake fails.
func dialConn(addr string) (*conn, error) {
	cn := &conn{user: "u"}
	var err error
	cn.c, err = net.Dial("tcp", addr) // want `cn.c returned by net.Dial is not closed on all paths: the return at line 38 is reached when err != nil at line 37`
	if err != nil {
		return nil, err
	}
	if err := cn.handshake(); err != nil {
		return nil, err
	}
	return cn, nil
}

// safeDialConn is fine: cn.Close closes cn.c when the handshake fails,
// and the caller gets cn otherwise.
func safeDialConn(addr string) (*conn, error) {
	cn := &conn{user: "u"}
	var err error
	cn.c, err = net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	if err := cn.handshake(); err != nil {
		cn.Close()
		return nil, err
	}
	return cn, nil
}

// safeDialDeferred is fine: the deferred closure closes cn.c whenever the
// function fails.
func safeDialDeferred(addr string) (cn *conn, err error) {
	cn = new(conn)
	cn.c, err = net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			cn.c.Close()
		}
	}()
	err = cn.handshake()
	return cn, err
}

// job owns a file; it has no Close of its own.
type job struct {
	f    *os.File
	done bool
}

// finish closes the job's file.
func (j *job) finish() { j.f.Close(); j.done = true } // want finish:"closes p0.f"

// safeJob is fine: finish closes the file held by the job.
func safeJob(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	j := &job{f: f}
	j.finish()
	return nil
}

// droppedJob leaks f: the job holding it is dropped.
func droppedJob(p string) bool {
	f, err := os.Open(p) // want `f returned by os.Open is not closed before the return at line 103`
	if err != nil {
		return false
	}
	j := &job{f: f}
	return j.done
}

// PutInput is what an upload sends.
type PutInput struct {
	Key  string
	Body io.Reader
}

// Uploader sends bodies to a writer.
type Uploader struct {
	dst     io.Writer
	pending []*PutInput
	last    *PutInput
}

// Upload copies the body: it reads it and neither closes nor keeps it.
func (u *Uploader) Upload(in *PutInput) error {
	_, err := io.Copy(u.dst, in.Body)
	return err
}

// Enqueue keeps the input for later.
func (u *Uploader) Enqueue(in *PutInput) { // want Enqueue:"keeps p1"
	u.pending = append(u.pending, in)
}

// uploadFile leaks f: Upload only reads the body.
func uploadFile(u *Uploader, p string) error {
	f, err := os.Open(p) // want `f returned by os.Open is not closed before the return at line 136`
	if err != nil {
		return err
	}
	return u.Upload(&PutInput{Key: p, Body: f})
}

// safeUploadFile is fine: f is closed after the upload.
func safeUploadFile(u *Uploader, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	return u.Upload(&PutInput{Key: p, Body: f})
}

// enqueueFile is fine: Enqueue keeps the input that holds f.
func enqueueFile(u *Uploader, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	in := &PutInput{Key: p}
	in.Body = f
	u.Enqueue(in)
	return nil
}

// rememberFile is fine: the uploader, a parameter, keeps the input.
func rememberFile(u *Uploader, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	u.last = &PutInput{Key: p, Body: f}
	return nil
}

// sendFile is fine: the receiver of the channel gets the input.
func sendFile(ch chan<- *PutInput, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	ch <- &PutInput{Key: p, Body: f}
	return nil
}

// inputFor is fine: the caller gets the input that holds f.
func inputFor(p string) (*PutInput, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	return &PutInput{Key: p, Body: f}, nil
}

// Options configure a server.
type Options struct {
	Listener net.Listener
	Name     string
}

// Server owns the listener of its options.
type Server struct {
	l    net.Listener
	name string
}

// NewServer moves the listener out of opts into the server.
func NewServer(opts *Options) *Server { // want NewServer:"gives p0.Listener as r0.l"
	return &Server{l: opts.Listener, name: opts.Name}
}

// Close closes the listener.
func (s *Server) Close() error { return s.l.Close() } // want Close:"closes p0.l"

// Listener returns the server's listener, which it keeps owning.
func (s *Server) Listener() net.Listener { return s.l } // want Listener:"borrows r0; gives p0.l as r0"

// serveOptions is fine: the server built from the options owns the
// listener, and is closed.
func serveOptions(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := NewServer(&Options{Listener: l, Name: "x"})
	defer srv.Close()
	return nil
}

// listenerOfServer is fine: closing what the server gives back closes the
// listener.
func listenerOfServer(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &Server{l: l}
	return srv.Listener().Close()
}

// droppedServer leaks l: the server that owns it is dropped.
func droppedServer(addr string) (string, error) {
	l, err := net.Listen("tcp", addr) // want `l returned by net.Listen is not closed before the return at line 243`
	if err != nil {
		return "", err
	}
	srv := NewServer(&Options{Listener: l, Name: "x"})
	return srv.name, nil
}

// tracker points at a test; its Close reports, and does not close conn.
type tracker struct {
	t    *testing.T
	conn net.Conn
	done bool
}

// Close marks the tracker done and tells the test.
func (tr *tracker) Close() error { // want Close:"nil r0"
	tr.done = true
	tr.t.Log("tracker closed")
	return nil
}

// trackedConn is fine: the cleanup closes tr.conn, although the tracker
// does not own it. (The test keeps the tracker its cleanup captures.)
func trackedConn(t *testing.T, addr string) (*tracker, error) { // want trackedConn:"borrows r0"
	tr := &tracker{t: t}
	var err error
	tr.conn, err = net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() {
		tr.conn.Close()
	})
	return tr, nil
}

// untrackedConn leaks tr.conn: returning the tracker, whose Close does
// not close it, hands nothing off.
func untrackedConn(t *testing.T, addr string) (*tracker, error) {
	tr := &tracker{t: t}
	var err error
	tr.conn, err = net.Dial("tcp", addr) // want `tr.conn returned by net.Dial is not closed before the return at line 284`
	if err != nil {
		return nil, err
	}
	return tr, nil
}
