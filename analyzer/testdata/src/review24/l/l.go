// Package l: a table with a context of its own that its constructor ties
// to the caller's context with context.AfterFunc: the registration stays
// with the parent until the table's Close stops it. (A control:
// both reported, as at eafef27.)
package l

import (
	"context"
	"errors"
)

type table struct {
	size   int
	ctx    context.Context
	cancel context.CancelFunc
	stop   func() bool
}

func newTable(parent context.Context, size int) *table { // want newTable:"keeps p0"
	t := &table{size: size}
	t.ctx, t.cancel = context.WithCancel(context.Background())
	t.stop = context.AfterFunc(parent, t.cancel)
	return t
}

func (t *table) Close() error { // want Close:"nil r0"
	t.stop()
	t.cancel()
	return nil
}

func newTable2(parent context.Context, size int) *table { // want newTable2:"keeps p0"
	ctx, cancel := context.WithCancel(context.Background())
	context.AfterFunc(parent, cancel)
	return &table{size: size, ctx: ctx, cancel: cancel}
}

func LeakTied(ctx context.Context, size int) (*table, error) { // want LeakTied:"keeps p0"
	t := newTable(ctx, size) // want `t returned by newTable is not closed on all paths`
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}

func LeakTied2(ctx context.Context, size int) (*table, error) { // want LeakTied2:"keeps p0"
	t := newTable2(ctx, size) // want `t returned by newTable2 is not closed on all paths`
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}
