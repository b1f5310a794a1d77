package transfer

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
)

type client struct{ conn net.Conn }

var global io.Closer

// returnedInStruct is fine: the caller owns the client and its conn.
func returnedInStruct(addr string) (*client, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &client{conn: c}, nil
}

// secondResult is fine: the file is handed over as the second result.
func secondResult(name string) (int, *os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, nil, err
	}
	return 1, f, nil
}

// namedResult is fine: the named result hands the file over.
func namedResult(name string) (f *os.File, err error) {
	f, err = os.Open(name)
	return
}

// storedInField is fine: the client owns the connection now.
func (c *client) storedInField(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	c.conn = conn
	return nil
}

// storedInGlobal is fine: the global owns the file.
func storedInGlobal(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	global = f
	return nil
}

// storedInMap is fine: the map owns the file.
func storedInMap(m map[string]*os.File, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	m[name] = f
	return nil
}

// storedInSlice is fine: the slice owns the file.
func storedInSlice(files []*os.File, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	files[0] = f
	return nil
}

// appended is fine: the slice that is returned owns the file.
func appended(files []*os.File, name string) ([]*os.File, error) { // want appended:"keeps p0"
	f, err := os.Open(name)
	if err != nil {
		return files, err
	}
	return append(files, f), nil
}

// storedThroughPointer is fine: *dst owns the file.
func storedThroughPointer(dst **os.File, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	*dst = f
	return nil
}

// sent is fine: the receiver owns the connection.
func sent(ch chan<- net.Conn, l net.Listener) error {
	c, err := l.Accept()
	if err != nil {
		return err
	}
	ch <- c
	return nil
}

// goroutine is fine: the goroutine owns the connection.
func goroutine(l net.Listener) error {
	for {
		c, err := l.Accept()
		if err != nil {
			return err
		}
		go handle(c)
	}
}

func handle(c net.Conn) { // want handle:"releases p0"
	defer c.Close()
	io.Copy(io.Discard, c)
}

// passedToCloser is fine: handle closes the connection (its fact says so).
func passedToCloser(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	handle(c)
	return nil
}

// passedToUnknown is fine: a function value may take ownership.
func passedToUnknown(name string, consume func(io.Closer)) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	consume(f)
	return nil
}

// borrowedByReaders leaks: bufio, json and io.ReadAll only borrow the file.
func borrowedByReaders(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on any path: it is left open at the return at line 154 and the return at line 157`
	if err != nil {
		return err
	}
	var v any
	if err := json.NewDecoder(bufio.NewReader(f)).Decode(&v); err != nil {
		return err
	}
	_, err = io.ReadAll(f)
	return err
}

func inspect(f *os.File) string { return f.Name() }

// passedToBorrower leaks: inspect only reads the file (no fact).
func passedToBorrower(name string) string {
	f, _ := os.Open(name) // want `f returned by os.Open is not closed before the return at line 165`
	return inspect(f)
}

// capturedByEscapingClosure is fine: the closure given to the Once owns f.
func capturedByEscapingClosure(once *sync.Once, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	once.Do(func() { f.Close() })
	return nil
}

// returnedClosure is fine: the returned cleanup closes the file.
func returnedClosure(name string) (func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return func() { f.Close() }, nil
}

// wrapperReturned is fine: the returned reader holds the file for the caller.
func wrapperReturned(name string) (*bufio.Reader, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return bufio.NewReader(f), nil
}

type filePool struct{ free []*os.File }

func (p *filePool) get() (*os.File, func(), error) { // want get:"borrows r0"
	f := p.free[0]
	return f, func() { p.free = append(p.free, f) }, nil
}

// pooledWithRelease is fine: the obligation is to call release.
func pooledWithRelease(p *filePool) string {
	f, release, err := p.get()
	if err != nil {
		return ""
	}
	defer release()
	return f.Name()
}

type tracker struct{ name string }

var closedTrackers int

func (t *tracker) Close() error { // want Close:"nil r0"
	closedTrackers++
	return nil
}

type cleaner interface{ Cleanup(func()) }

// forTest registers the tracker's Close with the test: the test keeps it.
func forTest(t cleaner) *tracker { // want forTest:"borrows r0"
	tr := &tracker{}
	t.Cleanup(func() { tr.Close() })
	return tr
}

type key struct{}

// fromContext returns what the context holds.
func fromContext(ctx interface{ Value(any) any }) *tracker { // want fromContext:"borrows r0"
	tr, _ := ctx.Value(key{}).(*tracker)
	return tr
}

// usesHelpers is fine: neither result is the caller's to close.
func usesHelpers(t cleaner, ctx interface{ Value(any) any }) {
	a := forTest(t)
	b := fromContext(ctx)
	_, _ = a, b
}

// proxyConnect is fine: the response read from conn has no resource of
// its own, and conn is handed to the caller.
func proxyConnect(addr string, req *http.Request) (net.Conn, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), req)
	if err == nil && resp.StatusCode == http.StatusOK {
		return conn, nil
	}
	conn.Close()
	return nil, err
}

// sentInSelect is fine: one case hands the connection off, the other
// closes it.
func sentInSelect(dialed chan<- net.Conn, done <-chan struct{}) (net.Conn, error) { // want sentInSelect:`r0 is \*net\.pipe`
	client, server := net.Pipe()
	select {
	case dialed <- server:
		return client, nil
	case <-done:
		client.Close()
		server.Close()
		return nil, io.EOF
	}
}

type entry struct{ f *os.File }

type registry struct{ files map[string]entry }

// open is fine for callers: a file found in the registry, or stored into
// it inside a composite value, belongs to the registry.
func (r *registry) open(name string) *os.File { // want open:"borrows r0"
	if e, ok := r.files[name]; ok {
		return e.f
	}
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	r.files[name] = entry{f}
	return f
}

// useRegistry is fine: the registry owns the file.
func useRegistry(r *registry) string {
	f := r.open("x")
	return f.Name()
}
