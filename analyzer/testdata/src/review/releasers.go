package review

// This file acquires resources from functions that return, beside the
// resource, a function that releases it: conn, cleanup, err := open().

import (
	"errors"
	"os"
	"sync"
)

var errEmpty = errors.New("empty")

// openCleanup opens p and returns a cleanup that closes the file and
// unlocks mu, or, on every path where the file is set, one of two such
// closures.
func openCleanup(mu *sync.Mutex, p string, sync bool) (*os.File, func() error, error) { // want openCleanup:"keeps p0; r1 releases r0"
	mu.Lock()
	f, err := os.Open(p)
	if err != nil {
		mu.Unlock()
		return nil, nil, err
	}
	cleanup := func() error {
		mu.Unlock()
		return f.Close()
	}
	if sync {
		cleanup = func() error {
			defer mu.Unlock()
			f.Sync()
			return f.Close()
		}
	}
	return f, cleanup, nil
}

// SafeCleanupDeferred calls the cleanup in a deferred closure.
func SafeCleanupDeferred(mu *sync.Mutex, p string) (n int, err error) { // want SafeCleanupDeferred:"keeps p0"
	f, cleanup, err := openCleanup(mu, p, false)
	if err != nil {
		return 0, err
	}
	defer func() {
		err = errors.Join(err, cleanup())
	}()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	if st.Size() == 0 {
		return 0, errEmpty
	}
	return int(st.Size()), nil
}

// SafeCleanupDefer defers the cleanup itself.
func SafeCleanupDefer(mu *sync.Mutex, p string) error { // want SafeCleanupDefer:"keeps p0"
	f, cleanup, err := openCleanup(mu, p, true)
	if err != nil {
		return err
	}
	defer cleanup()
	_, err = f.Stat()
	return err
}

// cleanupSkipped calls the cleanup only when Stat succeeds.
func cleanupSkipped(mu *sync.Mutex, p string) error { // want cleanupSkipped:"keeps p0"
	f, cleanup, err := openCleanup(mu, p, false) // want `f returned by openCleanup is not closed on all paths: the return at line 75 is reached when err != nil at line 74`
	if err != nil {
		return err
	}
	if _, err := f.Stat(); err != nil {
		return err
	}
	return cleanup()
}

// openDone returns the file and its Close as a method value.
func openDone(p string) (*os.File, func() error, error) { // want openDone:"r1 releases r0"
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// SafeDone calls the method value that openDone returned.
func SafeDone(p string) (int64, error) {
	f, done, err := openDone(p)
	if err != nil {
		return 0, err
	}
	defer done()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// openRelease returns a func() that closes the file: a release callback.
func openRelease(p string) (*os.File, func(), error) { // want openRelease:"r1 releases r0"
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// releaseForgotten drops the release callback when Stat fails or the file
// is empty; the file it stands for leaks there.
func releaseForgotten(p string) error {
	f, release, err := openRelease(p) // want `f returned by openRelease is not closed on all paths: the return at line 121 is reached when err != nil at line 120`
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.Size() == 0 {
		return errEmpty
	}
	release()
	return nil
}

// SafeReleaseHandedOff returns the release callback to its caller.
func SafeReleaseHandedOff(p string) (*os.File, func(), error) { // want SafeReleaseHandedOff:"r1 releases r0"
	f, release, err := openRelease(p)
	if err != nil {
		return nil, nil, err
	}
	return f, release, nil
}
