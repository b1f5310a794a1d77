// Package irepo gives iterators of ibase and inet as ibase.Iter.
package irepo

import (
	"net"
	"os"

	"review29/ibase"
	"review29/inet"
)

type Repo struct{ dir string }

func (r *Repo) Partial() (ibase.Iter, error) { // want Partial:`r0 is \*review29/ibase\.partial`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return ibase.NewPartial(f), nil
}

func (r *Repo) Full() (ibase.Iter, error) { // want Full:`r0 is \*review29/ibase\.full`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return ibase.NewFull(f), nil
}

func (r *Repo) Outer() (ibase.Iter, error) { // want Outer:`r0 is \*review29/ibase\.outer`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	g, err := os.Open(r.dir + "/g")
	if err != nil {
		f.Close()
		return nil, err
	}
	return ibase.NewOuter(f, g), nil
}

// Wrapped returns a wrap around a full, or a full.
func (r *Repo) Wrapped(extra bool) (ibase.Iter, error) { // want Wrapped:`r0 is \*review29/ibase\.full,\*review29/ibase\.wrap`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	it := ibase.NewFull(f)
	if !extra {
		return it, nil
	}
	g, err := os.Open(r.dir + "/g")
	if err != nil {
		it.Close()
		return nil, err
	}
	return ibase.NewWrap(it, g), nil
}

// Mixed returns a full iterator over a file, or one over a connection,
// whose ForEach does not close it.
func (r *Repo) Mixed(remote bool) (ibase.Iter, error) { // want Mixed:`r0 is \*review29/inet\.connIter,\*review29/ibase\.full`
	if remote {
		c, err := net.Dial("tcp", r.dir)
		if err != nil {
			return nil, err
		}
		return inet.New(c), nil
	}
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return ibase.NewFull(f), nil
}

// MaybeSlice returns a slice iterator or a full one, or nil.
func (r *Repo) MaybeSlice(mem bool, none bool) (ibase.Iter, error) { // want MaybeSlice:`r0 is \*review29/ibase\.slice,\*review29/ibase\.full`
	if none {
		return nil, nil
	}
	if mem {
		return ibase.NewSlice(nil), nil
	}
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return ibase.NewFull(f), nil
}

// PartialOrSlice: a slice iterator or a partial one.
func (r *Repo) PartialOrSlice(mem bool) (ibase.Iter, error) { // want PartialOrSlice:`r0 is \*review29/ibase\.slice,\*review29/ibase\.partial`
	if mem {
		return ibase.NewSlice(nil), nil
	}
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return ibase.NewPartial(f), nil
}

func (r *Repo) Value() (ibase.Iter, error) { // want Value:`r0 is review29/ibase\.value`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return ibase.NewValue(f), nil
}

// Local returns a type of irepo's own.
type own struct{ f *os.File }

func (it *own) Next() (string, error)               { return "", nil } // want Next:`nil r1`
func (it *own) ForEach(cb func(string) error) error { return nil }     // want ForEach:`nil r0`
func (it *own) Close()                              { it.f.Close() }   // want Close:`releases p0; nothing when zero; closes p0\.f`

// OwnOrFull returns irepo's own iterator, whose ForEach does not close,
// or a full one.
func (r *Repo) OwnOrFull(o bool) (ibase.Iter, error) { // want OwnOrFull:`r0 is \*own,\*review29/ibase\.full`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	if o {
		return &own{f: f}, nil
	}
	return ibase.NewFull(f), nil
}

// SliceOrFull returns a slice iterator or a full one.
func (r *Repo) SliceOrFull(mem bool) (ibase.Iter, error) { // want SliceOrFull:`r0 is \*review29/ibase\.slice,\*review29/ibase\.full`
	if mem {
		return ibase.NewSlice(nil), nil
	}
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return ibase.NewFull(f), nil
}

// WrapOnly returns a wrap around a full iterator.
func (r *Repo) WrapOnly() (ibase.Iter, error) { // want WrapOnly:`r0 is \*review29/ibase\.wrap`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	g, err := os.Open(r.dir + "/g")
	if err != nil {
		f.Close()
		return nil, err
	}
	return ibase.NewWrap(ibase.NewFull(f), g), nil
}
