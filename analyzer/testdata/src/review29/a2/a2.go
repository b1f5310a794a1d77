// Package a2 replaces dep's variables itself: calls through them may run
// anything.
package a2

import (
	"os"

	"review29/dep"
)

// Replace sets dep.Open to os.Open.
func Replace() { dep.Open = os.Open }

func init() { dep.Named = os.Open }

func setPtr(p *func(string) (*os.File, error)) { *p = os.Open }

func Replace2() { setPtr(&dep.GenCached2) }

var swap = func() { dep.Lit = os.Open }

func B1(p string) error {
	f, err := dep.Open(p) // want `f returned by dep.Open is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

func B2(p string) error {
	f, err := dep.Named(p) // want `f returned by dep.Named is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

func B3(p string) error {
	f, err := dep.GenCached2(p) // want `f returned by dep.GenCached2 is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// the store is in a package-level function literal (swap), which globalAssigned does not walk.
func B4(p string) error {
	f, err := dep.Lit(p) // want `f returned by dep.Lit is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}
