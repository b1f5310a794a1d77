// Package ifaces holds calls resolved through the implementations that the
// program has, release methods inferred from bodies, and types whose Close
// does nothing.
package ifaces

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"time"
)

var errStatus = errors.New("unexpected status")

// apiClient reads and closes every body, and returns the response for its
// status and headers.
type apiClient struct{ hc *http.Client }

func (c *apiClient) doRaw(req *http.Request) (*http.Response, []byte, error) { // want doRaw:"keeps p1; borrows r0"
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp, nil, err
	}
	return resp, b, nil
}

// requester is implemented by the client and by a retrying layer over it.
type requester interface {
	doRaw(req *http.Request) (*http.Response, []byte, error)
}

type retrying struct{ next requester }

func (r *retrying) doRaw(req *http.Request) (*http.Response, []byte, error) { // want doRaw:"keeps p1; borrows r0"
	for i := 0; ; i++ {
		resp, b, err := r.next.doRaw(req)
		if err == nil || i == 2 {
			return resp, b, err
		}
	}
}

// SafeStatus is fine: every implementation of doRaw closed the body before
// returning the response.
func SafeStatus(c requester, req *http.Request) (int, error) { // want SafeStatus:"keeps p1"
	resp, _, err := c.doRaw(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// SafeDiscard is fine for the same reason.
func SafeDiscard(c requester, req *http.Request) error { // want SafeDiscard:"keeps p1"
	_, _, err := c.doRaw(req)
	return err
}

// streamer's implementation returns the response open on success.
type streamer interface {
	open(req *http.Request) (*http.Response, error)
}

type streamClient struct{ hc *http.Client }

func (c *streamClient) open(req *http.Request) (*http.Response, error) { // want open:"keeps p1"
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, errStatus
	}
	return resp, nil
}

func LeakStream(s streamer, req *http.Request, w io.Writer) error { // want LeakStream:"keeps p1"
	resp, err := s.open(req) // want `the body of resp returned by s.open is not closed on all paths: the return at line 93 is reached when resp.StatusCode == http.StatusAccepted at line 92`
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusAccepted {
		return nil
	}
	defer resp.Body.Close()
	_, err = io.Copy(w, resp.Body)
	return err
}

// fetchStatus is a helper whose result is closed on every path that
// returns it.
func fetchStatus(url string) (*http.Response, error) { // want fetchStatus:"borrows r0"
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	return resp, nil
}

// SafeFetchStatus is fine: fetchStatus closed the body.
func SafeFetchStatus(url string) (int, error) {
	resp, err := fetchStatus(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// fetchOpen closes the body only when the status is bad: on success the
// caller gets it open.
func fetchOpen(url string) (*http.Response, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return resp, errStatus
	}
	return resp, nil
}

func LeakFetchOpen(url string) (int, error) {
	resp, err := fetchOpen(url) // want `the body of resp returned by fetchOpen is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// pooled is returned to its pool by Release; its Close does nothing and
// exists to satisfy io.Closer.
type pooled struct{ b []byte }

func (p *pooled) Close() error { return nil } // want Close:"releases nothing"

func (p *pooled) Release() { p.b = p.b[:0] } // want Release:"nothing when zero"

func getPooled() *pooled { return &pooled{} }

// SafeNoOpClose is fine: a pooled value holds no resource that Close
// would release.
func SafeNoOpClose() int {
	p := getPooled()
	return len(p.b)
}

// sink writes a snapshot; Cancel removes the partial output and closes it.
type sink interface {
	io.WriteCloser
	Cancel() error
}

type fileSink struct {
	f    *os.File
	path string
}

func (s *fileSink) Write(p []byte) (int, error) { return s.f.Write(p) }

func (s *fileSink) Close() error { return s.f.Close() } // want Close:"releases p0"

func (s *fileSink) Cancel() error { // want Cancel:"releases p0"
	s.f.Close()
	return os.Remove(s.path)
}

func createSink(path string) (sink, error) { // want createSink:"r0 is \\*fileSink"
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &fileSink{f: f, path: path}, nil
}

// SafeCancel is fine: Cancel releases the sink, as every implementation
// of sink says.
func SafeCancel(path string, data []byte) error { // want SafeCancel:"keeps p1"
	s, err := createSink(path)
	if err != nil {
		return err
	}
	if _, err := s.Write(data); err != nil {
		s.Cancel()
		return err
	}
	return s.Close()
}

func LeakSink(path string, data []byte) error { // want LeakSink:"keeps p1"
	s, err := createSink(path) // want `s returned by createSink is not closed on all paths: the return at line 207 is reached when err != nil at line 206`
	if err != nil {
		return err
	}
	if _, err := s.Write(data); err != nil {
		return err
	}
	return s.Close()
}

// server's Stop does what Close does.
type server struct {
	ln   net.Listener
	done chan struct{}
}

func (s *server) Close() error { // want Close:"releases p0"
	close(s.done)
	return s.ln.Close()
}

func (s *server) Stop() { // want Stop:"releases p0"
	s.ln.Close()
}

func (s *server) Addr() net.Addr { return s.ln.Addr() }

func listen(addr string) (*server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &server{ln: ln, done: make(chan struct{})}, nil
}

// SafeStop is fine: Stop closes the listener, which is what Close releases.
func SafeStop(addr string) error {
	s, err := listen(addr)
	if err != nil {
		return err
	}
	defer s.Stop()
	return nil
}

func LeakAddr(addr string) (string, error) {
	s, err := listen(addr) // want `s returned by listen is not closed`
	if err != nil {
		return "", err
	}
	return s.Addr().String(), nil
}

// store is an unexported interface whose only implementation reads what
// it is given.
type store interface {
	put(name string, r io.Reader) error
}

type memStore struct{ data map[string][]byte }

func (m *memStore) put(name string, r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m.data[name] = b
	return nil
}

// LeakPut leaks the file: put only reads it.
func LeakPut(st store, name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	return st.put(name, f)
}

// Uploader's only method is exported, so a package importing this one may
// implement it and keep the reader it is given.
type Uploader interface {
	Upload(r io.Reader) error
}

type discardingUploader struct{}

func (discardingUploader) Upload(r io.Reader) error {
	_, err := io.Copy(io.Discard, r)
	return err
}

// SafeUpload is fine: an implementation that this package cannot see may
// take the file over.
func SafeUpload(u Uploader, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	return u.Upload(f)
}

// iter is an iterator interface; its slice-backed implementation holds
// nothing that Close would release.
type iter interface {
	Next() (string, bool)
	Close()
}

type sliceIter struct {
	items []string
	pos   int
}

func (it *sliceIter) Next() (string, bool) {
	if it.pos >= len(it.items) {
		return "", false
	}
	it.pos++
	return it.items[it.pos-1], true
}

func (it *sliceIter) Close() { it.pos = len(it.items) } // want Close:"releases nothing"

func newSliceIter(items []string) iter { return &sliceIter{items: items} } // want newSliceIter:"borrows r0"

// SafeSliceIter is fine: the iterator's Close releases nothing.
func SafeSliceIter(items []string) string {
	it := newSliceIter(items)
	s, _ := it.Next()
	return s
}

// fileIter reads names from a file that Close closes.
type fileIter struct{ f *os.File }

func (it *fileIter) Next() (string, bool) { return it.f.Name(), false }

func (it *fileIter) Close() { it.f.Close() } // want Close:"releases p0"

func newFileIter(name string) (iter, error) { // want newFileIter:"r0 is \\*fileIter"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &fileIter{f: f}, nil
}

func LeakFileIter(name string) string {
	it, err := newFileIter(name) // want `it returned by newFileIter is not closed`
	if err != nil {
		return ""
	}
	s, _ := it.Next()
	return s
}

// SafePipe is fine: the ends of a pipe hold no resource until a goroutine
// uses them.
func SafePipe(fail bool) error {
	r, w := io.Pipe()
	if fail {
		return errStatus
	}
	go func() {
		w.Write([]byte("x"))
		w.Close()
	}()
	_, err := io.ReadAll(r)
	r.Close()
	return err
}

// walker's ForEach closes the walker when it holds a file; the in-memory
// walker has nothing to close.
type walker interface {
	ForEach(cb func(string) error) error
	Close()
}

type fileWalker struct{ f *os.File }

func (w *fileWalker) ForEach(cb func(string) error) error { // want ForEach:"releases p0"
	defer w.Close()
	return cb(w.f.Name())
}

func (w *fileWalker) Close() { w.f.Close() } // want Close:"releases p0"

type memWalker struct{ names []string }

func (w *memWalker) ForEach(cb func(string) error) error { // want ForEach:"gives r0 of p1\\(\\) as r0"
	for _, n := range w.names {
		if err := cb(n); err != nil {
			return err
		}
	}
	return nil
}

func (w *memWalker) Close() {} // want Close:"releases nothing"

func openWalker(name string) (walker, error) { // want openWalker:"r0 is \\*fileWalker"
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &fileWalker{f: f}, nil
}

// SafeForEach is fine: every implementation of ForEach that holds a
// resource releases it.
func SafeForEach(name string) error {
	w, err := openWalker(name)
	if err != nil {
		return err
	}
	return w.ForEach(func(string) error { return nil })
}

// commitIter wraps another iterator and closes it when it is closed.
type commitIter struct{ inner iter }

func (c *commitIter) Next() (string, bool) { return c.inner.Next() }

func (c *commitIter) Close() { c.inner.Close() } // want Close:"releases p0"

func newCommitIter(inner iter) iter { return &commitIter{inner: inner} } // want newCommitIter:"keeps p0; wraps p0 in r0"

// parents wraps an iterator over a slice: the wrapper holds nothing
// either.
func parents(hashes []string) iter { return newCommitIter(&sliceIter{items: hashes}) } // want parents:"borrows r0"

// SafeParents is fine: nothing in the iterator needs closing.
func SafeParents(hashes []string) string {
	it := parents(hashes)
	s, _ := it.Next()
	return s
}

func LeakWrappedFileIter(name string) string {
	fi, err := newFileIter(name) // want `fi returned by newFileIter is not closed`
	if err != nil {
		return ""
	}
	it := newCommitIter(fi)
	s, _ := it.Next()
	return s
}

type file interface {
	io.ReadCloser
	Stat() (os.FileInfo, error)
}

type statCloser interface {
	io.Closer
	Stat() (os.FileInfo, error)
}

func openFile(name string) (file, error) { return os.Open(name) } // want openFile:`r0 is \*os\.File`

// SafeAssertInterface is fine: file has every method of statCloser, so
// the assertion fails only for a nil f, which holds nothing.
func SafeAssertInterface(name string) error {
	f, err := openFile(name)
	if err != nil {
		return err
	}
	sc, ok := f.(statCloser)
	if !ok {
		return errStatus
	}
	defer sc.Close()
	_, err = sc.Stat()
	return err
}

// node is a list whose Close closes the rest of the list.
type node struct {
	f    *os.File
	next *node
}

func (n *node) Close() error { // want Close:"releases p0"
	if n.next != nil {
		n.next.Close()
	}
	return n.f.Close()
}

// closeAll walks the list: tracing what closes a node must end.
func closeAll(head *node) { // want closeAll:"releases p0"
	for n := head; n != nil; n = n.next {
		n.f.Close()
	}
}

// draft is a document being written: Cancel drops it. Both Close and
// Cancel skip their work when the draft was released already, and return
// early when the last flush fails, so neither releases it on every path;
// but Cancel marks it released as Close does, and closes what Close
// closes.
type draft interface {
	io.Writer
	Close() error
	Cancel() error
}

type fileDraft struct {
	f      *os.File
	w      *bufio.Writer
	closed bool
}

func (d *fileDraft) Write(p []byte) (int, error) { return d.w.Write(p) } // want Write:"keeps p1; gives p0.w.err as r1"

func (d *fileDraft) finish() error { // want finish:"closes p0.f"
	if err := d.w.Flush(); err != nil {
		return err
	}
	return d.f.Close()
}

func (d *fileDraft) Close() error { // want Close:"closes p0.f"
	if d.closed {
		return nil
	}
	d.closed = true
	return d.finish()
}

func (d *fileDraft) Cancel() error { // want Cancel:"closes p0.f"
	if d.closed {
		return nil
	}
	d.closed = true
	if err := d.finish(); err != nil {
		return err
	}
	return os.Remove(d.f.Name())
}

func newDraft(path string) (draft, error) { // want newDraft:"r0 is \\*fileDraft"
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &fileDraft{f: f, w: bufio.NewWriter(f)}, nil
}

// SafeGuardedCancel is fine: Cancel releases the draft as Close does.
func SafeGuardedCancel(path string, data []byte) error { // want SafeGuardedCancel:"keeps p1"
	d, err := newDraft(path)
	if err != nil {
		return err
	}
	if _, err := d.Write(data); err != nil {
		d.Cancel()
		return err
	}
	return d.Close()
}

// note is a draft whose Discard only removes the file: it leaves the
// file open.
type note struct {
	f      *os.File
	closed bool
}

func (n *note) Write(p []byte) (int, error) { return n.f.Write(p) }

func (n *note) Close() error { // want Close:"closes p0.f"
	if n.closed {
		return nil
	}
	n.closed = true
	return n.f.Close()
}

func (n *note) Discard() error { return os.Remove(n.f.Name()) }

func newNote(path string) (*note, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &note{f: f}, nil
}

func LeakDiscard(path string, data []byte) error {
	n, err := newNote(path) // want `n returned by newNote is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := n.Write(data); err != nil {
		n.Discard()
		return err
	}
	return n.Close()
}

// object is stored content; what its Reader holds depends on where the
// content is.
type object interface {
	Reader() (io.ReadCloser, error)
}

type memObject struct{ b []byte }

func (o *memObject) Reader() (io.ReadCloser, error) { return nopReader{bytes.NewReader(o.b)}, nil } // want Reader:"borrows r0"

// nopReader keeps the methods of bytes.Reader and adds a Close that does
// nothing.
type nopReader struct{ *bytes.Reader }

func (nopReader) Close() error { return nil } // want Close:"releases nothing"

type fileObject struct{ name string }

func (o *fileObject) Reader() (io.ReadCloser, error) { return os.Open(o.name) } // want Reader:`r0 is \*os\.File`

// loadMem returns an object that is always a memObject.
func loadMem(b []byte) (object, error) { // want loadMem:"keeps p0; wraps p0 in r0"
	if len(b) == 0 {
		return nil, io.EOF
	}
	return &memObject{b: b}, nil
}

func loadFile(name string) (object, error) { // want loadFile:"r0 is \\*fileObject"
	if name == "" {
		return nil, io.EOF
	}
	return &fileObject{name: name}, nil
}

// SafeMemReader is fine: the object can only be a memObject, whose
// reader holds nothing to release.
func SafeMemReader(b []byte) (byte, error) {
	o, err := loadMem(b)
	if err != nil {
		return 0, err
	}
	r, err := o.Reader()
	if err != nil {
		return 0, err
	}
	var one [1]byte
	if _, err := r.Read(one[:]); err != nil {
		return 0, err
	}
	r.Close()
	return one[0], nil
}

func LeakFileReader(name string) (byte, error) {
	o, err := loadFile(name)
	if err != nil {
		return 0, err
	}
	r, err := o.Reader() // want `r returned by o.Reader is not closed on all paths`
	if err != nil {
		return 0, err
	}
	var one [1]byte
	if _, err := r.Read(one[:]); err != nil {
		return 0, err
	}
	r.Close()
	return one[0], nil
}

// monitor fires a callback unless it is stopped. Close stops it for good;
// Stop does what Close does apart from marking it closed.
type monitor struct {
	timer  *time.Timer
	closed bool
}

func newMonitor(d time.Duration, f func()) *monitor { // want newMonitor:"starts p1"
	return &monitor{timer: time.AfterFunc(d, f)}
}

func (m *monitor) Close() {
	m.closed = true
	m.timer.Stop()
}

func (m *monitor) Stop() { m.timer.Stop() } // want Stop:"releases p0"

func (m *monitor) Reset(d time.Duration) {
	if !m.closed {
		m.timer.Reset(d)
	}
}

// SafeStopLikeClose is fine: Stop releases the monitor as Close does.
func SafeStopLikeClose(d time.Duration, work func() error) error { // want SafeStopLikeClose:"gives r0 of p1\\(\\) as r0"
	m := newMonitor(d, func() {})
	defer m.Stop()
	return work()
}

// batcher's Close stops its timer and flushes what it holds; Pause only
// stops the timer, so it is no release.
type batcher struct {
	timer *time.Timer
	out   *os.File
	buf   []byte
}

func newBatcher(d time.Duration, out *os.File) *batcher {
	return &batcher{timer: time.AfterFunc(d, func() {}), out: out}
}

func (b *batcher) flush() error {
	_, err := b.out.Write(b.buf)
	b.buf = b.buf[:0]
	return err
}

func (b *batcher) Close() error {
	b.timer.Stop()
	return b.flush()
}

func (b *batcher) Pause() { b.timer.Stop() }

func LeakPause(d time.Duration, out *os.File, work func() error) error { // want LeakPause:"gives r0 of p2\\(\\) as r0"
	b := newBatcher(d, out) // want `b returned by newBatcher is not closed`
	defer b.Pause()
	return work()
}
