// Package h: a table made with a context of its own, whose Attach
// replaces that context with a child of the caller's, setting the cancel
// field through a pointer that a helper fills. The table's Close is then
// what unregisters the child from its parent: dropping an attached table
// leaks the child until the parent is done.
package h

import (
	"context"
	"errors"
)

type table struct {
	size   int
	ctx    context.Context
	cancel context.CancelFunc
}

// Once wrongly "dormant r0" (c64bd5c, fixed since): privateCancels sees only the
// stores into the field, not the one through &t.cancel in link.
func newTable(size int) *table {
	t := &table{size: size}
	t.ctx, t.cancel = context.WithCancel(context.Background())
	return t
}

func (t *table) Close() error { // want Close:"nil r0"
	t.cancel()
	return nil
}

// link derives a child of parent and keeps its cancel in *cancel.
func link(parent context.Context, cancel *context.CancelFunc) context.Context { // want link:"keeps p0"
	ctx, c := context.WithCancel(parent)
	*cancel = c
	return ctx
}

// Attach makes t's context a child of parent.
func (t *table) Attach(parent context.Context) { // want Attach:"keeps p1"
	t.cancel()
	t.ctx = link(parent, &t.cancel)
}

// LeakAttached drops the attached table when the size is wrong: its
// child context stays registered with ctx.
// Missed once, and fixed since (c64bd5c); reported at eafef27.
func LeakAttached(ctx context.Context, size int) (*table, error) { // want LeakAttached:"keeps p0"
	t := newTable(size) // want `t returned by newTable is not closed on all paths`
	t.Attach(ctx)
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}
