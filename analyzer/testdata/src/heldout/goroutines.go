package heldout

// This file holds resources handed to goroutines and deferred closures.

import (
	"io"
	"net"
	"net/http"
	"os"
)

// serveEach leaks a connection whose first read fails: the goroutine that
// owns it returns without closing it.
func serveEach(l net.Listener) error {
	for {
		c, err := l.Accept() // want `c returned by l\.Accept is not closed on all paths of the goroutine started at line 20: the return at line 23 is reached when err != nil at line 22`
		if err != nil {
			return err
		}
		go func() {
			buf := make([]byte, 1)
			if _, err := c.Read(buf); err != nil {
				return
			}
			c.Close()
		}()
	}
}

// serveEachDeferred is fine: the goroutine closes the connection on every
// path.
func serveEachDeferred(l net.Listener) error {
	for {
		c, err := l.Accept()
		if err != nil {
			return err
		}
		go func() {
			defer c.Close()
			buf := make([]byte, 1)
			c.Read(buf)
		}()
	}
}

func greet(c net.Conn) { // want greet:"keeps p0"
	if _, err := c.Write([]byte("hi")); err != nil {
		return
	}
	c.Close()
}

// greetOne leaks the connection when greet fails to write.
func greetOne(l net.Listener) error {
	c, err := l.Accept() // want `c returned by l\.Accept is not closed on all paths of the goroutine started at line 59: the return at line 48 is reached when err != nil at line 47`
	if err != nil {
		return err
	}
	go greet(c)
	return nil
}

func greetAndClose(c net.Conn) { // want greetAndClose:"releases p0"
	defer c.Close()
	c.Write([]byte("hi"))
}

// greetOneClosing is fine: the goroutine closes the connection.
func greetOneClosing(l net.Listener) error {
	c, err := l.Accept()
	if err != nil {
		return err
	}
	go greetAndClose(c)
	return nil
}

// verboseClose leaks the file unless verbose: the deferred closure closes
// it on one branch only.
func verboseClose(name string, verbose bool) error {
	f, err := os.Open(name) // want `f returned by os\.Open is not closed before the return at line 91`
	if err != nil {
		return err
	}
	defer func() {
		if verbose {
			f.Close()
		}
	}()
	_, err = f.Stat()
	return err
}

// probe leaks the body, which it never reads, of a response that is not
// an error: the deferred closure closes it only for an error.
func probe(url string) (int, error) {
	resp, err := http.Get(url) // want `the body of resp returned by http\.Get is not closed before the return at line 106`
	if err != nil {
		return 0, err
	}
	defer func() {
		if resp.StatusCode >= 400 {
			resp.Body.Close()
		}
	}()
	return resp.StatusCode, nil
}

// probeClosing is fine: the deferred closure closes the body unread,
// whatever the status.
func probeClosing(url string) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer func() {
		if resp.StatusCode >= 400 {
			io.Copy(io.Discard, resp.Body)
		}
		resp.Body.Close()
	}()
	return resp.StatusCode, nil
}

// lentToGoroutine is fine: the goroutine only uses the connection, which
// the function closes itself.
func lentToGoroutine(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	done := make(chan struct{})
	defer c.Close()
	go func() {
		if _, err := c.Write([]byte("ping")); err != nil {
			return
		}
		close(done)
	}()
	<-done
	return nil
}

// flagged is fine: the deferred closure closes the file unless the
// function cleared the flag, which it does only after handing the file
// over.
func flagged(name string, keep func(*os.File)) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	closeIt := true
	defer func() {
		if closeIt {
			f.Close()
		}
	}()
	if _, err := f.Stat(); err != nil {
		return err
	}
	keep(f)
	closeIt = false
	return nil
}

// handler serves one connection and closes it when done.
type handler struct {
	conn net.Conn
	buf  []byte
}

func newHandler(conn net.Conn) *handler { return &handler{conn: conn, buf: make([]byte, 1)} } // want newHandler:"keeps p0; wraps p0 in r0"

func (h *handler) Close() error { return h.conn.Close() } // want Close:"releases p0; closes p0.conn"

func (h *handler) run() error { // want run:"releases p0; closes p0.conn"
	defer h.Close()
	_, err := h.conn.Read(h.buf)
	return err
}

// serveHandlers is fine: the goroutine is given the connection twice,
// inside the handler that closes it and as itself for a log line.
func serveHandlers(l net.Listener, logf func(string, ...any)) error { // want serveHandlers:"keeps p1"
	for {
		c, err := l.Accept()
		if err != nil {
			return err
		}
		h := newHandler(c)
		go func() {
			if err := h.run(); err != nil {
				logf("%v: %v", c.RemoteAddr(), err)
			}
		}()
	}
}

// worker has no Close: it is a plain struct around the connection it
// serves.
type worker struct {
	conn net.Conn
	n    int
}

func newWorker(c net.Conn) *worker { return &worker{conn: c} } // want newWorker:"keeps p0; wraps p0 in r0"

func (w *worker) serve() { // want serve:"closes p0.conn"
	defer w.conn.Close()
	buf := make([]byte, 1)
	for {
		n, err := w.conn.Read(buf)
		if err != nil {
			return
		}
		w.n += n
	}
}

func (w *worker) serveOnce() { // want serveOnce:"closes p0.conn"
	buf := make([]byte, 1)
	if _, err := w.conn.Read(buf); err != nil {
		return
	}
	w.conn.Close()
}

// serveWorkers is fine: each worker's goroutine closes the connection
// held in its field on every path.
func serveWorkers(l net.Listener) error {
	for {
		c, err := l.Accept()
		if err != nil {
			return err
		}
		w := newWorker(c)
		go w.serve()
	}
}

// serveWorkersOnce leaks a connection whose first read fails.
func serveWorkersOnce(l net.Listener) error {
	for {
		c, err := l.Accept() // want `c returned by l\.Accept is not closed on all paths of the goroutine started at line 249`
		if err != nil {
			return err
		}
		w := newWorker(c)
		go w.serveOnce()
	}
}
