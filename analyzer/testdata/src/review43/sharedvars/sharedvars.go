// Package sharedvars probes rules 10 (34c3979, 4f09ee5): goroutines share
// a captured variable assigned on either branch before they start, unless
// another store overwrites it after the resource's store.
package sharedvars

import (
	"io"
	"net"
)

func serve(conn net.Conn) { // want serve:"releases p0"
	defer conn.Close()
	_, _ = io.Copy(io.Discard, conn)
}

var fallback net.Listener

// LeakSwappedInGoroutine: the accepting goroutine swaps the variable for
// the fallback listener, so the cleanup goroutine may close the fallback
// and the opened listener stays open.
func LeakSwappedInGoroutine(unix bool, path string, done <-chan struct{}) error { // want LeakSwappedInGoroutine:"keeps p2"
	var listener net.Listener
	var err error
	if unix {
		listener, err = net.Listen("unix", path)
	} else {
		listener, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		return err
	}
	go func() {
		<-done
		_ = listener.Close()
	}()
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				listener = fallback
				continue
			}
			go serve(conn)
		}
	}()
	return nil
}

// LeakListenEach listens on every address before the goroutines start:
// only the last listener is shared and closed.
func LeakListenEach(addrs []string, done <-chan struct{}) error { // want LeakListenEach:"keeps p1"
	var listener net.Listener
	var err error
	for _, a := range addrs {
		listener, err = net.Listen("tcp", a) // want `listener returned by net\.Listen is not closed`
		if err != nil {
			return err
		}
	}
	if listener == nil {
		return nil
	}
	go func() {
		<-done
		_ = listener.Close()
	}()
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				return
			}
			go serve(conn)
		}
	}()
	return nil
}

// LeakNotStarted opens on either branch but starts the goroutines only
// when asked to serve: otherwise the listener stays open.
func LeakNotStarted(unix, serveIt bool, path string, done <-chan struct{}) error { // want LeakNotStarted:"keeps p3"
	var listener net.Listener
	var err error
	if unix {
		listener, err = net.Listen("unix", path) // want `listener returned by net\.Listen is not closed`
	} else {
		listener, err = net.Listen("tcp", "127.0.0.1:0") // want `listener returned by net\.Listen is not closed`
	}
	if err != nil {
		return err
	}
	if serveIt {
		go func() {
			<-done
			_ = listener.Close()
		}()
		go func() {
			for {
				conn, err := listener.Accept()
				if err != nil {
					return
				}
				go serve(conn)
			}
		}()
	}
	return nil
}

// LeakOverwrittenBefore opens one listener then, on one branch, a second
// over it before the goroutines start: the first stays open.
func LeakOverwrittenBefore(both bool, path string, done <-chan struct{}) error { // want LeakOverwrittenBefore:"keeps p2"
	listener, err := net.Listen("unix", path) // want `listener returned by net\.Listen is not closed`
	if err != nil {
		return err
	}
	if both {
		listener, err = net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
	}
	go func() {
		<-done
		_ = listener.Close()
	}()
	go func() {
		for {
			conn, err := listener.Accept()
			if err != nil {
				return
			}
			go serve(conn)
		}
	}()
	return nil
}
