// Package wlock2 returns value wrappers (value receivers, as the rule's
// own test has) built around a locked mutex, where the lock still leaks.
package wlock2

import (
	"errors"
	"io"
	"sync"
)

type conn struct {
	mu     *sync.Mutex
	rw     *sync.RWMutex
	out    io.WriteCloser
	broken bool
}

// releaseWriter unlocks only in Release, which an io.WriteCloser hides.
type releaseWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

func newReleaseWriter(l *sync.Mutex, w io.WriteCloser) releaseWriter { // want newReleaseWriter:"keeps p1; wraps p1 in r0"
	return releaseWriter{WriteCloser: w, l: l}
}

// Release unlocks the mutex.
func (w releaseWriter) Release() { w.l.Unlock() } // want Release:"unlocks p0\\.l"

// leakHiddenRelease LEAKS the lock: callers get an io.WriteCloser whose
// Close (the embedded one) does not unlock, and cannot reach Release.
func (c conn) leakHiddenRelease() (io.WriteCloser, error) { // want leakHiddenRelease:"r0 is releaseWriter; gives p0\\.out as r0"
	c.mu.Lock() // want `c\.mu is locked at line 34 and still held`
	if c.broken {
		c.mu.Unlock()
		return nil, errors.New("broken")
	}
	return newReleaseWriter(c.mu, c.out), nil
}

// lockedWriter unlocks in Close.
type lockedWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

// newLockedWriter keeps the mutex only when there is a writer.
func newLockedWriter(l *sync.Mutex, w io.WriteCloser) lockedWriter { // want newLockedWriter:"keeps p0,p1; wraps p1 in r0"
	if w == nil {
		return lockedWriter{}
	}
	return lockedWriter{WriteCloser: w, l: l}
}

// Close unlocks the mutex.
func (w lockedWriter) Close() error { // want Close:"releases p0; closes p0\\.WriteCloser; unlocks p0\\.l"
	defer w.l.Unlock()
	return w.WriteCloser.Close()
}

// leakEmptyWrapper LEAKS the lock where c.out is nil: the constructor
// returns a wrapper without the mutex, and the lock stays held.
func (c conn) leakEmptyWrapper() (io.WriteCloser, error) { // want leakEmptyWrapper:"r0 is lockedWriter; gives p0\\.out as r0"
	c.mu.Lock() // want `c\.mu is locked at line 65 and still held`
	if c.broken {
		c.mu.Unlock()
		return nil, errors.New("broken")
	}
	return newLockedWriter(c.mu, c.out), nil
}

// rwWriter write-unlocks in Close.
type rwWriter struct {
	io.WriteCloser
	l *sync.RWMutex
}

func newRWWriter(l *sync.RWMutex, w io.WriteCloser) rwWriter { // want newRWWriter:"keeps p0,p1; wraps p1 in r0"
	return rwWriter{WriteCloser: w, l: l}
}

// Close write-unlocks.
func (w rwWriter) Close() error { // want Close:"releases p0; closes p0\\.WriteCloser; unlocks p0\\.l"
	defer w.l.Unlock()
	return w.WriteCloser.Close()
}

// leakReadLock LEAKS: a read lock handed to a wrapper that write-unlocks
// (fatal at run time; the read lock is never released).
func (c conn) leakReadLock() (io.WriteCloser, error) { // want leakReadLock:"r0 is rwWriter; gives p0\\.out as r0"
	c.rw.RLock() // want `c\.rw is read-locked at line 92 and still`
	if c.broken {
		c.rw.RUnlock()
		return nil, errors.New("broken")
	}
	return newRWWriter(c.rw, c.out), nil
}

// otherHolder is where a constructor parks the mutex instead.
type otherHolder struct{ l *sync.Mutex }

var parked otherHolder

// strayWriter unlocks its own l in Close, which its constructor never sets.
type strayWriter struct {
	io.WriteCloser
	l *sync.Mutex
}

func newStrayWriter(l *sync.Mutex, w io.WriteCloser) strayWriter { // want newStrayWriter:"keeps p0,p1; wraps p1 in r0"
	h := &otherHolder{}
	h.l = l
	parked = *h
	return strayWriter{WriteCloser: w}
}

// Close unlocks its own field.
func (w strayWriter) Close() error { // want Close:"releases p0; closes p0\\.WriteCloser; unlocks p0\\.l"
	defer w.l.Unlock()
	return w.WriteCloser.Close()
}

// leakStray LEAKS: the constructor stores the mutex into another struct's
// field of the same name, not into the writer.
func (c conn) leakStray() (io.WriteCloser, error) { // want leakStray:"r0 is strayWriter; gives p0\\.out as r0"
	c.mu.Lock() // want `c\.mu is locked at line 127 and still hel`
	if c.broken {
		c.mu.Unlock()
		return nil, errors.New("broken")
	}
	return newStrayWriter(c.mu, c.out), nil
}

// pairWriter unlocks only its first mutex.
type pairWriter struct {
	io.WriteCloser
	a, b *sync.Mutex
}

func newPairWriter(a, b *sync.Mutex, w io.WriteCloser) pairWriter { // want newPairWriter:"keeps p0,p1,p2; wraps p2 in r0"
	return pairWriter{WriteCloser: w, a: a, b: b}
}

// Close unlocks a only.
func (w pairWriter) Close() error { // want Close:"releases p0; closes p0\\.WriteCloser; unlocks p0\\.a"
	defer w.a.Unlock()
	return w.WriteCloser.Close()
}

// leakSecond LEAKS c.mu: it goes into b, which Close never unlocks.
func (c conn) leakSecond(other *sync.Mutex) (io.WriteCloser, error) { // want leakSecond:"keeps p1; r0 is pairWriter; gives p0\\.out as r0"
	c.mu.Lock() // want `c\.mu is locked at line 153 and still hel`
	if c.broken {
		c.mu.Unlock()
		return nil, errors.New("broken")
	}
	return newPairWriter(other, c.mu, c.out), nil
}
