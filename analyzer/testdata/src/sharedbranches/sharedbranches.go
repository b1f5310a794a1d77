// Package sharedbranches: a listener that either branch opens, shared by
// a goroutine that closes it when the viewer is done and one that
// accepts until the close makes Accept fail.
package sharedbranches

import (
	"io"
	"net"
)

func serve(conn net.Conn) { // want serve:"releases p0"
	defer conn.Close()
	_, _ = io.Copy(io.Discard, conn)
}

// SafeEitherListener opens a unix or a TCP listener; the cleanup
// goroutine closes whichever it is.
func SafeEitherListener(unix bool, path string, done <-chan struct{}) error { // want SafeEitherListener:"keeps p2"
	var listener net.Listener
	var err error
	if unix {
		listener, err = net.Listen("unix", path)
		if err != nil {
			return err
		}
	} else {
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

// LeakReassigned opens a second listener after the goroutines started:
// the cleanup goroutine may close the first or the second, and the other
// stays open.
func LeakReassigned(path string, done <-chan struct{}) error { // want LeakReassigned:"keeps p1"
	listener, err := net.Listen("unix", path) // want `listener returned by net.Listen is not closed on all paths of the goroutine started at line 60: the return at line 64 is reached when err != nil at line 63`
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
				return
			}
			go serve(conn)
		}
	}()
	listener, err = net.Listen("tcp", "127.0.0.1:0") // want `listener returned by net.Listen is not closed before the return at line 70`
	return err
}
