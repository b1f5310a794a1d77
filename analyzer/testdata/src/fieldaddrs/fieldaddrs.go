// Package fieldaddrs returns the address of a struct that a value holds
// by value: memory of that value, not a new resource.
package fieldaddrs

import "net"

// Peer is a connection to a peer, whose transport closes it.
type Peer struct {
	impl transport
	name string
}

type transport interface {
	closeConn() error
}

type tcp struct{ conn net.Conn }

func (t tcp) closeConn() error { return t.conn.Close() } // want closeConn:"closes p0.conn"

// Close closes the connection through its transport.
func (p *Peer) Close() error { // want Close:"closes p0.impl"
	return p.impl.closeConn()
}

// PeerConn is a Peer with its protocol state.
type PeerConn struct {
	Peer
	sent int
}

func (pc *PeerConn) peerPtr() *Peer { return &pc.Peer } // want peerPtr:"keeps p0; borrows r0"

// SafeIsSelf is fine: peerPtr gives memory of pc, which it does not own.
func SafeIsSelf(pc *PeerConn, other *Peer) bool {
	if pc.peerPtr() == other {
		return true
	}
	return pc.sent == 0
}

// newPeer dials a new peer.
func newPeer(addr string) (*Peer, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Peer{impl: tcp{conn: c}, name: addr}, nil
}

func dialLeak(addr string) (string, error) {
	p, err := newPeer(addr) // want `p returned by newPeer is not closed before the return at line 56`
	if err != nil {
		return "", err
	}
	return p.name, nil
}

