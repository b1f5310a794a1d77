package wrappers

// This file builds two new values that point at each other through
// fields that their Close methods never reach: deciding what each holds
// must not look into the other without end.

import "os"

type snapshot struct {
	f     *os.File
	owner *linkedHandle // not reached by Close
}

func (s *snapshot) Close() error { return s.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

type linkedHandle struct {
	f    *os.File
	snap *snapshot // not reached by Close
}

func (h *linkedHandle) Close() error { return h.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// openLinked returns a handle that owns a new file, and a snapshot of it
// that points back at the handle.
func openLinked(name string) (*linkedHandle, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	g, err := os.Open(name)
	if err != nil {
		f.Close()
		return nil, err
	}
	h := &linkedHandle{f: f}
	s := &snapshot{f: g, owner: h}
	h.snap = s
	return h, nil
}

// linkedLeak drops the handle that openLinked returns.
func linkedLeak(name string) error {
	h, err := openLinked(name) // want `h returned by openLinked is not closed before the return at line 48`
	if err != nil {
		return err
	}
	_ = h.snap
	return nil
}
