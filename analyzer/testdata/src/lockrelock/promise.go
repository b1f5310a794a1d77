// Package lockrelock hands a held lock to helpers that release it for a
// wait, take it again for a step and release it at return by a defer: the
// caller's lock is released, as if the helper unlocked it and returned.
package lockrelock

import (
	"context"
	"sync"
)

// A Promise computes its value once, in a goroutine.
type Promise struct {
	mu    sync.Mutex
	state int
	done  chan struct{}
	value any
}

func region(ctx context.Context, f func()) { f() } // want region:"releases p1"

// Get returns the value, starting its computation if it is idle, with
// p.mu held until a helper releases it.
func (p *Promise) Get(ctx context.Context) any { // want Get:"gives p0.value as r0"
	p.mu.Lock()
	switch p.state {
	case 0:
		return p.run(ctx)
	case 1:
		return p.wait(ctx)
	default:
		defer p.mu.Unlock()
		return p.value
	}
}

// run starts the computation in a goroutine, whose closure hands a
// closure of its own to a helper, and waits for it. p.mu must be held.
func (p *Promise) run(ctx context.Context) any { // want run:"unlocks p0.mu"
	p.state = 1
	p.done = make(chan struct{})
	go func() {
		region(ctx, func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			p.state = 2
			p.value = 1
			close(p.done)
		})
	}()
	return p.wait(ctx)
}

// wait releases p.mu while it waits, and takes it again to read the
// value, until it returns. p.mu must be held.
func (p *Promise) wait(ctx context.Context) any { // want wait:"unlocks p0.mu"
	done := p.done
	p.mu.Unlock()
	select {
	case <-done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.value
	case <-ctx.Done():
		p.mu.Lock()
		defer p.mu.Unlock()
		return nil
	}
}

// waitHolding takes the lock again and returns holding it where the
// context ends first.
func (p *Promise) waitHolding(ctx context.Context) any { // want waitHolding:"^borrows r0; gives p0.value as r0$"
	done := p.done
	p.mu.Unlock()
	select {
	case <-done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.value
	case <-ctx.Done():
		p.mu.Lock()
		return nil
	}
}

// LeakGet waits with waitHolding, which returns holding the lock.
func (p *Promise) LeakGet(ctx context.Context) any { // want LeakGet:"gives p0.value as r0"
	p.mu.Lock() // want `p.mu is locked at line \d+ and still held`
	if p.state == 1 {
		return p.waitHolding(ctx)
	}
	defer p.mu.Unlock()
	return p.value
}

// lockedAtReturn defers the unlock before it locks: it locks first.
func (p *Promise) lockedAtReturn() any { // want lockedAtReturn:"^borrows r0; gives p0.value as r0$"
	defer p.mu.Unlock()
	p.mu.Lock()
	return p.value
}

// LeakDeferFirst holds p.mu while it calls a helper that locks it again.
func (p *Promise) LeakDeferFirst() any { // want LeakDeferFirst:"gives p0.value as r0"
	p.mu.Lock() // want `p.mu is locked at line \d+ and still held`
	if p.state == 2 {
		return p.lockedAtReturn()
	}
	p.mu.Unlock()
	return nil
}

// waitEither releases p.mu to wait, and then defers the unlock of p.mu
// or of q.mu, as either says: with either set, p.mu stays held.
func (p *Promise) waitEither(q *Promise, either bool) any { // want waitEither:"gives p0.value as r0"
	done := p.done
	p.mu.Unlock()
	<-done
	p.mu.Lock()
	m := &p.mu
	if either {
		m = &q.mu
	}
	defer m.Unlock()
	return p.value
}

// LeakEither waits with waitEither, which may leave p.mu held.
func (p *Promise) LeakEither(q *Promise) any { // want LeakEither:"gives p0.value as r0"
	p.mu.Lock() // want `p.mu is locked at line \d+ and still held`
	if p.state == 1 {
		return p.waitEither(q, true)
	}
	defer p.mu.Unlock()
	return p.value
}
