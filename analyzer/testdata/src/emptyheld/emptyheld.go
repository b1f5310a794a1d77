// Package emptyheld builds a service around a manager that closes the
// controls it holds and is made empty: held, still empty, by the service
// that the constructor builds, it is nothing to close where the
// constructor fails; filled through the service, it is.
package emptyheld

import (
	"errors"
	"net"
	"sync"
)

// Control is one client's connection.
type Control struct{ conn net.Conn }

// Close closes the connection.
func (c *Control) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0\\.conn"

// Manager holds the controls by id.
type Manager struct {
	ctls map[string]*Control
	mu   sync.Mutex
}

// NewManager makes an empty manager.
func NewManager() *Manager { // want NewManager:"empty r0"
	return &Manager{ctls: make(map[string]*Control)}
}

// Add keeps c under id.
func (m *Manager) Add(id string, c *Control) { // want Add:"keeps p2"
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ctls[id] = c
}

// Close closes every control.
func (m *Manager) Close() error { // want Close:"closes p0\\.ctls\\[\\]"
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, c := range m.ctls {
		c.Close()
	}
	m.ctls = make(map[string]*Control)
	return nil
}

// Service listens for controls.
type Service struct {
	ctls *Manager
	ln   net.Listener
}

// NewService builds the service; where the listen fails, its manager is
// still empty.
func NewService(addr string) (*Service, error) {
	s := &Service{ctls: NewManager()}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	if addr == "" {
		ln.Close()
		return nil, errors.New("no address")
	}
	s.ln = ln
	return s, nil
}

// LeakFilled fills the manager through the service and drops both where
// the listen fails.
func LeakFilled(addr string, first net.Conn) (*Service, error) { // want LeakFilled:"keeps p1"
	s := &Service{ctls: NewManager()} // want `NewManager is not closed`
	s.ctls.Add("first", &Control{conn: first})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	return s, nil
}
