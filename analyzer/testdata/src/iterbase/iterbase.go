// Package iterbase declares, for iterrepo and iteruse, iterators whose
// ForEach closes them when it ends.
package iterbase

import (
	"errors"
	"os"
)

type Iter interface {
	Next() (string, error)
	ForEach(func(string) error) error
	Close()
}

type fileIter struct{ f *os.File }

func (it *fileIter) Next() (string, error) { return "", errors.New("eof") } // want Next:"failing r1"

func (it *fileIter) ForEach(cb func(string) error) error { // want ForEach:`releases p0; closes p0\.f; gives r0 of p1\(\) as r0`
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

func (it *fileIter) Close() { it.f.Close() } // want Close:`releases p0; nothing when zero; closes p0\.f`

type filtered struct {
	base Iter
	keep func(string) bool
}

func NewFiltered(keep func(string) bool, base Iter) Iter { return &filtered{base: base, keep: keep} } // want NewFiltered:`keeps p0,p1; wraps p1 in r0; r0 is \*filtered`

func (it *filtered) Next() (string, error) { return it.base.Next() }

func (it *filtered) ForEach(cb func(string) error) error { // want ForEach:`releases p0; closes p0\.base; gives r0 of p1\(\) as r0`
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

func (it *filtered) Close() { it.base.Close() } // want Close:`releases p0; closes p0\.base`

func NewFile(f *os.File) Iter { return &fileIter{f: f} } // want NewFile:`keeps p0; wraps p0 in r0; r0 is \*fileIter`
