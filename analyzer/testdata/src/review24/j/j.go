// Package j: a closure made before the call that makes a table captures
// the variable the table is then put in, and starts the table when it is
// called, after the call. Dropping the started table leaks its goroutine.
package j

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

func (t *table) Refresh() { // want Refresh:"keeps p0; starts p0"
	go func() {
		<-t.ctx.Done()
	}()
}

func (t *table) Close() error { // want Close:"nil r0"
	t.ctxCancel()
	return nil
}

// LeakStartedLater starts the table through the closure, then drops it
// when the size is wrong.
// Missed once, and fixed since (c64bd5c: the closure over t's variable is made before
// the call, so startedHere no longer counts it); reported at eafef27.
func LeakStartedLater(size int) (*table, error) {
	var t *table
	refresh := func() { t.Refresh() }
	var err error
	t, err = newTable(size) // want `t returned by newTable is not closed on all paths`
	if err != nil {
		return nil, err
	}
	refresh()
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}
