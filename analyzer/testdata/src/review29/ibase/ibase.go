// Package ibase declares iterators that iuse meets only through irepo.
package ibase

import (
	"errors"
	"os"
)

type Iter interface {
	Next() (string, error)
	ForEach(func(string) error) error
	Close()
}

// partial closes itself in ForEach only when it reaches the end: a
// callback error returns with the file open.
type partial struct{ f *os.File }

func (it *partial) Next() (string, error) {
	if it.f == nil {
		return "", errors.New("eof")
	}
	return it.f.Name(), nil
}

func (it *partial) ForEach(cb func(string) error) error { // want ForEach:`keeps p0; closes p0\.f; gives r0 of p1\(\) as r0`
	for {
		s, err := it.Next()
		if err != nil {
			it.Close()
			return nil
		}
		if err := cb(s); err != nil {
			return err
		}
	}
}

func (it *partial) Close() { it.f.Close() } // want Close:`releases p0; nothing when zero; closes p0\.f`

func NewPartial(f *os.File) Iter { return &partial{f: f} } // want NewPartial:`keeps p0; wraps p0 in r0; r0 is \*partial`

// full closes itself in ForEach whatever happens.
type full struct{ f *os.File }

func (it *full) Next() (string, error) { return "", errors.New("eof") } // want Next:"failing r1"

func (it *full) ForEach(cb func(string) error) error { // want ForEach:`releases p0; closes p0\.f; gives r0 of p1\(\) as r0`
	defer it.Close()
	for {
		s, err := it.Next()
		if err != nil {
			return nil
		}
		if err := cb(s); err != nil {
			return err
		}
	}
}

func (it *full) Close() { it.f.Close() } // want Close:`releases p0; nothing when zero; closes p0\.f`

func NewFull(f *os.File) Iter { return &full{f: f} } // want NewFull:`keeps p0; wraps p0 in r0; r0 is \*full`

// outer embeds a *full, whose ForEach it promotes: that ForEach closes
// the inner file only, and leaves g, which outer's Close closes, open.
type outer struct {
	*full
	g *os.File
}

func (o *outer) Close() { o.full.Close(); o.g.Close() } // want Close:`releases p0; closes p0\.full,p0\.g`

func NewOuter(f, g *os.File) Iter { return &outer{full: &full{f: f}, g: g} } // want NewOuter:`keeps p0,p1; wraps p0 in r0; r0 is \*outer`

// wrap embeds an Iter, whose ForEach it promotes, and holds g too.
type wrap struct {
	Iter
	g *os.File
}

func (w *wrap) Close() { w.Iter.Close(); w.g.Close() } // want Close:`releases p0; closes p0\.Iter,p0\.g`

func NewWrap(it Iter, g *os.File) Iter { return &wrap{Iter: it, g: g} } // want NewWrap:`keeps p0,p1; wraps p0 in r0; r0 is \*wrap`

// slice holds nothing.
type slice struct{ s []string }

func (it *slice) Next() (string, error) { return "", errors.New("eof") } // want Next:"failing r1"

func (it *slice) ForEach(cb func(string) error) error { // want ForEach:`gives r0 of p1\(\) as r0`
	for _, s := range it.s {
		if err := cb(s); err != nil {
			return err
		}
	}
	return nil
}

func (it *slice) Close() {} // want Close:`releases nothing; nothing when zero; nothing when nil`

func NewSlice(s []string) Iter { return &slice{s: s} } // want NewSlice:`borrows r0; r0 is \*slice`

// value is a non-pointer iterator whose ForEach closes.
type value struct{ f *os.File }

func (it value) Next() (string, error) { return "", errors.New("eof") } // want Next:"failing r1"

func (it value) ForEach(cb func(string) error) error { // want ForEach:`releases p0; closes p0\.f`
	defer it.f.Close()
	return nil
}

func (it value) Close() { it.f.Close() } // want Close:`releases p0; nothing when zero; closes p0\.f`

func NewValue(f *os.File) Iter { return value{f: f} } // want NewValue:`keeps p0; wraps p0 in r0; r0 is value`
