// Package dep returns interfaces whose concrete types its facts name,
// set in ways those facts must not trust: a closure, a deferred recover,
// an exported variable another package assigns. Programs from the review
// of the rule on concrete result types; use calls them.
package dep

import "errors"

// Collection starts with Start and stops with Close.
type Collection interface {
	Start() error
	Close() error
}

type collection struct{ stop chan struct{} }

func (c *collection) Start() error { return nil } // want Start:"nil r0; nothing when zero; nothing when nil"
func (c *collection) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

type flaky struct{ dir string }

func (f *flaky) Start() error { // want Start:"nothing when zero"
	if f.dir == "" {
		return errors.New("no dir")
	}
	return nil
}
func (f *flaky) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

// NewFlaky returns a collection whose Start may fail.
func NewFlaky(dir string) Collection { return &flaky{dir: dir} } // want NewFlaky:"borrows r0; r0 is \\*flaky"

// NewSwitched sets its named result again in a closure.
func NewSwitched(dir string) (c Collection) { // want NewSwitched:"borrows r0"
	c = &collection{}
	set := func() { c = &flaky{dir: dir} }
	if dir != "x" {
		set()
	}
	return c
}

func mayPanic(dir string) {
	if dir == "" {
		panic("no dir")
	}
}

// NewRecovered sets its named result again in a deferred closure.
func NewRecovered(dir string) (c Collection, err error) { // want NewRecovered:"borrows r0"
	defer func() {
		if r := recover(); r != nil {
			c, err = &flaky{dir: dir}, nil
		}
	}()
	c = &collection{}
	mayPanic(dir)
	return c, nil
}

// Default is assigned by importers.
var Default Collection = &collection{}

// NewDefault returns the package default.
func NewDefault() Collection { return Default } // want NewDefault:"borrows r0"

// NewLocalSet keeps its result in a variable that a closure sets.
func NewLocalSet(dir string) Collection { // want NewLocalSet:"borrows r0"
	var c Collection = &collection{}
	func() {
		if dir != "x" {
			c = &flaky{dir: dir}
		}
	}()
	return c
}

// Box is generic; its instance's Start may fail.
type Box[T any] struct {
	v    T
	fail bool
}

func (b *Box[T]) Start() error { // want Start:"nothing when zero"
	if b.fail {
		return errors.New("fail")
	}
	return nil
}
func (b *Box[T]) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

// NewBoxed returns a generic box or a collection.
func NewBoxed(fail bool) Collection { // want NewBoxed:"borrows r0"
	if fail {
		return &Box[int]{fail: true}
	}
	return &collection{}
}

// Embeds embeds an interface: its Start is whatever it holds.
type embeds struct{ Collection }

// NewEmbedding wraps a flaky collection.
func NewEmbedding(dir string) Collection { return &embeds{Collection: &flaky{dir: dir}} } // want NewEmbedding:"borrows r0; r0 is \\*embeds"

// valueColl has value-receiver methods; its Start fails on empty dir.
type valueColl struct{ dir string }

func (v valueColl) Start() error { // want Start:"nothing when zero"
	if v.dir == "" {
		return errors.New("no dir")
	}
	return nil
}
func (v valueColl) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero"

// NewValue returns a value and a pointer.
func NewValue(dir string, ptr bool) Collection { // want NewValue:"borrows r0; r0 is \\*valueColl,valueColl"
	if ptr {
		return &valueColl{dir: dir}
	}
	return valueColl{dir: dir}
}

// Through a method of a factory.
type Factory struct{ Dir string }

func (f Factory) New() Collection { return NewSwitched(f.Dir) } // want New:"borrows r0"
