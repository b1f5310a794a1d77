package dep

import (
	"net"
	"sync"
)

// NewHubWith makes a hub that holds c from the start: the map is built
// first, then given to the struct, whose Cond only locks it.
func NewHubWith(c net.Conn) Hub { // want NewHubWith:"keeps p0; r0 is \\*hub"
	conns := make(map[net.Conn]bool)
	conns[c] = true
	h := &hub{conns: conns}
	h.cv = sync.NewCond(h)
	return h
}

// NewHubDialed dials the conn itself and puts it in the map it builds.
func NewHubDialed(addr string) (Hub, error) { // want NewHubDialed:"r0 is \\*hub"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	conns := map[net.Conn]bool{}
	conns[c] = true
	h := &hub{conns: conns}
	h.cv = sync.NewCond(h)
	return h, nil
}
