package relay_test

import (
	"net"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"

	"example.com/confirm/relay"
)

// listen returns the address of a real TCP listener on 127.0.0.1 that
// accepts and holds connections until the test ends.
func listen(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l.Addr().String()
}

// closedAddr returns an address on which nothing listens any more.
func closedAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// TestGreetDown takes the path that leaks: the second server is down.
func TestGreetDown(t *testing.T) {
	tr := leakruntime.ForTest(t)
	err := relay.Greet(&leakruntime.Dialer{Tracker: tr}, listen(t), closedAddr(t))
	if err == nil {
		t.Fatal("Greet to a closed port succeeded")
	}
}
