// Package orepo is ibase/irepo's outer and wrap with the types in the package
// that returns them (promoted methods).
package orepo

import (
	"errors"
	"os"
)

type Iter interface {
	Next() (string, error)
	ForEach(func(string) error) error
	Close()
}

type full struct{ f *os.File }

func (it *full) Next() (string, error) { return "", errors.New("eof") } // want Next:"failing r1"

func (it *full) ForEach(cb func(string) error) error { // want ForEach:`releases p0; closes p0\.f`
	defer it.Close()
	return nil
}

func (it *full) Close() { it.f.Close() } // want Close:`releases p0; nothing when zero; closes p0\.f`

type outer struct {
	*full
	g *os.File
}

func (o *outer) Close() { o.full.Close(); o.g.Close() } // want Close:`releases p0; closes p0\.full,p0\.g`

type wrap struct {
	Iter
	g *os.File
}

func (w *wrap) Close() { w.Iter.Close(); w.g.Close() } // want Close:`releases p0; closes p0\.Iter,p0\.g`

func Outer(a, b string) (Iter, error) { // want Outer:`r0 is \*outer`
	f, err := os.Open(a)
	if err != nil {
		return nil, err
	}
	g, err := os.Open(b)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &outer{full: &full{f: f}, g: g}, nil
}

func Wrapped(a, b string, extra bool) (Iter, error) { // want Wrapped:`r0 is \*full,\*wrap`
	f, err := os.Open(a)
	if err != nil {
		return nil, err
	}
	var it Iter = &full{f: f}
	if !extra {
		return it, nil
	}
	g, err := os.Open(b)
	if err != nil {
		it.Close()
		return nil, err
	}
	return &wrap{Iter: it, g: g}, nil
}
