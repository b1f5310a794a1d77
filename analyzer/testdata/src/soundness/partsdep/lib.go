package partsdep

// This package declares a pair of files whose Close closes both.

import "os"

// Pair holds a data file and its index.
type Pair struct {
	Data  *os.File
	Index *os.File
}

// Open opens both files.
func Open(p string) (*Pair, error) {
	d, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	i, err := os.Open(p + ".idx")
	if err != nil {
		d.Close()
		return nil, err
	}
	return &Pair{Data: d, Index: i}, nil
}

// Close closes both files.
func (p *Pair) Close() error { // want Close:"releases p0; nothing when zero; closes p0.Data,p0.Index"
	p.Index.Close()
	return p.Data.Close()
}
