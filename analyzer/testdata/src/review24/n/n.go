// Package n: a table with a context of its own, and a child of it with a
// deadline for its first load. Close cancels the root, which stops the
// child's timer; a dropped table keeps that timer until the deadline, as
// a table made with context.WithTimeout would. (A control: reported
// both, as eafef27 does.)
package n

import (
	"context"
	"errors"
	"time"
)

type table struct {
	size       int
	ctx        context.Context
	cancel     context.CancelFunc
	loadCtx    context.Context
	loadCancel context.CancelFunc
}

func newTable(size int) *table {
	t := &table{size: size}
	t.ctx, t.cancel = context.WithCancel(context.Background())
	t.loadCtx, t.loadCancel = context.WithTimeout(t.ctx, time.Hour)
	return t
}

func (t *table) Close() error { // want Close:"nil r0"
	t.cancel()
	return nil
}

func newTable2(size int) *table {
	ctx, cancel := context.WithCancel(context.Background())
	lctx, lcancel := context.WithTimeout(ctx, time.Hour)
	return &table{size: size, ctx: ctx, cancel: cancel, loadCtx: lctx, loadCancel: lcancel}
}

func LeakTimer(size int) (*table, error) {
	t := newTable(size) // want `t returned by newTable is not closed on all paths`
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}

func LeakTimer2(size int) (*table, error) {
	t := newTable2(size) // want `t returned by newTable2 is not closed on all paths`
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}
