// Package cleanupdep loads plugins for tests: the connection of a plugin
// is closed by the test's Cleanup, which Load registers before it returns
// the plugin, so a test may drop what Load returns.
package cleanupdep

import (
	"fmt"
	"io"
	"net"
	"os"
	"testing"
)

// A Plugin names itself and can be unloaded before the test ends.
type Plugin interface {
	fmt.Stringer
	io.Closer
}

type name string

func (n name) String() string { return string(n) }

// A Configurer configures a plugin; it holds nothing to close.
type Configurer interface {
	Configure(config string) error
}

// Plugged is a plugin that Load returns.
type Plugged interface {
	Configurer
	io.Closer
}

// A Conn is a plugin's connection, which binds its services.
type Conn interface {
	io.Closer
	Bind() (Configurer, error)
}

type conn struct{ net.Conn }

func (c *conn) Bind() (Configurer, error) { return binding{}, nil } // want Bind:"borrows r0; nil r1; r0 is binding"

type binding struct{}

func (binding) Configure(string) error { return nil } // want Configure:"nil r0"

// dial connects to the plugin.
func dial(addr string) (Conn, error) { // want dial:"r0 is \\*conn"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &conn{c}, nil
}

// Load dials the plugin and has the test close the connection when it
// ends; the plugin returned, whose Close is the connection's, closes it
// early.
func Load(t *testing.T, addr string) Plugged { // want Load:"borrows r0"
	c, err := dial(addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	configurer, err := c.Bind()
	if err != nil {
		t.Fatal(err)
	}
	return struct {
		Configurer
		io.Closer
	}{
		Configurer: configurer,
		Closer:     c,
	}
}

// Dial has the test close the connection too, and returns it as a
// plugin.
func Dial(t *testing.T, addr string) Plugin { // want Dial:"borrows r0"
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

// LoadLog has the test close the connection, and returns a plugin whose
// Close closes a log file that nothing else closes.
func LoadLog(t *testing.T, addr, path string) io.Closer {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	log, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	return struct {
		io.Closer
		conn net.Conn
	}{
		Closer: log,
		conn:   conn,
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

// LoadNoted has the test log the connection when it ends, not close it.
func LoadNoted(t *testing.T, addr string) Plugin { // want LoadNoted:"keeps p0"
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { t.Logf("served %v", conn.RemoteAddr()) })
	return struct {
		fmt.Stringer
		io.Closer
	}{
		Stringer: name(addr),
		Closer:   conn,
	}
}

// LoadChecked runs a subtest on the connection, which closes nothing.
func LoadChecked(t *testing.T, addr string) Plugin {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("hello", func(t *testing.T) { conn.Write([]byte("hello")) })
	return struct {
		fmt.Stringer
		io.Closer
	}{
		Stringer: name(addr),
		Closer:   conn,
	}
}

// A Session's Close is its connection's; Stop closes its log.
type Session struct {
	io.Closer
	Stop func() error
}

// LoadStopped has the test close the connection, and returns a session
// whose Stop, not Close, closes a log file that nothing else closes.
func LoadStopped(t *testing.T, addr, path string) *Session {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	log, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	return &Session{Closer: conn, Stop: log.Close}
}
