package basic

// This file serves a listener until it is closed: an accept loop that
// returns only where Accept failed with net.ErrClosed returns with the
// listener closed, so the function that made it and handed it to the
// loop leaves nothing open.

import (
	"errors"
	"log"
	"net"
)

// retryable says whether an error of Accept is worth retrying: all but
// a closed listener's.
func retryable(err error) bool { // want retryable:"false for closed p0"
	return !errors.Is(err, net.ErrClosed)
}

func isClosed(err error) bool { // want isClosed:"true for closed p0"
	return errors.Is(err, net.ErrClosed)
}

func handleConn(c net.Conn) { // want handleConn:"releases p0"
	defer c.Close()
	c.Write([]byte("hello\n"))
}

// serveUntilClosed returns only once someone closed l.
func serveUntilClosed(l net.Listener) { // want serveUntilClosed:"releases p0"
	for {
		c, err := l.Accept()
		if err != nil {
			if !retryable(err) {
				return
			}
			log.Print(err)
			continue
		}
		go handleConn(c)
	}
}

// serveDirect tests the error itself.
func serveDirect(l net.Listener) { // want serveDirect:"releases p0"
	for {
		c, err := l.Accept()
		if errors.Is(err, net.ErrClosed) {
			return
		}
		if err != nil {
			continue
		}
		go handleConn(c)
	}
}

// SafeRunServer is fine: serveUntilClosed returns only with l closed.
func SafeRunServer(addr string) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		log.Print(err)
		return
	}
	serveUntilClosed(l)
}

// SafeRunDirect is fine likewise.
func SafeRunDirect(addr string) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return
	}
	serveDirect(l)
}

// serveUntilError returns on any error of Accept, with l open.
func serveUntilError(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			if isClosed(err) {
				log.Print("closed")
			}
			return
		}
		go handleConn(c)
	}
}

func RunServerLeak(addr string) {
	l, err := net.Listen("tcp", addr) // want `l returned by net.Listen is not closed before the end of the function`
	if err != nil {
		return
	}
	serveUntilError(l)
}

// serveEither may accept on another listener than l: where that one is
// closed, l is not.
func serveEither(l, other net.Listener, useOther bool) {
	cur := l
	if useOther {
		cur = other
	}
	for {
		c, err := cur.Accept()
		if errors.Is(err, net.ErrClosed) {
			return
		}
		if err == nil {
			c.Close()
		}
	}
}

func RunEither(addr string, other net.Listener, useOther bool) {
	l, err := net.Listen("tcp", addr) // want `l returned by net.Listen is not closed before the end of the function`
	if err != nil {
		return
	}
	serveEither(l, other, useOther)
}
