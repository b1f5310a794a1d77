package wire

import (
	"net"
	"os"
	"testing"
)

// TestMain is the package's own: leakvet -confirm writes the report when
// it exits.
func TestMain(m *testing.M) {
	code := m.Run()
	os.Exit(code)
}

// TestHello says hello to a real listener on 127.0.0.1; the kernel
// completes the connection without an Accept.
func TestHello(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := Hello(l.Addr().String()); err != nil {
		t.Fatal(err)
	}
}
