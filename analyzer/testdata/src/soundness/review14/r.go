// Package review14 holds real leaks written against the rules of one
// round, each in the shape a rule accepts but where its assumption fails.
package review14

import (
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"syscall"
	"time"
)

// Reporter is a logger whose Fatalf records the message and returns.
type Reporter interface {
	Fatalf(format string, args ...any)
}

// softReporter is the package's only Reporter: its Fatalf returns.
type softReporter struct{ msgs []string }

func (r *softReporter) Fatalf(format string, args ...any) {
	r.msgs = append(r.msgs, format)
}

// reportLeak drops the file when it is empty: Fatalf returns.
//
// Hidden by the first version of a rule of its round, reported before and since: neverReturns (closecheck.go)
// takes any interface's Fatalf(string, ...any) to end the path, though
// the package's only implementation returns.
func reportLeak(r Reporter, name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err == nil && st.Size() == 0 {
		r.Fatalf("empty %s", name)
		return errors.New("empty")
	}
	return f.Close()
}

var ready bool

// attach closes conn when its handshake fails; its deferred check then
// turns a nil error into a failure without closing conn.
//
// The first version of releasedOnFailure (summary.go) read the nil that
// the return stores in the result slot, not what the deferred closure
// leaves there, and said "releases p0 on failure". A function that defers
// a closure over its results is not judged by its result slots.
func attach(conn net.Conn) (err error) { // want attach:"^keeps p0$"
	defer func() {
		if err == nil && !ready {
			err = errors.New("not ready")
		}
	}()
	if _, err := conn.Write([]byte("hello")); err != nil {
		conn.Close()
		return err
	}
	return nil
}

// attachLeak leaks conn when attach fails through its deferred check.
//
// Not reported, before this round or since (a known miss, left as it is):
// attach consumes conn (it closes it on some path), so the caller takes it
// as handed over. What matters here is attach's fact: its deferred
// closure may turn the nil stored in the result slot into an error, so it
// does not release conn on every failure.
func attachLeak(addr string) (net.Conn, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	if err := attach(conn); err != nil {
		return nil, err
	}
	return conn, nil
}

// keep says whether to go on: true for a nil error unless the hook
// panics, when the recovered call returns false.
func keep(err error, hook func()) bool {
	defer func() { recover() }()
	if err == nil {
		hook()
		return true
	}
	return false
}

// keepLeak drops the connection when the hook panics.
func keepLeak(l net.Listener, hook func()) net.Conn {
	c, err := l.Accept() // want `c returned by l.Accept is not closed`
	if !keep(err, hook) {
		return nil
	}
	if err != nil {
		return nil
	}
	return c
}

// committer closes its file in Close; Commit closes it only once Sync
// succeeded.
type committer struct {
	f *os.File
}

