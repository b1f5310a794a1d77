// Package k: tables made in a loop and started through the variable that
// keeps the last one, on the next turn of the loop, before the call that
// makes the next. (A control: reported both leaks.)
package k

import (
	"context"
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

// LeakPrevious starts the previous table at the top of each turn, and
// drops it when the next cannot be made, or when the next replaces it.
func LeakPrevious(sizes []int) (*table, error) { // want LeakPrevious:"nil r1"
	var last *table
	for _, s := range sizes {
		if last != nil {
			last.Refresh()
		}
		t, err := newTable(s) // want `t returned by newTable is not closed`
		if err != nil {
			return nil, err
		}
		last = t
	}
	return last, nil
}

// LeakStartedAlias starts the table through an alias made after the call
// in the same turn, and drops it on the next.
func LeakStartedAlias(sizes []int) error { // want LeakStartedAlias:"nil r0"
	for _, s := range sizes {
		t, err := newTable(s) // want `t returned by newTable is not closed`
		if err != nil {
			return err
		}
		alias := t
		alias.Refresh()
	}
	return nil
}

// SafeLoop closes each table it started.
func SafeLoop(sizes []int) error { // want SafeLoop:"nil r0"
	for _, s := range sizes {
		t, err := newTable(s)
		if err != nil {
			return err
		}
		t.Refresh()
		t.Close()
	}
	return nil
}
