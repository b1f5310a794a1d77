// Package use calls dep's constructors and leaks a file where the
// collection's Start can fail after all.
package use

import (
	"os"

	"soundness/review18/dep"
)

func lazyDirect(addr string) error {
	c := dep.NewLazy(addr) // want `c returned by dep.NewLazy is not closed`
	if err := c.Connect(); err != nil {
		return err
	}
	return c.Close()
}

func lazyClosure(addr string) error {
	c := dep.NewLazy(addr) // want `c returned by dep.NewLazy is not closed`
	connect := func() error { return c.Connect() }
	if err := connect(); err != nil {
		return err
	}
	return c.Close()
}

func given(path string, in dep.Collection) (*os.File, dep.Collection, error) { // want given:"keeps p1; borrows r1; returns p1 as r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.NewOrGiven(in)
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}
