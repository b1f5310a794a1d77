package partsuse

// This file closes one part of a value whose Close closes two.

import (
	"os"

	"soundness/partsdep"
)

// ReadData closes only the data file: the index file leaks.
func ReadData(p string) error {
	pr, err := partsdep.Open(p) // want `pr returned by partsdep.Open is not closed`
	if err != nil {
		return err
	}
	defer pr.Data.Close()
	_, err = pr.Data.Stat()
	return err
}

type pair struct {
	Data  *os.File
	Index *os.File
}

// open opens both files of a local pair.
func open(p string) (*pair, error) {
	d, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	i, err := os.Open(p + ".idx")
	if err != nil {
		d.Close()
		return nil, err
	}
	return &pair{Data: d, Index: i}, nil
}

// Close closes both files.
func (p *pair) Close() error { // want Close:"releases p0; nothing when zero; closes p0.Data,p0.Index"
	p.Index.Close()
	return p.Data.Close()
}

// ReadDataLocal closes only the data file of a local pair, which the
// analysis of a type of its own package does not tell from a release.
func ReadDataLocal(p string) error {
	pr, err := open(p)
	if err != nil {
		return err
	}
	defer pr.Data.Close()
	_, err = pr.Data.Stat()
	return err
}
