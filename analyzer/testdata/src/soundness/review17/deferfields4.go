package review17

import (
	"errors"
	"os"
)

// LeakValuePanicOnly: the struct is a local variable (not a pointer);
// the closure closes its lock only when a panic unwinds, so the error
// return leaks the lock. (For the uncommitted extension of rule 5 to
// struct variables in the working tree.)
func LeakValuePanicOnly(path string) (*os.File, error) {
	var s store
	defer func() {
		if r := recover(); r != nil {
			s.lock.Close()
			panic(r)
		}
	}()
	s.lock = create(path) // want `not closed`
	if len(path) > 3 {
		return nil, errors.New("bad")
	}
	return s.lock, nil
}
