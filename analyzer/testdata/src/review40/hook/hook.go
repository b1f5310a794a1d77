// Package hook gives values it owns to hooks of type func(T) T that the
// program does not decide.
package hook

import (
	"io"
	"net"
	"net/http"
	"os"
)

// archiveLeak: rotate opens and returns a NEW file (log rotation); the
// deferred Close releases only the old one, nf leaks where the write fails.
// REAL if rotate returns a new file (its name and use say so). Missed: the
// Close deferred before the call is taken to release what the hook gives.
func archiveLeak(path string, rotate func(*os.File) *os.File) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	nf := rotate(f)
	if _, err := nf.WriteString("rotated\n"); err != nil {
		return err // nf leaks
	}
	return nf.Close()
}

// fetchLeak: decode wraps the body in a decompressor; gzip.Reader's Close
// does not close what it reads, so the body leaks. REAL for the common
// decoder (gzip/flate/zstd), whose Close does not close the source.
func fetchLeak(c *http.Client, url string, decode func(io.ReadCloser) io.ReadCloser) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	body := decode(resp.Body)
	defer body.Close()
	return io.ReadAll(body)
}

// filterLeak: a filter that returns nil to reject a conn: the rejected
// conn is never closed. REAL (unless the filter closes it).
func filterLeak(l net.Listener, filter func(net.Conn) net.Conn, handle func(net.Conn)) error { // want filterLeak:"keeps p2; starts p2"
	for {
		c, err := l.Accept()
		if err != nil {
			return err
		}
		fc := filter(c)
		if fc == nil {
			continue
		}
		go handle(fc)
	}
}

// filterLeak2: same, but a single conn.
func filterLeak2(addr string, filter func(net.Conn) net.Conn) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	fc := filter(c)
	if fc == nil {
		return nil // c leaks
	}
	_, err = fc.Write([]byte("hi"))
	fc.Close()
	return err
}

// swapLeak: the hook replaces a broken conn with a fresh one; the old conn
// is closed, the new one leaks on the write-error return. REAL.
func swapLeak(addr string, msgs [][]byte, redial func(net.Conn) net.Conn) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	nc := redial(c) // want `nc returned by redial is not closed`
	c.Close()
	for _, m := range msgs {
		if _, err := nc.Write(m); err != nil {
			return err // nc leaks
		}
	}
	return nc.Close()
}
