// Package loops probes releasedOnNextTurn (holders.go): a loop variable
// that carries the file of the turn before into the turn that opens the
// next one.
package loops

import (
	"os"
	"path/filepath"
)

// FindStops returns on success in the middle of the walk: the deferred
// closure closes cur only where the walk fails, so the directory the turn
// before kept is lost there.
func FindStops(root string, parts []string, want string) (depth int, err error) {
	var cur *os.File
	defer func() {
		if err != nil && cur != nil {
			cur.Close()
		}
	}()
	for _, part := range parts {
		next, err := os.Open(filepath.Join(root, part)) /* LEAK: cur of the turn before, at the return below. Both builds report it (the nil guard keeps the rule off) */ // want `next returned by os\.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return 0, err
		}
		if part == want {
			next.Close()
			return depth, nil
		}
		if cur != nil {
			cur.Close()
		}
		cur = next
		depth++
	}
	if cur != nil {
		return depth, cur.Close()
	}
	return depth, nil
}

// ChainSafe closes the file of the turn before, nil-guarded, and the
// deferred closure closes the last one: safe. FALSE ALARM in both builds at
// line 54: releasedBeforeLost walks the CFG without path state, so the
// cur == nil branch stores into cur unreleased.
func ChainSafe(names []string) (err error) {
	var cur *os.File
	defer func() {
		if cur != nil {
			cur.Close()
		}
	}()
	for _, name := range names {
		f, err := os.Open(name) // want `f returned by os\.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return err
		}
		if cur != nil {
			cur.Close()
		}
		cur = f
	}
	return nil
}

// PrevSafe reads the old file out of the variable before it opens the
// next one and closes it after the swap: safe. FALSE ALARM in both builds
// (at the os.Open below): the store into cur comes before the close
// through the earlier load.
func PrevSafe(names []string) (err error) {
	var cur *os.File
	defer func() {
		if cur != nil {
			cur.Close()
		}
	}()
	for _, name := range names {
		prev := cur
		f, err := os.Open(name) // want `f returned by os\.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return err
		}
		cur = f
		if prev != nil {
			prev.Close()
		}
	}
	return nil
}

// RotateContinue skips the close of the old segment on a turn that only
// reopens it for appending: the old segment is overwritten unclosed.
func RotateContinue(dir string, segs []string, appendOnly func(string) bool) error {
	cur, err := os.Create(filepath.Join(dir, "head")) // want `cur returned by os\.Create is not closed on all paths`
	if err != nil {
		return err
	}
	defer func() { cur.Close() }()
	for _, s := range segs {
		f, err := os.OpenFile(filepath.Join(dir, s), os.O_RDWR|os.O_CREATE, 0o644) /* LEAK: cur when appendOnly(s). Both builds report it */ // want `f returned by os\.OpenFile is not closed before the loop acquires the next one here`
		if err != nil {
			return err
		}
		if appendOnly(s) {
			cur = f
			continue
		}
		cur.Close()
		cur = f
	}
	return nil
}

// SwapThroughClosure overwrites the variable through a closure that
// stores into it: the old file is lost on every turn.
func SwapThroughClosure(names []string) (err error) {
	var cur *os.File
	defer func() {
		if cur != nil {
			cur.Close()
		}
	}()
	set := func(f *os.File) { cur = f }
	for _, name := range names {
		f, err := os.Open(name) // LEAK: the old cur, dropped by set. Missed by both builds (not a regression)
		if err != nil {
			return err
		}
		set(f)
	}
	return nil
}

// SwapThroughPointer overwrites the variable through a pointer to it.
func SwapThroughPointer(names []string) (err error) {
	var cur *os.File
	defer func() {
		if cur != nil {
			cur.Close()
		}
	}()
	p := &cur
	for _, name := range names {
		f, err := os.Open(name) /* LEAK: the old cur, dropped by *p = f. Both builds report it */ // want `f returned by os\.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return err
		}
		if cur != nil && name == "" {
			cur.Close()
		}
		*p = f
	}
	return nil
}
