package emptydep

import (
	"os"
	"sync"
)

// Journal appends to a file that it opens only when asked to.
type Journal struct {
	mu   sync.Mutex
	path string
	perm os.FileMode
	sync bool
	fh   *os.File
}

// NewJournal makes a journal that holds no file yet.
func NewJournal(path string) *Journal { // want NewJournal:"empty r0"
	return &Journal{path: path, perm: 0o600}
}

// Open opens the file; it keeps it only where it succeeds.
func (j *Journal) Open() error { // want Open:"fills p0 only on success"
	fh, err := os.OpenFile(j.path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, j.perm)
	if err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.fh = fh
	return nil
}

// Close closes the file, if the journal holds one, under the journal's
// own mutex.
func (j *Journal) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.fh"
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.fh == nil {
		return nil
	}
	err := j.fh.Close()
	j.fh = nil
	return err
}

// Shutdown closes the journal.
func (j *Journal) Shutdown() error { return j.Close() } // want Shutdown:"releases p0; nothing when zero; closes p0.fh"

// A ReopenOption may give the journal its file.
type ReopenOption func(*Journal) error

// WithFile gives the journal an open file.
func WithFile(fh *os.File) ReopenOption { // want WithFile:"keeps p0"
	return func(j *Journal) error {
		j.fh = fh
		return nil
	}
}

// NewFilledJournal applies options that may give the journal its file:
// it is a resource from the start.
func NewFilledJournal(path string, opts ...ReopenOption) (*Journal, error) { // want NewFilledJournal:"empty r0 without p1"
	j := &Journal{path: path}
	for _, o := range opts {
		if err := o(j); err != nil {
			return nil, err
		}
	}
	return j, nil
}
