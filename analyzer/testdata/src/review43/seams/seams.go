// Package seams probes rule 1 (ef8fa94): a package-level func variable
// set once in its declaration borrows what its function borrows.
package seams

import (
	"context"
	"net"
)

type connKey struct{}

var conns = map[string]net.Conn{}

func connFrom(ctx context.Context) net.Conn { // want connFrom:"borrows r0"
	conn, _ := ctx.Value(connKey{}).(net.Conn)
	return conn
}

func cached(addr string) (net.Conn, error) { return conns[addr], nil } // want cached:"borrows r0; nil r1"

// GetConnection is an exported seam: package user assigns a function that
// dials a new connection to it.
var GetConnection = connFrom // want GetConnection:"borrows r0"

// LeakExportedSeam drops the connection that an importer's dialing seam
// made.
func LeakExportedSeam(ctx context.Context) (int, error) { // want LeakExportedSeam:"keeps p0"
	conn := GetConnection(ctx) // want `conn returned by GetConnection is not closed`
	if conn == nil {
		return 0, nil
	}
	return conn.Write([]byte("ping"))
}

// getCached is unexported, but the package assigns it through a pointer.
var getCached = cached

func dialTCP(addr string) (net.Conn, error) { return net.Dial("tcp", addr) }

// setSeam installs a seam through its address.
func setSeam(p *func(string) (net.Conn, error), f func(string) (net.Conn, error)) { *p = f } // want setSeam:"keeps p1"

// UseDialer makes every later getCached dial anew.
func UseDialer() { setSeam(&getCached, dialTCP) }

// LeakPointerSet drops what getCached gives, a fresh connection once
// UseDialer ran.
func LeakPointerSet(addr string) (int, error) {
	conn, err := getCached(addr) // want `conn returned by getCached is not closed`
	if err != nil {
		return 0, err
	}
	return conn.Write([]byte("ping"))
}

// getDirect is assigned directly in a function of the package.
var getDirect = cached

// Direct makes getDirect dial.
func Direct() { getDirect = dialTCP }

// LeakReassignedSeam drops what getDirect dials after Direct.
func LeakReassignedSeam(addr string) (int, error) {
	conn, err := getDirect(addr) // want `conn returned by getDirect is not closed`
	if err != nil {
		return 0, err
	}
	return conn.Write([]byte("ping"))
}

// LeakClosurePhi picks between a cached lookup and a closure that dials.
func LeakClosurePhi(addr string, fresh bool) (int, error) {
	get := func() (net.Conn, error) { return conns[addr], nil }
	if fresh {
		get = func() (net.Conn, error) { return dialTCP(addr) }
	}
	conn, err := get() // want `conn returned by get is not closed`
	if err != nil {
		return 0, err
	}
	return conn.Write([]byte("ping"))
}

// LeakClosureLoopPhi starts from a cached lookup and switches to dialing
// inside a loop.
func LeakClosureLoopPhi(addrs []string) (int, error) {
	get := func(a string) (net.Conn, error) { return conns[a], nil }
	total := 0
	for i, a := range addrs {
		if i > 0 {
			get = func(a string) (net.Conn, error) { return net.Dial("tcp", a) }
		}
		conn, err := get(a) // want `conn returned by get is not closed`
		if err != nil {
			return total, err
		}
		n, _ := conn.Write([]byte("ping"))
		total += n
	}
	return total, nil
}
