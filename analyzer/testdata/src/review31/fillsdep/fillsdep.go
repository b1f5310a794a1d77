// Package fillsdep is a journal whose Open keeps the file it opens, under
// its own mutex; OpenChecked keeps it and then may fail.
package fillsdep

import (
	"errors"
	"os"
	"sync"
)

type Journal struct {
	mu sync.Mutex
	f  *os.File
}

func New() *Journal { return &Journal{} } // want New:"empty r0"

func (j *Journal) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	return j.f.Close()
}

// Open keeps the file only where it succeeds.
func (j *Journal) Open(name string) error { // want Open:"fills p0 only on success"
	j.mu.Lock()
	defer j.mu.Unlock()
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	j.f = f
	return nil
}

// OpenChecked keeps the file, then fails where it is empty: the journal
// holds the file after a failed call.
func (j *Journal) OpenChecked(name string) (err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	j.f = f
	st, err := f.Stat()
	if err != nil {
		return
	}
	if st.Size() == 0 {
		err = errors.New("empty")
	}
	return
}
