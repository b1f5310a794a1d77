// Package m: a caller starts a goroutine on the context of a dormant
// table it made, through a field of it rather than through the table:
// dropping the table leaves the goroutine waiting forever.
package m

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

func watch(ctx context.Context, name string) {
	<-ctx.Done()
	println(name, "done")
}

// LeakWatchedField starts watch on t's context, then drops t when the
// size is wrong.
// Missed once, and fixed since (c64bd5c makes newTable dormant, and startedHere does not
// follow loads of its fields; a chan-based dormant type has that gap at
// eafef27 too); reported at eafef27.
func LeakWatchedField(size int) (*table, error) {
	t, err := newTable(size) // want `t returned by newTable is not closed on all paths`
	if err != nil {
		return nil, err
	}
	go watch(t.ctx, "table")
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}

// LeakWatchedCopy starts a closure over a copy of t's context.
// Missed once, and fixed since (c64bd5c), as above; reported at eafef27.
func LeakWatchedCopy(size int) (*table, error) {
	t, err := newTable(size) // want `t returned by newTable is not closed on all paths`
	if err != nil {
		return nil, err
	}
	ctx := t.ctx
	go func() {
		<-ctx.Done()
	}()
	if size > 100 {
		return nil, errors.New("too large")
	}
	return t, nil
}
