// Package cleanupdep loads plugins for tests: the connection of a plugin
// is closed by the test's Cleanup, which Load registers before it returns
// the plugin, so a test may drop what Load returns.
package cleanupdep

import (
	"fmt"
	"io"
	"net"
	"testing"
)

// A Plugin names itself and can be unloaded before the test ends.
type Plugin interface {
	fmt.Stringer
	io.Closer
}

type name string

func (n name) String() string { return string(n) }

// Load dials the plugin and has the test close the connection when it
// ends; the plugin returned closes it early.
func Load(t *testing.T, addr string) Plugin { // want Load:"borrows r0"
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return struct {
		fmt.Stringer
		io.Closer
	}{
		Stringer: name(addr),
		Closer:   conn,
	}
}

// LoadShared registers the cleanup only where shared is set: elsewhere
// the plugin returned is the caller's to close.
func LoadShared(t *testing.T, addr string, shared bool) Plugin {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	if shared {
		t.Cleanup(func() { conn.Close() })
	}
	return struct {
		fmt.Stringer
		io.Closer
	}{
		Stringer: name(addr),
		Closer:   conn,
	}
}

// LoadLogged has the test close a log file, not the connection.
func LoadLogged(t *testing.T, addr string, log io.Closer) Plugin { // want LoadLogged:"keeps p2; starts p2"
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { log.Close() })
	return struct {
		fmt.Stringer
		io.Closer
	}{
		Stringer: name(addr),
		Closer:   conn,
	}
}
