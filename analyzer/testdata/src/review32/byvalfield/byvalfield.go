// Package byvalfield tests rule 5b (addressOfParamField): a result that is
// the address of a field of a parameter is treated as borrowed. Here the
// function itself fills that field with a NEW resource (it dials a peer
// into the caller's slot) and returns its address, as a constructor that
// builds into caller-provided memory. The caller's slot is a local that it
// drops, so dialLeak and openLeak leak a connection / a file and SHOULD be
// reported, and so SHOULD fillLeak (the peer comes from makePeer, by
// value). SafeDial closes the peer and is fine; SafeView returns the
// address of a peer the caller already owns and is fine.
package byvalfield

import (
	"net"
	"os"
)

// Peer is a connection to a peer.
type Peer struct {
	conn net.Conn
	name string
}

// Close closes the connection.
func (p *Peer) Close() error { return p.conn.Close() } // want Close:"releases p0; closes p0.conn"

type slot struct {
	peer Peer
	file os.File
	n    int
}

// dialInto dials addr into s.peer and returns it: the caller must close it.
func dialInto(s *slot, addr string) (*Peer, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.peer = Peer{conn: c, name: addr}
	return &s.peer, nil
}

// openInto opens name into s.file (an os.File held by value).
func openInto(s *slot, name string) (*os.File, error) {
	// s.file holds a copy of *f, which shares its descriptor: returning
	// &s.file hands the file to the caller (openLeak drops it).
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	s.file = *f
	return &s.file, nil
}

func dialLeak(addr string) (string, error) {
	var s slot
	p, err := dialInto(&s, addr) // want `p returned by dialInto is not closed`
	if err != nil {
		return "", err
	}
	return p.name, nil
}

func openLeak(name string) (string, error) {
	var s slot
	f, err := openInto(&s, name) // want `f returned by openInto is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// SafeDial is fine.
func SafeDial(addr string) (string, error) {
	var s slot
	p, err := dialInto(&s, addr)
	if err != nil {
		return "", err
	}
	defer p.Close()
	return p.name, nil
}

func (s *slot) view() *Peer { return &s.peer } // want view:"borrows r0; returns p0 as r0"

// SafeView is fine: the peer belongs to s, which the caller owns.
func SafeView(s *slot) string {
	return s.view().name
}

// makePeer dials a peer and returns it by value.
func makePeer(addr string) (Peer, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return Peer{}, err
	}
	return Peer{conn: c, name: addr}, nil
}

// fillInto fills s.peer from makePeer and returns its address: the
// caller must close it.
func fillInto(s *slot, addr string) (*Peer, error) {
	p, err := makePeer(addr)
	if err != nil {
		return nil, err
	}
	s.peer = p
	return &s.peer, nil
}

func fillLeak(addr string) (string, error) {
	var s slot
	p, err := fillInto(&s, addr) // want `p returned by fillInto is not closed`
	if err != nil {
		return "", err
	}
	return p.name, nil
}
