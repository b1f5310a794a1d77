// Package f: a client keeps each session it dials in its own map, and
// hands out the session's conn for use: the client owns the conn, the
// caller only borrows it.
package f

import (
	"net"
	"sync"
)

type session struct {
	Conn net.Conn
	Addr string
}

func dialSession(addr string) (*session, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &session{Conn: c, Addr: addr}, nil
}

type client struct {
	mu       sync.Mutex
	sessions map[string]*session
}

func (cl *client) Close() error {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	for _, s := range cl.sessions {
		s.Conn.Close()
	}
	cl.sessions = nil
	return nil
}

// connTo dials a session that the client keeps, and returns its conn.
// Once, and fixed since (a85d554, newInResultField): s.Conn is taken for new, though
// connTo keeps s in cl.sessions.
func (cl *client) connTo(addr string) (net.Conn, error) { // want connTo:"borrows r0"
	cl.mu.Lock()
	defer cl.mu.Unlock()
	if s, ok := cl.sessions[addr]; ok {
		return s.Conn, nil
	}
	s, err := dialSession(addr)
	if err != nil {
		return nil, err
	}
	cl.sessions[addr] = s
	return s.Conn, nil
}

// Ping is fine: the client owns the conn.
// Once a false alarm (a85d554), fixed since; none at eafef27.
func (cl *client) Ping(addr string) error {
	c, err := cl.connTo(addr)
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("ping"))
	return err
}
