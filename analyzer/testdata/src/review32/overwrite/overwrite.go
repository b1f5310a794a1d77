// Package overwrite tests rule 2 (closedByDeferredClosure): a deferred
// closure closes q.f, whatever it holds at return; but the function stores
// into q.f twice (overwriteLeak), stores nil after (nilLeak) or stores in a
// loop (loopLeak), so earlier files are dropped without being closed.
// These leaks are REAL and leakvet SHOULD report them.
// SafeReopen, which closes the old file before storing the new one, is
// fine.
//
// Fixed since (round twenty-one): a store into the field counts only where no other store into it may follow: the three leaks are reported, and SafeReopen is still fine.
package overwrite

import "os"

type pair struct {
	f *os.File
	n int
}

func overwriteLeak(a, b string) error {
	var q pair
	defer func() {
		q.f.Close()
	}()
	f1, err := os.Open(a) // want `f1 returned by os.Open is not closed`
	if err != nil {
		return err
	}
	q.f = f1
	f2, err := os.Open(b)
	if err != nil {
		return err
	}
	q.f = f2 // f1 is lost here
	q.n++
	return nil
}

func nilLeak(a string) error {
	var q pair
	defer func() {
		q.f.Close()
	}()
	f, err := os.Open(a) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	q.f = f
	q.n++
	q.f = nil // f is lost here
	return nil
}

// SafeReopen is fine: it closes the first file before storing the second.
func SafeReopen(a, b string) error {
	var q pair
	defer func() {
		q.f.Close()
	}()
	f1, err := os.Open(a)
	if err != nil {
		return err
	}
	q.f = f1
	q.f.Close()
	f2, err := os.Open(b)
	if err != nil {
		return err
	}
	q.f = f2
	return nil
}

// loopLeak keeps only the last file in q.f: every other one is dropped.
func loopLeak(names []string) error {
	var q pair
	defer func() {
		q.f.Close()
	}()
	for _, n := range names {
		f, err := os.Open(n) // want `f returned by os.Open is not closed`
		if err != nil {
			return err
		}
		q.f = f
		q.n++
	}
	return nil
}
