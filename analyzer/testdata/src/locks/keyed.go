package locks

import "sync"

// entry is one lock of a table of locks by key.
type entry struct {
	mu      sync.Mutex
	waiters int
}

// KeyLock locks by key: Lock returns holding the key's lock, for the
// caller, who calls Unlock with the same key.
type KeyLock struct {
	mu   sync.Mutex
	keys map[string]*entry
}

// SafeLock is fine: it is the lock of a pair, and Unlock releases what
// it holds.
func (l *KeyLock) SafeLock(key string) error { // want SafeLock:"nil r0"
	l.mu.Lock()
	e, ok := l.keys[key]
	if !ok {
		e = new(entry)
		l.keys[key] = e
	}
	e.waiters++
	l.mu.Unlock()

	e.mu.Lock()
	return nil
}

func (l *KeyLock) Unlock(key string) {
	l.mu.Lock()
	e, ok := l.keys[key]
	l.mu.Unlock()
	if ok {
		e.mu.Unlock()
	}
}

// withKeyLeaky locks the key's entry to run f, and forgets to unlock when
// f fails.
func (l *KeyLock) withKeyLeaky(key string, f func() error) error { // want withKeyLeaky:"gives r0 of p2\\(\\) as r0"
	l.mu.Lock()
	e := l.keys[key]
	l.mu.Unlock()
	e.mu.Lock() // want `l.keys\[key\].mu is locked at line \d+ and still held at the return at line \d+`
	if err := f(); err != nil {
		return err
	}
	e.mu.Unlock()
	return nil
}

// Gate has a table of locks too, but no method that only unlocks one.
type Gate struct {
	mu   sync.Mutex
	keys map[string]*entry
}

// enterLeaky returns holding the entry's lock, and nothing can release
// it.
func (g *Gate) enterLeaky(key string) {
	g.mu.Lock()
	e, ok := g.keys[key]
	if !ok {
		e = new(entry)
		g.keys[key] = e
	}
	g.mu.Unlock()
	e.mu.Lock() // want `the mutex.mu is locked at line \d+ and still held at the end of the function`
	e.waiters++
}

func (g *Gate) count(key string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	e := g.keys[key]
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.waiters
}

// Shards keeps two tables of entries; release unlocks an entry of the old
// one, which is no pair for a lock of the current one.
type Shards struct {
	mu  sync.Mutex
	cur map[string]*entry
	old map[string]*entry
}

func (s *Shards) acquireLeaky(key string) {
	s.mu.Lock()
	e, ok := s.cur[key]
	if !ok {
		e = new(entry)
		s.cur[key] = e
	}
	s.mu.Unlock()
	e.mu.Lock() // want `the mutex.mu is locked at line \d+ and still held at the end of the function`
}

func (s *Shards) release(key string) {
	s.mu.Lock()
	e, ok := s.old[key]
	s.mu.Unlock()
	if ok {
		e.mu.Unlock()
	}
}
