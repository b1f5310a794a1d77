// Package i: a node starts its loop before it makes its table; the loop
// waits until the table is ready, then waits on the table's context.
// Once ready, the table is started: dropping it leaves the loop waiting
// forever. The go statement runs before the call that makes the table,
// but what it starts runs after it.
package i

import (
	"context"
	"errors"
)

type table struct {
	size      int
	ctx       context.Context
	ctxCancel context.CancelFunc
}

func newTable(size int) (*table, error) { // want newTable:"dormant r0; nil r1"
	t := &table{size: size}
	t.ctx, t.ctxCancel = context.WithCancel(context.Background())
	return t, nil
}

func (t *table) Close() error { // want Close:"nil r0"
	t.ctxCancel()
	return nil
}

type node struct {
	ready chan struct{}
	t     *table
}

// loop waits for the table, then for its end.
func (n *node) loop() {
	<-n.ready
	<-n.t.ctx.Done()
}

// LeakLoop leaves the loop waiting on the table it drops when the size
// is wrong.
// Missed once, and fixed since (c64bd5c makes newTable dormant); reported at eafef27.
// The go statement runs before the call, but moving it after the call
// does not help: startedHere does not see starts through the struct that
// holds the table (a gap a chan-based dormant type has at eafef27 too).
func LeakLoop(size int) (*node, error) {
	n := &node{ready: make(chan struct{})}
	go n.loop()
	t, err := newTable(size) // want `t returned by newTable is not closed on all paths`
	if err != nil {
		return nil, err
	}
	n.t = t
	close(n.ready)
	if size > 100 {
		return nil, errors.New("too large")
	}
	return n, nil
}
