package closures

import (
	"errors"
	"os"
)

type lockedQueue struct {
	lock *os.File
	data *os.File
	name string
}

func mustCreate(path string) *os.File {
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	return f
}

// SafeReopenUnderDeferredClose is fine: the deferred closure closes
// whatever q.lock holds when the function fails, the lock file created
// again after the first one was closed included.
func SafeReopenUnderDeferredClose(path string, broken bool) (*lockedQueue, error) {
	q := &lockedQueue{name: path}
	q.lock = mustCreate(path)
	mustClose := true
	defer func() {
		if mustClose {
			q.lock.Close()
		}
	}()
	if broken {
		q.lock.Close()
		q.lock = mustCreate(path)
		if path == "" {
			return nil, errors.New("bad path")
		}
	}
	if len(path) > 10 {
		return nil, errors.New("long path")
	}
	mustClose = false
	return q, nil
}

// LeakOtherField: the deferred closure closes q.lock, not q.data.
func LeakOtherField(path string) (*lockedQueue, error) {
	q := &lockedQueue{name: path}
	q.lock = mustCreate(path)
	mustClose := true
	defer func() {
		if mustClose {
			q.lock.Close()
		}
	}()
	q.data = mustCreate(path + ".data") // want `q.data returned by mustCreate is not closed on all paths`
	if len(path) > 10 {
		return nil, errors.New("long path")
	}
	mustClose = false
	return q, nil
}

// LeakBeforeDeferredClose returns before the deferred closure is
// registered.
func LeakBeforeDeferredClose(path string) (*lockedQueue, error) {
	q := &lockedQueue{name: path}
	q.lock = mustCreate(path) // want `q.lock returned by mustCreate is not closed on all paths`
	if len(path) > 10 {
		return nil, errors.New("long path")
	}
	mustClose := true
	defer func() {
		if mustClose {
			q.lock.Close()
		}
	}()
	if path == "" {
		return nil, errors.New("bad path")
	}
	mustClose = false
	return q, nil
}