func (w *committer) Close() error { return w.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// Commit syncs and closes the file; when Sync fails the file stays open.
//
// The first version of repeatsOwnClose (siblings.go) only looked at the
// returns with a nil error, and the summary said Commit releases its
// receiver on every path. A failing return after a call now rules it out.
func (w *committer) Commit() error { // want Commit:"keeps p0; closes p0.f"
	if err := w.f.Sync(); err != nil {
		return err
	}
	if err := w.f.Close(); err != nil {
		return err
	}
	return nil
}

func newCommitter(name string) (*committer, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return &committer{f: f}, nil
}

// commitLeak leaks the file when Sync fails.
//
// Hidden by the first version of a rule of its round, reported before and since: repeatsOwnClose (siblings.go).
func commitLeak(name string, data []byte) error {
	w, err := newCommitter(name) // want `w returned by newCommitter is not closed`
	if err != nil {
		return err
	}
	if _, err := w.f.Write(data); err != nil {
		w.Close()
		return err
	}
	if err := w.Commit(); err != nil {
		return err
	}
	return nil
}

// spawn runs f on a new goroutine; it is a variable, as a test may
// replace it.
var spawn = func(f func()) { go f() }

// ticker runs a loop, started through spawn, that its Close stops and
// waits for.
type ticker struct {
	name string
	wg   *sync.WaitGroup
	quit chan struct{}
}

func newTicker(name string) *ticker { // want newTicker:"dormant r0"
	return &ticker{name: name, wg: new(sync.WaitGroup), quit: make(chan struct{})}
}

func (t *ticker) loop() {
	defer t.wg.Done()
	tk := time.NewTicker(time.Second)
	defer tk.Stop()
	for {
		select {
		case <-t.quit:
			return
		case <-tk.C:
		}
	}
}

// Start runs the loop through spawn.
func (t *ticker) Start() { // want Start:"keeps p0"
	t.wg.Add(1)
	spawn(t.loop)
}

func (t *ticker) Close() error { // want Close:"nil r0"
	close(t.quit)
	t.wg.Wait()
	return nil
}

// tickerLeak starts a ticker and leaves its goroutine running when the
// file cannot be opened.
//
// Hidden by the first version of a rule of its round, reported before and since: dormant.go: Start gives the
// method value to a function variable, which startsParam skips, so Start
// does not "start p0" and the dormant ticker is never acquired.
func tickerLeak(name string) (*ticker, *os.File, error) {
	t := newTicker(name) // want `t returned by newTicker is not closed`
	t.Start()
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return t, f, nil
}

// afterTicker starts its loop with time.AfterFunc.
type afterTicker struct {
	name string
	wg   *sync.WaitGroup
	quit chan struct{}
}

func newAfterTicker(name string) *afterTicker { // want newAfterTicker:"dormant r0"
	return &afterTicker{name: name, wg: new(sync.WaitGroup), quit: make(chan struct{})}
}

func (t *afterTicker) loop() {
	defer t.wg.Done()
	<-t.quit
}

// Start runs the loop on the goroutine of a timer.
func (t *afterTicker) Start() { // want Start:"keeps p0; starts p0"
	t.wg.Add(1)
	time.AfterFunc(0, t.loop)
}

func (t *afterTicker) Close() error { // want Close:"nil r0"
	close(t.quit)
	t.wg.Wait()
	return nil
}

// afterTickerLeak starts the timer's loop and leaves it running when the
// file cannot be opened.
//
// Hidden by the first version of a rule of its round, reported before and since: dormant.go: time.AfterFunc runs
// the method value on a goroutine, but its summary does not say it starts
// its parameter.
func afterTickerLeak(name string) (*afterTicker, *os.File, error) {
	t := newAfterTicker(name) // want `t returned by newAfterTicker is not closed`
	t.Start()
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return t, f, nil
}

// pump's Start runs a goroutine that sees only the group and the quit
// channel, not the pump; Close stops it and waits.
type pump struct {
	wg   sync.WaitGroup
	quit chan struct{}
}

func newPump() *pump { return &pump{quit: make(chan struct{})} } // want newPump:"dormant r0"

func run(wg *sync.WaitGroup, quit chan struct{}) {
	defer wg.Done()
	tk := time.NewTicker(time.Second)
	defer tk.Stop()
	for {
		select {
		case <-quit:
			return
		case <-tk.C:
		}
	}
}

func (p *pump) Start() { // want Start:"starts p0"
	p.wg.Add(1)
	go run(&p.wg, p.quit)
}

func (p *pump) Close() error { // want Close:"nil r0"
	close(p.quit)
	p.wg.Wait()
	return nil
}

// pumpLeak starts the pump and leaves its goroutine running when the
// file cannot be opened.
func pumpLeak(name string) (*pump, *os.File, error) {
	p := newPump() // want `p returned by newPump is not closed`
	p.Start()
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return p, f, nil
}

// copyLeak replaces the body of a copy of the response with what it read,
// and closes only the replacement: the connection's body stays open.
func copyLeak(url string) (int, error) {
	resp, err := http.Get(url) // want `resp returned by http.Get is not closed`
	if err != nil {
		return 0, err
	}
	cp := *resp
	data, err := io.ReadAll(io.LimitReader(cp.Body, 1<<20))
	if err != nil {
		return 0, err
	}
	cp.Body = io.NopCloser(bytes.NewReader(data))
	defer cp.Body.Close()
	return len(data), nil
}

// Status is an error code whose positive values are warnings: the file
// was opened, but not as asked.
type Status int

func (s Status) Error() string { return "status" }

const warnReadOnly Status = 1

// openStatus opens name for writing, or for reading with a warning.
func openStatus(name string) (*os.File, Status) {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err == nil {
		return f, 0
	}
	f, err = os.Open(name)
	if err != nil {
		return nil, -1
	}
	return f, warnReadOnly
}

// statusLeak drops the read-only file.
//
// Hidden by the first version of a rule of its round, reported before and since: isErrorCode (resource.go, paths.go)
// takes every integer type that implements error, returned last, for the
// call's error, and st != 0 for a failure with nothing acquired; Status's
// positive values come with an open file.
func statusLeak(name string) (*os.File, error) {
	f, st := openStatus(name) // want `f returned by openStatus is not closed`
	if st != 0 {
		return nil, st
	}
	return f, nil
}

// errnoLeak opens a directory and returns without closing it when the
// errno of another call is set.
func errnoLeak(name string) (*os.File, syscall.Errno) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, syscall.EINVAL
	}
	_, _, errno := syscall.Syscall(syscall.SYS_GETPID, 0, 0, 0)
	if errno != 0 {
		return nil, errno
	}
	return f, 0
}
