package factsuse

// This file stores values through factsdep's atomic files: Cancel,
// another package's method that releases as Close does, ends the file
// where the write failed.

import "factsdep"

// SafeStore cancels the file where the write fails.
func SafeStore(name string, value []byte) error { // want SafeStore:"keeps p1"
	f, err := factsdep.NewAtomicFile(name)
	if err != nil {
		return err
	}
	if _, err := f.Write(value); err != nil {
		f.Cancel()
		return err
	}
	return f.Close()
}

// storeLeak forgets the file where the write fails.
func storeLeak(name string, value []byte) error { // want storeLeak:"keeps p1"
	f, err := factsdep.NewAtomicFile(name) // want `f returned by factsdep.NewAtomicFile is not closed on all paths: the return at line 29 is reached when err != nil at line 28 \(possible resource leak\)`
	if err != nil {
		return err
	}
	if _, err := f.Write(value); err != nil {
		return err
	}
	return f.Close()
}
