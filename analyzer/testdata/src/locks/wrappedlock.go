package locks

import (
	"errors"
	"io"
	"sync"
)

// This file: a lock handed to the writer that a function returns, whose
// Close unlocks it, as a socket.io transport does.

type frameConn struct {
	writeLocker *sync.Mutex
	out         io.WriteCloser
	broken      bool
}

type lockedWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

func newLockedWriter(l *sync.Mutex, w io.WriteCloser) lockedWriter { // want newLockedWriter:"keeps p0,p1; wraps p1 in r0"
	return lockedWriter{WriteCloser: w, l: l}
}

// Close unlocks the connection's writer for the next frame.
func (w lockedWriter) Close() error { // want Close:"releases p0; closes p0.WriteCloser; unlocks p0.l"
	defer w.l.Unlock()
	return w.WriteCloser.Close()
}

// SafeNextWriter is fine: the writer it returns holds the lock until its
// Close.
func (c frameConn) SafeNextWriter() (io.WriteCloser, error) { // want SafeNextWriter:"r0 is lockedWriter; gives p0.out as r0"
	c.writeLocker.Lock()
	if c.broken {
		c.writeLocker.Unlock()
		return nil, errors.New("broken")
	}
	return newLockedWriter(c.writeLocker, c.out), nil
}

type plainWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

func newPlainWriter(l *sync.Mutex, w io.WriteCloser) plainWriter { // want newPlainWriter:"keeps p1; wraps p1 in r0"
	return plainWriter{WriteCloser: w, l: l}
}

// nextPlainWriter keeps the lock: the writer's Close does not unlock it.
func (c frameConn) nextPlainWriter() (io.WriteCloser, error) { // want nextPlainWriter:"r0 is plainWriter; gives p0.out as r0"
	c.writeLocker.Lock() // want `c.writeLocker is locked at line \d+ and still held at the return at line \d+`
	if c.broken {
		c.writeLocker.Unlock()
		return nil, errors.New("broken")
	}
	return newPlainWriter(c.writeLocker, c.out), nil
}
