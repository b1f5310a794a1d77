//go:build ignore

// This file is not built as part of leakvet. `leakvet -confirm` adds it to
// a copy of the runtime package that it compiles into the module whose
// tests it runs (see package confirm): the instrumented acquisition sites
// call its exported functions, which take a call's results and return
// them unchanged after registering the resource.
//
// A resource whose type the code may assert (a *os.File, a net.Conn that
// is a *net.TCPConn) is returned as it is and watched by identity: at the
// end of the tests, and now and then before, each watched value is asked
// whether its descriptor is still open, through its SyscallConn, whose
// Control fails once the value is closed. A response body, an interface
// in a field of the response, is wrapped, and its Close releases it. A
// value that can be neither watched nor wrapped is not tracked.

package runtime

import (
	"database/sql"
	"io"
	"net"
	"net/http"
	"os"
	goruntime "runtime"
	"strings"
	"sync"
	"syscall"
)

// instrumented is the process's state: a tracker per test, and the values
// watched by identity.
var instrumented = &instrumentState{trackers: map[string]*Tracker{}, sweepAt: 64}

type instrumentState struct {
	mu       sync.Mutex
	trackers map[string]*Tracker // by test; "" for no test
	watched  []watchedValue
	sweepAt  int // sweep when this many values are watched
	finished bool
}

// watchedValue is a resource returned to the code as it is.
type watchedValue struct {
	closed func() bool
	h      *Handle
}

// tracker returns the tracker of the test whose goroutine opens a
// resource: the test function that testing.tRunner called, on the
// current stack. Resources opened by other goroutines belong to no test.
func (s *instrumentState) tracker() *Tracker {
	test := currentTest()
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.trackers[test]
	if t == nil {
		t = New(DetectAbandoned(true), testName(test))
		s.trackers[test] = t
	}
	return t
}

// currentTest returns the name of the top-level test running on this
// goroutine, or "".
func currentTest() string {
	var pcs [64]uintptr
	n := goruntime.Callers(3, pcs[:])
	frames := goruntime.CallersFrames(pcs[:n])
	var last string
	for {
		f, more := frames.Next()
		if f.Function == "testing.tRunner" {
			break
		}
		last = f.Function
		if !more {
			return ""
		}
	}
	// last is "example.com/p.TestX" or, for a subtest, "example.com/p.TestX.func1".
	name := last[strings.LastIndex(last, "/")+1:]
	parts := strings.Split(name, ".")
	if len(parts) < 2 {
		return ""
	}
	return parts[1]
}

// watch tracks v, whose release closed observes, as a resource of kind
// opened by the caller's caller.
func (s *instrumentState) watch(kind, name string, closed func() bool) {
	h, err := s.tracker().track(kind, name, 4, 0)
	if err != nil || h == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.watched = append(s.watched, watchedValue{closed: closed, h: h})
	if len(s.watched) >= s.sweepAt {
		s.sweepLocked()
		s.sweepAt = max(64, 2*len(s.watched))
	}
}

// sweepLocked releases the watched values that are closed, so that a long
// run keeps only the open ones. s.mu must be held.
func (s *instrumentState) sweepLocked() {
	open := s.watched[:0]
	for _, w := range s.watched {
		if w.closed() {
			w.h.Close()
		} else {
			open = append(open, w)
		}
	}
	clear(s.watched[len(open):])
	s.watched = open
}

// ConfirmFinish releases the watched values that were closed and the
// locks of mutexes that are unlocked, then checks every tracker, which
// writes the process's report, and returns code. It is called with the
// result of testing.M.Run, or in TestMain before it returns or exits;
// only the first call checks.
func ConfirmFinish(code int) int {
	s := instrumented
	s.mu.Lock()
	if s.finished {
		s.mu.Unlock()
		return code
	}
	s.finished = true
	s.sweepLocked()
	locks.releaseUnseen()
	trackers := make([]*Tracker, 0, len(s.trackers))
	for _, t := range s.trackers {
		trackers = append(trackers, t)
	}
	s.mu.Unlock()
	for _, t := range trackers {
		t.Check()
	}
	return code
}

