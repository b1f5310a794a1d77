// Package selfclose probes rule 1 (lockedFlagGuard): an iterator whose
// Next returns false at once, under its own lock, where a closed flag is
// set, counts as releasing itself where it returns false.
package selfclose

import (
	"os"
	"sync"
)

// ---- Base: the flag only Close sets (SAFE) ----

type Feed struct {
	mu     sync.Mutex
	f      *os.File
	closed bool
	n      int
}

func OpenFeed(name string) (*Feed, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Feed{f: f}, nil
}

func (c *Feed) Next() bool { // want Next:"keeps p0; releases p0 on failure; closes p0\\.f"
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	c.n++
	more := c.n < 3
	c.mu.Unlock()
	if !more {
		c.Close()
	}
	return more
}

func (c *Feed) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	return c.f.Close()
}

// SafeFeed: SAFE (Next closes at the end).
func SafeFeed(name string) int {
	c, err := OpenFeed(name)
	if err != nil {
		return 0
	}
	n := 0
	for c.Next() {
		n++
	}
	return n
}

// ---- Variant A: Next sets the flag itself with a non-constant value ----

type Exhaust struct {
	mu     sync.Mutex
	f      *os.File
	closed bool
	n      int
}

func OpenExhaust(name string) (*Exhaust, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Exhaust{f: f}, nil
}

// Next marks the iterator done (closed = n >= 3, not a constant) without
// closing the file, then returns false through the guard next time.
func (c *Exhaust) Next() bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	c.n++
	c.closed = c.n >= 3
	c.mu.Unlock()
	return true
}

func (c *Exhaust) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed && c.f == nil {
		return nil
	}
	c.closed = true
	f := c.f
	c.f = nil
	return f.Close()
}

// ExhaustLeak: LEAKS (the loop ends through the guard, set by Next, and
// nobody closes the file).
func ExhaustLeak(name string) int {
	c, err := OpenExhaust(name) // want `c returned by OpenExhaust is not closed`
	if err != nil {
		return 0
	}
	n := 0
	for c.Next() {
		n++
	}
	return n
}

// ---- Variant B: the constructor sets the flag from a parameter ----

type Lazy struct {
	mu     sync.Mutex
	f      *os.File
	closed bool
	n      int
}

// OpenLazy makes a feed that may start "closed" (paused) with its file open.
func OpenLazy(name string, paused bool) (*Lazy, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Lazy{f: f, closed: paused}, nil
}

func (c *Lazy) Next() bool { // want Next:"keeps p0; closes p0\\.f"
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	c.n++
	more := c.n < 3
	c.mu.Unlock()
	if !more {
		c.Close()
	}
	return more
}

func (c *Lazy) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	return c.f.Close()
}

// LazyLeak: LEAKS where paused is true (Next returns false at once with
// the file open).
func LazyLeak(name string, paused bool) int {
	c, err := OpenLazy(name, paused) // want `c returned by OpenLazy is not closed`
	if err != nil {
		return 0
	}
	n := 0
	for c.Next() {
		n++
	}
	return n
}

// ---- Variant C: another method sets the flag to a constant (Abort) ----

type Abortable struct {
	mu     sync.Mutex
	f      *os.File
	closed bool
	n      int
}

func OpenAbortable(name string) (*Abortable, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Abortable{f: f}, nil
}

func (c *Abortable) Next() bool { // want Next:"keeps p0; closes p0\\.f"
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	c.n++
	more := c.n < 3
	c.mu.Unlock()
	if !more {
		c.Close()
	}
	return more
}

// Abort stops the iteration without closing.
func (c *Abortable) Abort() { c.mu.Lock(); c.closed = true; c.mu.Unlock() }

func (c *Abortable) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	return c.f.Close()
}

// AbortLeak: LEAKS (Abort sets closed; the loop ends at once).
func AbortLeak(name string) int {
	c, err := OpenAbortable(name) // want `c returned by OpenAbortable is not closed`
	if err != nil {
		return 0
	}
	c.Abort()
	n := 0
	for c.Next() {
		n++
	}
	return n
}

// ---- Variant D: exported flag field, set by an importer ----

