// Package goflags starts goroutines whose function decides by a boolean
// parameter whether it owns the connection it is given: a constant
// argument of the go statement rules out the other branch.
package goflags

import (
	"io"
	"net"
)

type listener struct{}

// handle closes conn where owned is true; otherwise the caller keeps it.
func (l *listener) handle(owned bool, conn net.Conn) { // want handle:"keeps p2"
	if owned {
		defer conn.Close()
	}
	var b [1]byte
	if _, err := io.ReadFull(conn, b[:]); err != nil {
		return
	}
	_, _ = conn.Write(b[:])
}

// handleUnless closes conn unless borrowed is true.
func (l *listener) handleUnless(borrowed bool, conn net.Conn) { // want handleUnless:"keeps p2"
	if !borrowed {
		defer conn.Close()
	}
	_, _ = conn.Write([]byte("x"))
}

// SafeServe hands each accepted connection to a goroutine that owns it,
// and serves the first one itself, owning nothing.
func (l *listener) SafeServe(ln net.Listener) error { // want SafeServe:"keeps p0"
	first, err := ln.Accept()
	if err != nil {
		return err
	}
	l.handle(false, first)
	first.Close()
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go l.handle(true, conn)
	}
}

// SafeServeUnless is fine likewise, with the flag the other way.
func (l *listener) SafeServeUnless(ln net.Listener) error { // want SafeServeUnless:"keeps p0"
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go l.handleUnless(false, conn)
	}
}

// ServeBorrowed gives its goroutines connections that nobody closes.
func (l *listener) ServeBorrowed(ln net.Listener) error { // want ServeBorrowed:"keeps p0"
	for {
		conn, err := ln.Accept() // want `conn returned by ln.Accept is not closed on all paths of the goroutine`
		if err != nil {
			return err
		}
		go l.handle(false, conn)
	}
}
