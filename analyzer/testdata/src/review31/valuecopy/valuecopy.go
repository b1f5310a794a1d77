// Package valuecopy has value receivers that lock through pointer fields.
//
// REVIEW NOTE: HEAD is right here and better than 1b8cd33, which reported
// Begin and RBegin themselves and missed useLeak and genericLeak.
package valuecopy

import (
	"errors"
	"sync"
)

// Guard shares a mutex through a pointer.
type Guard struct {
	mu *sync.Mutex
	n  *int
}

// Begin takes the shared lock for End to give back.
func (g Guard) Begin() { // want Begin:"locks p0.mu"
	g.mu.Lock()
}

// End gives it back.
func (g Guard) End() { // want End:"unlocks p0.mu"
	g.mu.Unlock()
}

// useLeak returns holding the lock where bad is set.
func useLeak(g Guard, bad bool) error {
	g.Begin() // want `is locked at line`
	if bad {
		return errors.New("bad")
	}
	g.End()
	return nil
}

// Swapped reassigns its receiver's copy before it locks: the lock it takes
// is other's, not the caller's.
func (g Guard) Swapped(other Guard) {
	g = other
	g.mu.Lock() // want `g.mu is locked at line [0-9]+ and still held`
}

// Generic has a value receiver with a type parameter.
type Generic[T any] struct {
	mu  *sync.RWMutex
	val T
}

func (g Generic[T]) RBegin() T { // want RBegin:"borrows r0; returns p0 as r0; gives p0.val as r0; rlocks p0.mu"
	g.mu.RLock()
	return g.val
}

func (g Generic[T]) REnd() { // want REnd:"runlocks p0.mu"
	g.mu.RUnlock()
}

// genericLeak forgets to give back the read lock.
func genericLeak(g Generic[int]) int { // want genericLeak:"keeps p0"
	v := g.RBegin() // want `is read-locked at line`
	if v < 0 {
		return 0
	}
	g.REnd()
	return v
}

// Named is a method on a non-struct value type holding a mutex pointer.
type Named *sync.Mutex

type Holder [1]*sync.Mutex

// Lock is reported as holding h[0], before and after the change
// (pre-existing, not part of the change under review).
func (h Holder) Lock()   { h[0].Lock() }   // want `h\[0\] is locked at line` Lock:"keeps p0"
func (h Holder) Unlock() { h[0].Unlock() } // want Unlock:"keeps p0"
