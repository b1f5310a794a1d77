// Package gbase declares an iterator type that embeds an instance of a
// generic one, whose methods it promotes.
package gbase

import (
	"errors"
	"os"
)

type Iter interface {
	Next() (string, error)
	ForEach(func(string) error) error
	Close()
}

type base[T any] struct{ f *os.File }

func (b *base[T]) Next() (string, error) { return "", errors.New("eof") } // want Next:"failing r1"

func (b *base[T]) ForEach(cb func(string) error) error { // want ForEach:`releases p0; closes p0\.f`
	defer b.Close()
	return nil
}

func (b *base[T]) Close() { b.f.Close() } // want Close:`releases p0; nothing when zero; closes p0\.f`

type strIter struct{ *base[string] }

func New(f *os.File) Iter { return &strIter{&base[string]{f: f}} } // want New:`keeps p0; wraps p0 in r0; r0 is \*strIter`

// leaky embeds the instance and holds g, which its ForEach leaves open.
type leaky struct {
	*base[string]
	g *os.File
}

func (l *leaky) Close() { l.base.Close(); l.g.Close() } // want Close:`releases p0; closes p0\.base,p0\.g`

func NewLeaky(f, g *os.File) Iter { return &leaky{&base[string]{f: f}, g} } // want NewLeaky:`keeps p0,p1; wraps p0 in r0; r0 is \*leaky`
