// Package empty probes rule 6 (empty value held in a field of a struct the function builds).
package empty

import (
	"net"
	"sync"
)

type Control struct{ conn net.Conn }

func (c *Control) Close() error { return c.conn.Close() } // want Close:"releases p0; closes p0\\.conn"

type Manager struct {
	ctls map[string]*Control
	mu   sync.Mutex
}

func NewManager() *Manager { return &Manager{ctls: make(map[string]*Control)} } // want NewManager:"empty r0"

func (m *Manager) Add(id string, c *Control) { // want Add:"keeps p2"
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ctls[id] = c
}

func (m *Manager) Close() error { // want Close:"closes p0\\.ctls\\[\\]"
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, c := range m.ctls {
		c.Close()
	}
	m.ctls = make(map[string]*Control)
	return nil
}

type Service struct {
	ctls *Manager
	ln   net.Listener
}

// LeakFilledViaLocal fills the manager through the local m, not through s.
func LeakFilledViaLocal(addr string, first net.Conn) (*Service, error) { // want LeakFilledViaLocal:"keeps p1"
	m := NewManager() // want `m returned by NewManager is not closed`
	s := &Service{ctls: m}
	m.Add("first", &Control{conn: first})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err // m (and first) leak
	}
	s.ln = ln
	return s, nil
}

func (s *Service) addFirst(c net.Conn) { s.ctls.Add("first", &Control{conn: c}) } // want addFirst:"keeps p1"

// LeakFilledViaMethod fills through a method of the service.
func LeakFilledViaMethod(addr string, first net.Conn) (*Service, error) { // want LeakFilledViaMethod:"keeps p1"
	s := &Service{ctls: NewManager()} // want `the \*Manager returned by NewManager is not closed`
	s.addFirst(first)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	return s, nil
}

func fill(s *Service, c net.Conn) { s.ctls.Add("first", &Control{conn: c}) } // want fill:"keeps p1"

// LeakFilledViaFunc fills through a helper given the service.
func LeakFilledViaFunc(addr string, first net.Conn) (*Service, error) { // want LeakFilledViaFunc:"keeps p1"
	s := &Service{ctls: NewManager()} // want `the \*Manager returned by NewManager is not closed`
	fill(s, first)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	return s, nil
}

// LeakFilledViaCopy fills through a copy of the field read into a local.
func LeakFilledViaCopy(addr string, first net.Conn) (*Service, error) { // want LeakFilledViaCopy:"keeps p1"
	s := new(Service)
	s.ctls = NewManager() // want `s\.ctls returned by NewManager is not closed`
	cm := s.ctls
	cm.Add("first", &Control{conn: first})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	return s, nil
}

// SafeEmpty: the manager is still empty where the listen fails.
func SafeEmpty(addr string) (*Service, error) {
	s := &Service{ctls: NewManager()}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	return s, nil
}
