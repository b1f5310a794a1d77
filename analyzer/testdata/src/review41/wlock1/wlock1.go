// Package wlock1 returns a pointer wrapper built around a locked mutex
// whose Close unlocks it: the lock goes with the wrapper.
package wlock1

import (
	"errors"
	"io"
	"sync"
)

type conn struct {
	mu     *sync.Mutex
	out    io.WriteCloser
	broken bool
}

// lockedWriter unlocks in Close (pointer receiver).
type lockedWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

func newLockedWriter(l *sync.Mutex, w io.WriteCloser) *lockedWriter { // want newLockedWriter:"keeps p0,p1; wraps p1 in r0"
	return &lockedWriter{WriteCloser: w, l: l}
}

// Close unlocks the mutex.
func (w *lockedWriter) Close() error { // want Close:"releases p0; closes p0\\.WriteCloser; unlocks p0\\.l\\*"
	defer w.l.Unlock()
	return w.WriteCloser.Close()
}

// SafePtrWriter does not leak: the writer it returns holds the lock until
// its Close.
func (c *conn) SafePtrWriter() (io.WriteCloser, error) { // want SafePtrWriter:"borrows r0; r0 is \\*lockedWriter; gives p0\\.out as r0"
	c.mu.Lock()
	if c.broken {
		c.mu.Unlock()
		return nil, errors.New("broken")
	}
	return newLockedWriter(c.mu, c.out), nil
}

// valWriter has a mutex value inside the wrapper's pointee.
type valWriter struct {
	io.WriteCloser
	l sync.Mutex
}

// Close unlocks the mutex.
func (w *valWriter) Close() error { // want Close:"releases p0; closes p0\\.WriteCloser; unlocks p0\\.l"
	defer w.l.Unlock()
	return w.WriteCloser.Close()
}

// SafeSelfLocked does not leak: it locks the new writer's own mutex,
// which the writer's Close unlocks.
func SafeSelfLocked(out io.WriteCloser) io.WriteCloser { // want SafeSelfLocked:"keeps p0; wraps p0 in r0; r0 is \\*valWriter"
	w := &valWriter{WriteCloser: out}
	w.l.Lock()
	return w
}
