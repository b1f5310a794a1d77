package ownedlocal

// This file: a value whose Close only cancels a context it made for
// itself from context.Background holds nothing until a method starts a
// goroutine on that context. Made and dropped, it leaks nothing.

import (
	"context"
	"errors"
	"sync"
	"time"
)

// table cancels its own context on Close; Refresh starts the goroutine
// that waits on it.
type table struct {
	size      int
	ctx       context.Context
	ctxCancel context.CancelFunc
	OnAdd     func(string)
}

func newTable(size int) (*table, error) { // want newTable:"dormant r0; nil r1"
	t := &table{size: size}
	t.ctx, t.ctxCancel = context.WithCancel(context.Background())
	return t, nil
}

func (t *table) Refresh() { // want Refresh:"keeps p0; starts p0"
	go func() {
		<-t.ctx.Done()
	}()
}

func (t *table) Close() error { // want Close:"nil r0"
	t.ctxCancel()
	return nil
}

// refresher waits for the goroutines its Start starts.
type refresher struct {
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	t      *table
}

func newRefresher(t *table) (*refresher, error) { // want newRefresher:"dormant r0; nil r1"
	ctx, cancel := context.WithCancel(context.Background())
	return &refresher{ctx: ctx, cancel: cancel, t: t}, nil
}

func (r *refresher) Close() error { // want Close:"nil r0"
	r.cancel()
	r.wg.Wait()
	return nil
}

// makeTable installs hooks over what it was given: still dormant.
func makeTable(size int, log func(string)) (*table, error) { // want makeTable:"dormant r0; nil r1"
	t, err := newTable(size)
	if err != nil {
		return nil, err
	}
	t.OnAdd = func(p string) { log("added " + p) }
	return t, nil
}

type node struct {
	t *table
	r *refresher
}

// SafeOwnContexts is fine: neither the table nor the refresher was
// started when the second constructor fails, and the table is given to
// the refresher only after it was made.
func SafeOwnContexts(size int, log func(string)) (*node, error) { // want SafeOwnContexts:"keeps p1"
	n := &node{}
	t, err := makeTable(size, log)
	if err != nil {
		return nil, err
	}
	n.t = t
	n.r, err = newRefresher(t)
	if err != nil {
		return nil, err
	}
	if size > 100 {
		return nil, errors.New("too large")
	}
	return n, nil
}

// LeakStartedTable leaks the goroutine that Refresh started when the
// refresher cannot be made.
func LeakStartedTable(size int) (*refresher, error) { // want LeakStartedTable:"dormant r0"
	t, err := newTable(size) // want `t returned by newTable is not closed on any path`
	if err != nil {
		return nil, err
	}
	t.Refresh()
	r, err := newRefresher(t)
	if err != nil {
		return nil, err
	}
	if size > 100 {
		return nil, errors.New("too large")
	}
	return r, nil
}

// timedTable's context has a deadline: its timer runs until Close.
type timedTable struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func newTimedTable() *timedTable {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	return &timedTable{ctx: ctx, cancel: cancel}
}

func (t *timedTable) Close() error { // want Close:"nil r0"
	t.cancel()
	return nil
}

// LeakTimedTable leaks the timer when the size is wrong.
func LeakTimedTable(size int) (*timedTable, error) {
	t := newTimedTable() // want `t returned by newTimedTable is not closed on all paths`
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}

// childTable's context is made from its caller's: its cancel unregisters
// it from the parent.
type childTable struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func newChildTable(parent context.Context) *childTable { // want newChildTable:"keeps p0"
	ctx, cancel := context.WithCancel(parent)
	return &childTable{ctx: ctx, cancel: cancel}
}

func (t *childTable) Close() error { // want Close:"nil r0"
	t.cancel()
	return nil
}

// LeakChildTable leaks the child context's registration with its parent.
func LeakChildTable(ctx context.Context, size int) (*childTable, error) { // want LeakChildTable:"keeps p0"
	t := newChildTable(ctx) // want `t returned by newChildTable is not closed on all paths`
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}
