// Package loopdecls probes rule 11 (d129c83): running a variable's
// declaration again in a loop leaves the old variable's value to the
// deferred closure that captured it.
package loopdecls

import (
	"io"
	"os"
)

// LeakCloseOnError defers, per turn, a closure that closes the turn's
// file only when the function fails: on success every file stays open.
func LeakCloseOnError(targets []string, src io.Reader) (retErr error) {
	for _, t := range targets {
		var f *os.File
		if t == "-" {
			f = os.Stdout
		} else {
			var err error
			f, err = os.Create(t) // want `f returned by os\.Create is not closed`
			if err != nil {
				return err
			}
			defer func() {
				if retErr != nil {
					f.Close()
				}
			}()
		}
		if _, err := io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}

// LeakFirstOnly defers the close in the first turn only: the later
// turns' files stay open.
func LeakFirstOnly(targets []string, src io.Reader) error {
	for i, t := range targets {
		var f *os.File
		if t == "-" {
			f = os.Stdout
		} else {
			var err error
			f, err = os.Create(t) // want `f returned by os\.Create is not closed`
			if err != nil {
				return err
			}
			if i == 0 {
				defer func() { _ = f.Close() }()
			}
		}
		if _, err := io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}

// LeakResetByHelper defers the close, then a helper closure of the same
// turn swaps standard output into f: the closure closes standard output
// and the file stays open.
func LeakResetByHelper(targets []string, src io.Reader) error {
	for _, t := range targets {
		var f *os.File
		toStdout := func() { f = os.Stdout }
		if t == "-" {
			toStdout()
		} else {
			var err error
			f, err = os.Create(t) // want `f returned by os\.Create is not closed`
			if err != nil {
				return err
			}
			defer func() { _ = f.Close() }()
			if len(t) > 64 {
				toStdout()
			}
		}
		if _, err := io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}

// LeakSwapLater registers, per turn, a closure that the next turn calls
// to swap the old turn's f for standard output.
func LeakSwapLater(targets []string, src io.Reader) error {
	var swapPrev func()
	for _, t := range targets {
		if swapPrev != nil {
			swapPrev()
		}
		var f *os.File
		if t == "-" {
			f = os.Stdout
		} else {
			var err error
			f, err = os.Create(t)
			if err != nil {
				return err
			}
			defer func() { _ = f.Close() }()
		}
		swapPrev = func() { f = os.Stdout }
		if _, err := io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}
