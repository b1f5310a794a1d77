// Package ownflags probes rule 5 (forwardsOwnership, flagsOwnership): a
// flag returned beside a value that says whether the value is new.
package ownflags

import (
	"errors"
	"io"
	"os"
	"path/filepath"
)

func copyFrom(src, dir string) (bool, *os.File, error) { // want copyFrom:"r0 says r1 is new"
	in, err := os.Open(src)
	if err != nil {
		return false, nil, err
	}
	defer in.Close()
	out, err := os.CreateTemp(dir, "copy")
	if err != nil {
		return false, nil, err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return false, nil, err
	}
	return true, out, nil
}

func mustValid(f *os.File) {
	if st, err := f.Stat(); err != nil || st.Size() == 0 {
		panic("empty")
	}
}

// findRecover recovers a panic of mustValid: the recover block returns
// what the slots hold, found false with out open.
func findRecover(src, dir string) (found bool, out *os.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			found = false
		}
	}()
	out, err = os.CreateTemp(dir, "copy")
	if err != nil {
		return false, nil, err
	}
	mustValid(out)
	return true, out, nil
}

// RecoverLeak: LEAKS where mustValid panics (findRecover gives found
// false, a nil error and an open file).
func RecoverLeak(src, dir string) error {
	found, f, err := findRecover(src, dir) // want `f returned by findRecover is not closed`
	if err != nil {
		return err
	}
	if !found {
		return nil
	}
	return f.Close()
}

// swapped forwards copyFrom but swaps the meaning: it reports whether
// it did NOT find one.
func missing(src, dir string) (bool, *os.File, error) {
	found, f, err := copyFrom(src, dir)
	return !found, f, err
}

// SwapLeak: LEAKS where found (missing says false).
func SwapLeak(src, dir string) error {
	miss, f, err := missing(src, dir) // want `f returned by missing is not closed`
	if err != nil {
		return err
	}
	if miss {
		return f.Close() // f is nil here actually; ok
	}
	return nil
}

// retry forwards itself with another file where the first is short.
func retry(src, dir string, again bool) (bool, *os.File, error) { // want retry:"r0 says r1 is new"
	found, f, err := copyFrom(src, dir) // want `f returned by copyFrom is not closed`
	if err != nil {
		return false, nil, err
	}
	if found {
		if st, _ := f.Stat(); st != nil && st.Size() == 0 && again {
			return retry(filepath.Join(src, "alt"), dir, false) // drops f
		}
		return true, f, nil
	}
	return false, nil, nil
}

// DropInRetry: the function itself LEAKS f where it retries (reported
// in retry, not here).
func DropInRetry(src, dir string) error {
	found, f, err := retry(src, dir, true)
	if err != nil || !found {
		return err
	}
	return f.Close()
}

// viaPair returns a pair of a forwarded call and a different flag.
func viaPair(src, dir string, force bool) (bool, *os.File, error) {
	found, f, err := copyFrom(src, dir)
	if force {
		return false, f, err // forced: says false though f may be open
	}
	return found, f, err
}

// PairLeak: LEAKS where force is true and copyFrom found the file.
func PairLeak(src, dir string, force bool) error {
	found, f, err := viaPair(src, dir, force) // want `f returned by viaPair is not closed`
	if err != nil || !found {
		return err
	}
	return f.Close()
}

// rcNotNil returns f with f != nil, where f may be a cached (borrowed)
// file: the flag is true for it.
var cache *os.File

func cachedOrOpen(name string) (*os.File, bool) {
	if cache != nil {
		return cache, cache != nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, false
	}
	return f, f != nil
}

// SafeCached: SAFE-ish (closes when the flag says new; closing the cache
// is a bug, but no leak).
func SafeCached(name string) string {
	f, ok := cachedOrOpen(name) // want `f returned by cachedOrOpen is not closed`
	if !ok {
		return ""
	}
	defer f.Close()
	return f.Name()
}

var errNope = errors.New("nope")

// deferredFlag: a deferred closure flips the flag after the return
// statement set it.
func deferredFlag(name string) (ok bool, f *os.File, err error) {
	defer func() {
		if err == nil && f != nil {
			if st, _ := f.Stat(); st != nil && st.Size() == 0 {
				ok = false // flips the flag, keeps f
			}
		}
	}()
	f, err = os.Open(name)
	if err != nil {
		return false, nil, err
	}
	return true, f, nil
}

// DeferFlipLeak: LEAKS where the file is empty.
func DeferFlipLeak(name string) error {
	ok, f, err := deferredFlag(name) // want `f returned by deferredFlag is not closed`
	if err != nil || !ok {
		return err
	}
	return f.Close()
}
