package loopturns

import "os"

// WalkSafe walks down a path one directory at a time. Each turn closes
// the directory that the turn before opened before it keeps the new one;
// a turn that opens the same directory again closes the copy and keeps
// the old one; a deferred closure closes the last one where the walk
// fails. No turn loses a directory.
func WalkSafe(root string, parts []string) (dir *os.File, err error) {
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
		if part == "/" {
			top, err := os.Open(root)
			if err != nil {
				return nil, err
			}
			cur.Close()
			cur = top
			continue
		}
		next, err := os.Open(cur.Name() + "/" + part)
		if err != nil {
			return nil, err
		}
		if part == "." {
			next.Close()
			continue
		}
		cur.Close()
		cur = next
	}
	return cur, nil
}

// WalkLeak keeps the new directory without closing the old one on one
// turn: the directory opened by the turn before is lost.
func WalkLeak(root string, parts []string) (dir *os.File, err error) {
	cur, err := os.Open(root) // want `cur returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	defer func() {
		if dir == nil {
			cur.Close()
		}
	}()
	for _, part := range parts {
		next, err := os.Open(cur.Name() + "/" + part) // want `next returned by os.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return nil, err
		}
		if part == "skip" {
			cur = next
			continue
		}
		cur.Close()
		cur = next
	}
	return cur, nil
}
