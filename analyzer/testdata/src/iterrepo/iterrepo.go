// Package iterrepo returns, as an interface, iterators of iterbase, a
// package its importers may not import themselves.
package iterrepo

import (
	"iterbase"
	"os"
)

type Repo struct{ dir string }

func (r *Repo) iter() (iterbase.Iter, error) { // want iter:`r0 is \*iterbase\.fileIter`
	f, err := os.Open(r.dir)
	if err != nil {
		return nil, err
	}
	return iterbase.NewFile(f), nil
}

func (r *Repo) Tags() (iterbase.Iter, error) { // want Tags:`r0 is \*iterbase\.filtered`
	it, err := r.iter()
	if err != nil {
		return nil, err
	}
	return iterbase.NewFiltered(func(s string) bool { return s != "" }, it), nil
}
