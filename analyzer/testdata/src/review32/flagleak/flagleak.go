// Package flagleak tests rule 2 (closesFieldUnlessFlag): the deferred
// closure closes q.lock only "if failed", and on success the function
// clears the flag, but (unlike deferfields.SafeOpenQueue) q does not
// leave the function: the success path drops the lock file. successLeak
// SHOULD be reported. verboseLeak closes only under an unrelated
// variable flag and SHOULD be reported too. SafeQueue returns &q and is
// fine.
//
// Fixed since (round twenty-one): a flag counts only where the function sets it more than once, and a flagged close only where the struct leaves the function: both leaks are reported, SafeQueue is still fine.
package flagleak

import (
	"errors"
	"os"
)

type queue struct {
	dir  string
	lock *os.File
}

func check(dir string) error {
	if dir == "" {
		return errors.New("no dir")
	}
	return nil
}

func successLeak(dir string) error {
	var q queue
	q.dir = dir
	failed := true
	defer func() {
		if failed {
			q.lock.Close()
		}
	}()
	f, err := os.Create(dir + "/lock") // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	q.lock = f
	if err := check(dir); err != nil {
		return err
	}
	failed = false
	return nil // q.lock is never closed
}

func verboseLeak(dir string) error {
	var q queue
	verbose := os.Getenv("VERBOSE") != ""
	defer func() {
		if verbose {
			q.lock.Close()
		}
	}()
	f, err := os.Create(dir + "/lock") // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	q.lock = f
	return check(dir)
}

// SafeQueue is fine: on success q, with its lock, goes to the caller.
func SafeQueue(dir string) (*queue, error) {
	var q queue
	failed := true
	defer func() {
		if failed {
			q.lock.Close()
		}
	}()
	f, err := os.Create(dir + "/lock")
	if err != nil {
		return nil, err
	}
	q.lock = f
	if err := check(dir); err != nil {
		return nil, err
	}
	failed = false
	return &q, nil
}
