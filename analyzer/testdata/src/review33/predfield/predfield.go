// Package predfield tests rule 1 (a method that says false for a nil
// error is an error predicate, also in errFailedBranch). The method
// isMiss tests errors.Is(err, c.errMiss): the target is a field of the
// receiver, which a cache configured without a miss error leaves nil,
// and errors.Is(nil, nil) is true. With errMiss nil, a successful open
// takes the "retry" branch, and the first file is replaced while open:
// openLeak SHOULD be reported. SafeOpen is the same code with a
// predicate whose target is a sentinel of another package
// (fs.ErrNotExist), and is fine.
//
// Base (30494aa): openLeak reported; SafeOpen also reported (false alarm). Head: isMiss gets the fact "false for nil p1" and the leak in openLeak is hidden by rule 1 (REAL leak missed; the same gap exists at base for a function isMiss(c, err), which rule 1 now extends to the methods where such a field target is natural); SafeOpen fine.
//
// Fixed since (round twenty-two): a target of errors.Is that is a field or an element may be nil: isMiss is no predicate, and openLeak is reported again; SafeOpen is still fine.
package predfield

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

type cache struct {
	dir string
	// errMiss is the error the backing store gives for a missing
	// entry; nil where the store has none.
	errMiss error
}

// isMiss says whether err is the store's miss error.
func (c *cache) isMiss(err error) bool {
	return errors.Is(err, c.errMiss)
}

// IsNotExist says whether err says a file does not exist.
func (c *cache) IsNotExist(err error) bool { // want IsNotExist:"false for nil p1"
	return errors.Is(err, fs.ErrNotExist)
}

// openLeak opens the entry, or creates it where it is missing.
func (c *cache) openLeak(name string) (*os.File, error) {
	p := filepath.Join(c.dir, name)
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if c.isMiss(err) {
		f, err = os.Create(p)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// SafeOpen is openLeak with a predicate that says false for a nil error.
func (c *cache) SafeOpen(name string) (*os.File, error) {
	p := filepath.Join(c.dir, name)
	f, err := os.Open(p)
	if c.IsNotExist(err) {
		f, err = os.Create(p)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}
