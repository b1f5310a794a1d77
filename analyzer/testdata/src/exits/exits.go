package exits

import (
	"log"
	"net"
	"os"
	"testing"
	"time"
)

// fatal is fine: log.Fatal does not return.
func fatal(addr string) net.Conn {
	a, err := net.Dial("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	b, err := net.Dial("tcp", addr)
	if err != nil {
		log.Fatalf("second: %v", err)
	}
	a.Close()
	return b
}

// exit is fine: os.Exit does not return.
func exit(name string) {
	f, err := os.Open(name)
	if err != nil {
		os.Exit(1)
	}
	if _, err := f.Stat(); err != nil {
		os.Exit(2)
	}
	f.Close()
}

// panics is fine: a panic is not a return.
func panics(name string) *os.File {
	f, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	if _, err := f.Stat(); err != nil {
		panic(err)
	}
	return f
}

// switchReturn leaks the connection in one case of a switch.
func switchReturn(addr string, mode int) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net\.Dial is not closed before the return at line 59`
	if err != nil {
		return err
	}
	switch mode {
	case 1:
		return c.Close()
	case 2:
		return nil
	}
	return c.Close()
}

// selectReturn leaks the connection when the timer fires first.
func selectReturn(addr string, done chan struct{}) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net\.Dial is not closed before the return at line 72`
	if err != nil {
		return err
	}
	select {
	case <-time.After(time.Second):
		return nil
	case <-done:
	}
	return c.Close()
}

// testFatal is fine: t.Fatal ends the test goroutine.
func testFatal(t testing.TB, addr string) {
	a, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	b, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("second: %v", err)
	}
	a.Close()
	b.Close()
}

// TB is a test helper's own subset of testing.TB, which *testing.T
// implements.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Logf(format string, args ...any)
}

// SafeOwnTBFatal is fine: Fatalf, declared as testing.TB declares it,
// ends the test goroutine.
func SafeOwnTBFatal(t TB, addr string) net.Conn {
	t.Helper()
	a, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("first: %v", err)
		return nil // unreachable
	}
	b, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("second: %v", err)
		return nil // unreachable
	}
	a.Close()
	return b
}

// reporter's Fatalf returns an error: it is no testing.TB method, and
// may well return.
type reporter interface {
	Fatalf(format string, args ...any) error
}

// reporterFatalLeak leaks a when the second dial fails.
func reporterFatalLeak(r reporter, addr string) net.Conn {
	a, err := net.Dial("tcp", addr) // want `a returned by net.Dial is not closed on all paths: the return at line 134 is reached when err != nil at line 132 \(possible resource leak\)`
	if err != nil {
		r.Fatalf("first: %v", err)
		return nil
	}
	b, err := net.Dial("tcp", addr)
	if err != nil {
		r.Fatalf("second: %v", err)
		return nil
	}
	a.Close()
	return b
}

// switchCaseLeak leaves f open when the read finds it closed: the message
// names the comparison the case makes, not the package of its value.
func switchCaseLeak(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 150 is reached when err == os.ErrClosed at line 149 \(possible resource leak\)`
	if err != nil {
		return err
	}
	_, err = f.Read(make([]byte, 1))
	switch err {
	case os.ErrClosed:
		return nil
	case nil:
	default:
	}
	return f.Close()
}