// rawConner is a value whose descriptor can be reached: *os.File and the
// net package's connections and listeners.
type rawConner interface {
	SyscallConn() (syscall.RawConn, error)
}

// closedFunc returns a function that reports whether v is closed, or nil
// when that cannot be observed.
func closedFunc(v any) func() bool {
	switch v := v.(type) {
	case rawConner:
		return func() bool {
			rc, err := v.SyscallConn()
			return err != nil || rc.Control(func(uintptr) {}) != nil
		}
	case interface{ NetConn() net.Conn }: // *tls.Conn closes the conn it wraps
		return closedFunc(v.NetConn())
	case *sql.Rows:
		return func() bool {
			_, err := v.Columns()
			return err != nil
		}
	}
	return nil
}

// ConfirmFile tracks a file opened by os.Open, os.Create or os.OpenFile.
func ConfirmFile(f *os.File, err error) (*os.File, error) {
	if err == nil && f != nil {
		instrumented.watch("os.File", f.Name(), closedFunc(f))
	}
	return f, err
}

// ConfirmConn tracks a connection that was dialed or accepted, if its closing
// can be observed.
func ConfirmConn[C net.Conn](c C, err error) (C, error) {
	if err == nil && any(c) != nil {
		if closed := closedFunc(c); closed != nil {
			instrumented.watch(KindConn, addrName(c.LocalAddr())+" - "+addrName(c.RemoteAddr()), closed)
		}
	}
	return c, err
}

// ConfirmPacketConn tracks a packet connection returned by net.ListenPacket.
func ConfirmPacketConn[P net.PacketConn](p P, err error) (P, error) {
	if err == nil && any(p) != nil {
		if closed := closedFunc(p); closed != nil {
			instrumented.watch(KindConn, addrName(p.LocalAddr()), closed)
		}
	}
	return p, err
}

// ConfirmListener tracks a listener, if its closing can be observed.
func ConfirmListener[L net.Listener](l L, err error) (L, error) {
	if err == nil && any(l) != nil {
		if closed := closedFunc(l); closed != nil {
			instrumented.watch(KindListener, addrName(l.Addr()), closed)
		}
	}
	return l, err
}

// addrName names an address as "tcp 127.0.0.1:80"; an unconnected
// socket's remote address is nil.
func addrName(a net.Addr) string {
	if a == nil {
		return ""
	}
	return a.Network() + " " + a.String()
}

// ConfirmRows tracks the rows of a query.
func ConfirmRows(rows *sql.Rows, err error) (*sql.Rows, error) {
	if err == nil && rows != nil {
		instrumented.watch(KindRows, "", closedFunc(rows))
	}
	return rows, err
}

// ConfirmResponse tracks the body of a response. The body is an interface in a
// field, so it is wrapped, and closing the wrapper releases it; a body
// that can also be written to (a 101 Switching Protocols response) stays
// an io.Writer.
func ConfirmResponse(resp *http.Response, err error) (*http.Response, error) {
	if err != nil || resp == nil || resp.Body == nil || resp.Body == http.NoBody {
		return resp, err
	}
	name := ""
	if resp.Request != nil {
		name = resp.Request.Method + " " + resp.Request.URL.String()
	}
	h, terr := instrumented.tracker().track(KindBody, name, 3, 0)
	if terr != nil || h == nil {
		return resp, err
	}
	body := trackedBody{ReadCloser: resp.Body, h: h}
	if w, ok := resp.Body.(io.Writer); ok {
		resp.Body = &trackedWriteBody{body, w}
	} else {
		resp.Body = &body
	}
	return resp, err
}

// trackedWriteBody is a tracked body that can be written to.
type trackedWriteBody struct {
	trackedBody
	w io.Writer
}

func (b *trackedWriteBody) Write(p []byte) (int, error) { return b.w.Write(p) }
