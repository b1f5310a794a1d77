// Package codecuse uses the codecs of codecdep, whose constructors it
// knows through facts: a codec over a buffer holds nothing, and one over
// a file stands for the file.
package codecuse

import (
	"bytes"
	"codecdep"
	"io"
	"net"
	"os"
	"sync"
)

// SafeCompress is fine: the writer writes into a bytes.Buffer and holds
// nothing else, so the failed Write may drop it (its Close would only
// write the trailer into the buffer).
func SafeCompress(data []byte, level int) ([]byte, error) { // want SafeCompress:"keeps p0"
	var buf bytes.Buffer
	w, err := codecdep.NewWriterLevel(&buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// leakCompressToFile leaks the file when the Write fails: the writer
// stands for the file it writes to, and closing neither releases it.
func leakCompressToFile(name string, data []byte, level int) error { // want leakCompressToFile:"keeps p1"
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths: the return at line 46 is reached when err != nil at line 45`
	if err != nil {
		return err
	}
	w, err := codecdep.NewWriterLevel(f, level)
	if err != nil {
		f.Close()
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// SafeStreamCompress is fine for the same reason: the stream writer writes
// into a buffer. (Its goroutine, which only its Close stops, is not a
// resource that leakvet follows.)
func SafeStreamCompress(data []byte) ([]byte, error) {
	var out bytes.Buffer
	w := codecdep.NewStreamWriter(&out)
	if _, err := io.Copy(w, bytes.NewReader(data)); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// leakStreamToFile leaks the file when the copy fails: the stream writer
// stands for it, as the writer of leakCompressToFile does.
func leakStreamToFile(name string, data []byte) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths: the return at line 79 is reached when err != nil at line 78`
	if err != nil {
		return err
	}
	w := codecdep.NewStreamWriter(f)
	if _, err := io.Copy(w, bytes.NewReader(data)); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

var readers sync.Pool

// acquireReader returns a reader of r, from the pool or new, as
// fasthttp's acquireGzipReader does: a new one wraps r.
func acquireReader(r io.Reader) (*codecdep.Reader, error) { // want acquireReader:"keeps p0; wraps p0 in r0"
	v := readers.Get()
	if v == nil {
		return codecdep.NewReader(r)
	}
	zr := v.(*codecdep.Reader)
	if err := zr.Reset(r); err != nil {
		return nil, err
	}
	return zr, nil
}

// SafeReadHeader is fine: the reader reads from what its caller gave,
// and holds nothing of its own when the function returns without putting
// it back into the pool.
func SafeReadHeader(f io.Reader) ([]byte, error) { // want SafeReadHeader:"keeps p0"
	zr, err := acquireReader(f)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(zr, 512))
	if s, ok := f.(io.Seeker); !ok {
		return nil, io.ErrUnexpectedEOF
	} else if _, err := s.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	zr.Close()
	readers.Put(zr)
	return data, err
}

// leakLogWriter leaks the log writer when the write fails: it holds a
// file of its own, opened by the method that fills it.
func leakLogWriter(data []byte) ([]byte, error) { // want leakLogWriter:"keeps p0"
	var buf bytes.Buffer
	w, err := codecdep.NewLogWriter(&buf) // want `w returned by codecdep.NewLogWriter is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	return buf.Bytes(), w.Close()
}

// leakReaderOfFile leaks the file when the read fails: the reader stands
// for the file it reads from.
func leakReaderOfFile(name string) ([]byte, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	zr, err := acquireReader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	readers.Put(zr)
	return data, f.Close()
}

// SafeTunnel is fine: closing the tunnel closes the connection that
// attach stored into it.
func SafeTunnel(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	t := codecdep.NewTunnel(conn, 1)
	return t.Close()
}

// leakTunnel leaks the connection when the write fails: the tunnel stands
// for it, and neither is closed.
func leakTunnel(addr string, p []byte) error { // want leakTunnel:"keeps p1"
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed on all paths`
	if err != nil {
		return err
	}
	t := codecdep.NewTunnel(conn, 1)
	if _, err := conn.Write(p); err != nil {
		return err
	}
	return t.Close()
}

// leakCursor leaks the cursor when the write fails: closing the
// connection does not deallocate it.
func leakCursor(conn net.Conn, p []byte) error { // want leakCursor:"keeps p0,p1"
	cur := codecdep.OpenCursor(conn, 1) // want `cur returned by codecdep.OpenCursor is not closed on all paths`
	if _, err := conn.Write(p); err != nil {
		return err
	}
	return cur.Close()
}

// leakSession leaks the session when the write fails: it owns the
// connection it dialed, even though it also holds the buffer it traces
// into.
func leakSession(addr string, p []byte) ([]byte, error) { // want leakSession:"keeps p1"
	var trace bytes.Buffer
	s, err := codecdep.Connect(&trace, addr) // want `s returned by codecdep.Connect is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if err := s.Send(p); err != nil {
		return nil, err
	}
	return trace.Bytes(), s.Close()
}

// leakQuery leaks the query when the write fails: it is a resource of its
// own on conn, even though it also holds the buffer its rows go to.
func leakQuery(conn net.Conn, p []byte) ([]byte, error) { // want leakQuery:"keeps p1"
	var rows bytes.Buffer
	q := codecdep.NewQuery(conn, &rows) // want `q returned by codecdep.NewQuery is not closed on all paths`
	if _, err := conn.Write(p); err != nil {
		return nil, err
	}
	return rows.Bytes(), q.Close()
}
