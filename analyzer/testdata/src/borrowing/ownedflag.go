package borrowing

// This file returns a file beside a flag that says whether the caller
// owns it: a directory opened for the call, or one the receiver keeps
// open for all of them.

import (
	"errors"
	"os"
	"path/filepath"
)

type tree struct {
	root *os.File
}

// openParent returns the receiver's own root for a name in it, with
// false, and a directory it opens for any other name, with true.
func (t *tree) openParent(name string) (*os.File, string, bool, error) { // want openParent:"r2 says r0 is new; gives p0.root as r0"
	dir, base := filepath.Split(name)
	if dir == "" {
		if t.root == nil {
			return nil, "", false, errors.New("no root")
		}
		return t.root, base, false, nil
	}
	f, err := os.Open(dir)
	if err != nil {
		return nil, "", false, err
	}
	return f, base, true, nil
}

// SafeStatParent is fine: it closes the directory only where it owns it.
func (t *tree) SafeStatParent(name string) (string, error) { // want SafeStatParent:"closes p0.root"
	parent, base, owned, err := t.openParent(name)
	if err != nil {
		return "", err
	}
	if owned {
		defer parent.Close()
	}
	return base + parent.Name(), nil
}

// statParentLeak never closes the directory it owns.
func (t *tree) statParentLeak(name string) (string, error) {
	parent, base, owned, err := t.openParent(name) // want `parent returned by t.openParent is not closed before the return at line 55 \(possible resource leak\)`
	if err != nil {
		return "", err
	}
	if !owned {
		return base, nil
	}
	return base + parent.Name(), nil
}