type Public struct {
	mu     sync.Mutex
	f      *os.File
	Closed bool
	n      int
}

func OpenPublic(name string) (*Public, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Public{f: f}, nil
}

func (c *Public) Next() bool { // want Next:"keeps p0; closes p0\\.f"
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.Closed {
		c.mu.Unlock()
		return false
	}
	c.n++
	more := c.n < 3
	c.mu.Unlock()
	if !more {
		c.Close()
	}
	return more
}

func (c *Public) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Closed = true
	return c.f.Close()
}

// ---- Variant E: the loop breaks early ----

// BreakLeak: LEAKS (breaks before Next says false).
func BreakLeak(name string) int {
	c, err := OpenFeed(name) // want `c returned by OpenFeed is not closed`
	if err != nil {
		return 0
	}
	n := 0
	for c.Next() {
		n++
		if n == 1 {
			break
		}
	}
	return n
}

// ---- Variant F: Close sets the flag through sync.Once closure ----

// ---- Variant G: Close that sets the flag first and closes only sometimes ----

type Shared struct {
	mu     sync.Mutex
	f      *os.File
	closed bool
	refs   int
	n      int
}

func OpenShared(name string) (*Shared, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Shared{f: f, refs: 2}, nil
}

func (c *Shared) Next() bool { // want Next:"keeps p0; releases p0 on failure; closes p0\\.f"
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	c.n++
	more := c.n < 3
	c.mu.Unlock()
	if !more {
		c.Close()
	}
	return more
}

// Close marks closed but closes the file only at the last reference.
func (c *Shared) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0\\.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	c.refs--
	if c.refs > 0 {
		return nil
	}
	return c.f.Close()
}

// SharedLoop: SAFE as far as this function is concerned (leak, if any, is
// Close's business); recorded for reference.
func SharedLoop(name string) int {
	c, err := OpenShared(name)
	if err != nil {
		return 0
	}
	n := 0
	for c.Next() {
		n++
	}
	return n
}

// ---- Variant H: Next closes at the end, and also sets the flag itself
// from a computed (non-constant) value, without closing ----

type Exhaust2 struct {
	mu     sync.Mutex
	f      *os.File
	closed bool
	n      int
}

func OpenExhaust2(name string) (*Exhaust2, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Exhaust2{f: f}, nil
}

func (c *Exhaust2) Next() bool { // want Next:"keeps p0; closes p0\\.f"
	if c == nil {
		return false
	}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return false
	}
	c.n++
	if c.n > 5 {
		c.mu.Unlock()
		c.Close()
		return false
	}
	c.closed = c.n%2 == 0 // stops early, file still open
	c.mu.Unlock()
	return true
}

func (c *Exhaust2) Close() error { // want Close:"releases p0; nothing when zero; closes p0\\.f"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	return c.f.Close()
}

// Exhaust2Leak: LEAKS (the second Next returns false through the guard
// that Next itself armed; the file stays open).
func Exhaust2Leak(name string) int {
	c, err := OpenExhaust2(name) // want `c returned by OpenExhaust2 is not closed`
	if err != nil {
		return 0
	}
	n := 0
	for c.Next() {
		n++
	}
	return n
}

// DrainSome reads until a limit: it may stop with the feed open.
func (c *Feed) DrainSome(limit int) int { // want DrainSome:"closes p0\\.f"
	n := 0
	for c.Next() {
		n++
		if n >= limit {
			break
		}
	}
	return n
}

// DrainSomeLeak: LEAKS where limit is reached first.
func DrainSomeLeak(name string, limit int) int {
	c, err := OpenFeed(name) // want `c returned by OpenFeed is not closed`
	if err != nil {
		return 0
	}
	return c.DrainSome(limit)
}

// Drain reads to the end.
func (c *Feed) Drain() int { // want Drain:"releases p0; closes p0\\.f"
	n := 0
	for c.Next() {
		n++
	}
	return n
}

// SafeDrain: SAFE.
func SafeDrain(name string) int {
	c, err := OpenFeed(name)
	if err != nil {
		return 0
	}
	return c.Drain()
}
