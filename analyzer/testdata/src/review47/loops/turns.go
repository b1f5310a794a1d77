package loops

import (
	"errors"
	"log"
	"os"
	"path/filepath"
)

// WalkSafe2 is the shape the rule was made for: each turn closes the
// directory of the turn before, and a deferred closure closes the last one
// where the walk fails. Safe.
func WalkSafe2(root string, parts []string) (dir *os.File, err error) {
	cur, err := os.Open(root)
	if err != nil {
		return nil, err
	}
	defer func() {
		if dir == nil {
			cur.Close()
		}
	}()
	for _, part := range parts {
		next, err := os.Open(filepath.Join(cur.Name(), part))
		if err != nil {
			return nil, err
		}
		cur.Close()
		cur = next
	}
	return cur, nil
}

// FindStop returns success from the middle of the walk: the deferred
// closure closes cur only on failure, so the directory the turn before
// kept stays open.
func FindStop(root string, parts []string, want string) (depth int, err error) {
	cur, err := os.Open(root)
	if err != nil {
		return 0, err
	}
	defer func() {
		if err != nil {
			cur.Close()
		}
	}()
	for _, part := range parts {
		next, err := os.Open(filepath.Join(cur.Name(), part)) /* LEAK: cur kept by the turn before is open at the return of line 54. MISSED by be3a333, reported since its narrowing; (old build reports it here: the conditional deferred close counts as armed) */ // want `next returned by os\.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return 0, err
		}
		if part == want {
			next.Close()
			return depth, nil
		}
		cur.Close()
		cur = next
		depth++
	}
	return depth, cur.Close()
}

// RotateFlush closes the old segment through a closure that gives up
// where Sync fails; the loop logs that and keeps going with the new
// segment: the old one stays open.
func RotateFlush(dir string, segs []string) error {
	cur, err := os.Create(filepath.Join(dir, "head"))
	if err != nil {
		return err
	}
	defer func() { cur.Close() }()
	flush := func() error {
		if err := cur.Sync(); err != nil {
			return err
		}
		return cur.Close()
	}
	for _, s := range segs {
		f, err := os.Create(filepath.Join(dir, s)) // LEAK: cur where flush's Sync fails. Missed by both builds (not a regression)
		if err != nil {
			return err
		}
		if err := flush(); err != nil {
			log.Printf("rotate: %v", err)
		}
		cur = f
	}
	return nil
}

// closeIfSynced closes f only where its data reached the disk.
func closeIfSynced(f *os.File) error { // want closeIfSynced:"keeps p0"
	if err := f.Sync(); err != nil {
		return err
	}
	return f.Close()
}

// RotateHelper is RotateFlush with a helper function instead of a
// closure.
func RotateHelper(dir string, segs []string) error {
	cur, err := os.Create(filepath.Join(dir, "head"))
	if err != nil {
		return err
	}
	defer func() { cur.Close() }()
	for _, s := range segs {
		f, err := os.Create(filepath.Join(dir, s)) /* LEAK: cur where closeIfSynced's Sync fails. MISSED by be3a333, reported since its narrowing; (old build reports it: closeIfSynced "keeps p0", a hand-off, counts as the release) */ // want `f returned by os\.Create is not closed before the loop acquires the next one here`
		if err != nil {
			return err
		}
		if err := closeIfSynced(cur); err != nil {
			log.Printf("rotate: %v", err)
		}
		cur = f
	}
	return nil
}

// RotateCond closes the old segment only where it is not the shared
// head; where it is, it is reassigned anyway and lost.
func RotateCond(dir string, segs []string) error {
	cur, err := os.Create(filepath.Join(dir, "head")) // want `cur returned by os\.Create is not closed on all paths`
	if err != nil {
		return err
	}
	defer func() { cur.Close() }()
	for _, s := range segs {
		f, err := os.Create(filepath.Join(dir, s)) /* LEAK: cur where it is the head. Both builds report it */ // want `f returned by os\.Create is not closed before the loop acquires the next one here`
		if err != nil {
			return err
		}
		if filepath.Base(cur.Name()) != "head" {
			cur.Close()
		}
		cur = f
	}
	return nil
}

// PhiLeak holds the old file in a φ-node (no closure captures it) and
// breaks out of the loop on a sentinel without closing it.
func PhiLeak(names []string) (int, error) {
	cur, err := os.Open(names[0]) // want `cur returned by os\.Open is not closed on all paths`
	if err != nil {
		return 0, err
	}
	n := 0
	for _, name := range names[1:] {
		f, err := os.Open(name) // LEAK: the cur of the turn before, at the return of line 157. Missed by both builds (carried, older rule); line 144 reports only the first turn's cur
		if err != nil {
			cur.Close()
			return n, err
		}
		if name == "end" {
			f.Close()
			return n, errors.New("sentinel")
		}
		cur.Close()
		cur = f
		n++
	}
	return n, cur.Close()
}

// OpenLast returns the last directory as soon as it is open: the
// deferred closure closes cur only where no directory is returned, so the
// directory the turn before kept stays open on success.
func OpenLast(root string, parts []string) (dir *os.File, err error) {
	cur, err := os.Open(root)
	if err != nil {
		return nil, err
	}
	defer func() {
		if dir == nil {
			cur.Close()
		}
	}()
	for i, part := range parts {
		next, err := os.Open(filepath.Join(cur.Name(), part)) /* LEAK: cur kept by the turn before, at the return of line 185. MISSED by be3a333, reported since its narrowing; (old build reports it: dir != nil there, the deferred closure does not close cur) */ // want `next returned by os\.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return nil, err
		}
		if i == len(parts)-1 {
			return next, nil
		}
		cur.Close()
		cur = next
	}
	return cur, nil
}
