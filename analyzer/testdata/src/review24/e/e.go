// Package e: a helper dials a conn and returns it in a new struct, but
// the struct is also kept in the package's registry, whose CloseAll
// closes every conn: a load of the struct's Conn is no new conn for the
// caller, who only borrows it.
package e

import (
	"net"
	"sync"
)

type dialed struct {
	Conn net.Conn
	Addr string
}

var (
	mu  sync.Mutex
	all []*dialed
)

func dial(addr string) (*dialed, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	d := &dialed{Conn: c, Addr: addr}
	mu.Lock()
	all = append(all, d)
	mu.Unlock()
	return d, nil
}

// CloseAll closes every conn the package dialed.
func CloseAll() {
	mu.Lock()
	defer mu.Unlock()
	for _, d := range all {
		d.Conn.Close()
	}
	all = nil
}

// Once, and fixed since (a85d554, newInResultField): d.Conn is taken for new, though
// dial keeps d in the registry.
func conn(addr string) (net.Conn, error) { // want conn:"borrows r0"
	d, err := dial(addr)
	if err != nil {
		return nil, err
	}
	return d.Conn, nil
}

// Ping is fine: the registry owns the conn.
// Once a false alarm (a85d554), fixed since; none at eafef27.
func Ping(addr string) error {
	c, err := conn(addr)
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("ping"))
	return err
}
