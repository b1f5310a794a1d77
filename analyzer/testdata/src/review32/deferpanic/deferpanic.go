// Package deferpanic tests rule 2 where it should NOT apply: a deferred
// closure that closes q.f only when recover gives a panic, and one that
// closes q.g while the file is stored in q.f. panicLeak and otherLeak
// SHOULD be reported; SafeAlways (closure closes q.f on every path) is
// fine.
package deferpanic

import "os"

type pair struct {
	f, g *os.File
}

func work() error { return nil } // want work:"nil r0"

func panicLeak(a string) error {
	var q pair
	defer func() {
		if r := recover(); r != nil {
			q.f.Close()
			panic(r)
		}
	}()
	f, err := os.Open(a) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	q.f = f
	return work()
}

func otherLeak(a string) error {
	var q pair
	failed := true
	defer func() {
		if failed {
			q.g.Close()
		}
	}()
	f, err := os.Open(a) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	q.f = f
	if err := work(); err != nil {
		return err
	}
	failed = false
	return nil
}

// SafeAlways is fine: the deferred closure closes q.f on every path.
func SafeAlways(a string) error {
	var q pair
	defer func() {
		q.f.Close()
	}()
	f, err := os.Open(a)
	if err != nil {
		return err
	}
	q.f = f
	return work()
}
