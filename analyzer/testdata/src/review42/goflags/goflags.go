// Package goflags probes rule 4 (constantFlags): a goroutine whose
// function branches on a boolean parameter is followed the way the go
// statement's constant says.
package goflags

import (
	"io"
	"net"
)

type server struct{ verbose bool }

func (s *server) handle(owned bool, conn net.Conn) { // want handle:"keeps p2"
	if owned {
		defer conn.Close()
	}
	var b [1]byte
	if _, err := io.ReadFull(conn, b[:]); err != nil {
		return
	}
	_, _ = conn.Write(b[:])
}

// SafeThroughVar: SAFE (the constant goes through a local variable).
func (s *server) SafeThroughVar(ln net.Listener) error { // want SafeThroughVar:"keeps p0"
	owned := true
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go s.handle(owned, conn)
	}
}

// VarLeak: LEAKS where s.verbose is false (the flag is not a constant;
// a field decides).
func (s *server) VarLeak(ln net.Listener) error { // want VarLeak:"keeps p0"
	for {
		conn, err := ln.Accept() // want `conn returned by ln\.Accept is not closed`
		if err != nil {
			return err
		}
		go s.handle(s.verbose, conn)
	}
}

// handleMixed closes in the owned branch only where a second parameter
// also says so: the constant rules out one branch of the first test, but
// the second flag still decides.
func handleMixed(owned bool, quick bool, conn net.Conn) { // want handleMixed:"keeps p2"
	if owned {
		if quick {
			return // owned, but returns before closing
		}
		defer conn.Close()
	}
	_, _ = conn.Write([]byte("x"))
}

// MixedLeak: LEAKS where quick is true.
func MixedLeak(ln net.Listener, quick bool) error {
	for {
		conn, err := ln.Accept() // want `conn returned by ln\.Accept is not closed`
		if err != nil {
			return err
		}
		go handleMixed(true, quick, conn)
	}
}

// handleLoop tests the flag inside a loop, and owned changes meaning
// through a recursive call with the other constant.
func handleLoop(owned bool, conn net.Conn, depth int) { // want handleLoop:"keeps p1"
	if depth > 0 {
		handleLoop(!owned, conn, depth-1)
		return
	}
	if owned {
		conn.Close()
	}
}

// RecurseLeak: LEAKS (depth 1: the recursive call runs with owned false,
// so nothing closes the conn).
func RecurseLeak(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go handleLoop(true, conn, 1)
	}
}

// handleIfaceFlag branches on a bool that is a named type.
type ownership bool

func handleNamed(own ownership, conn net.Conn) { // want handleNamed:"keeps p1"
	if own {
		defer conn.Close()
	}
	_, _ = conn.Write([]byte("x"))
}

// SafeNamed: SAFE.
func SafeNamed(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go handleNamed(true, conn)
	}
}

// NamedLeak: LEAKS.
func NamedLeak(ln net.Listener) error {
	for {
		conn, err := ln.Accept() // want `conn returned by ln\.Accept is not closed`
		if err != nil {
			return err
		}
		go handleNamed(false, conn)
	}
}

// handleSwap takes the conn first and the flag second, and has a second
// bool parameter that the go statement sets true.
func handleSwap(conn net.Conn, borrowed, logged bool) { // want handleSwap:"keeps p0"
	if !borrowed {
		defer conn.Close()
	}
	if logged {
		return
	}
	_, _ = conn.Write([]byte("x"))
}

// SwapLeak: LEAKS (borrowed is true: nobody closes).
func SwapLeak(ln net.Listener) error {
	for {
		conn, err := ln.Accept() // want `conn returned by ln\.Accept is not closed`
		if err != nil {
			return err
		}
		go handleSwap(conn, true, true)
	}
}

func finish(closeIt bool, conn net.Conn) { // want finish:"keeps p1"
	if closeIt {
		conn.Close()
	}
}

// handleNeg passes the negation of its flag to a helper that closes
// where its own flag is true.
func handleNeg(owned bool, conn net.Conn) { // want handleNeg:"keeps p1"
	if owned {
		_, _ = conn.Write([]byte("x"))
		finish(!owned, conn)
		return
	}
	_, _ = conn.Write([]byte("y"))
}

// NegLeak: LEAKS (owned is true, finish gets false and closes nothing).
func NegLeak(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go handleNeg(true, conn)
	}
}
