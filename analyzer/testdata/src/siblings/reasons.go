package siblings

import (
	"errors"
	"io"
	"os"
	"sync"
)

// spool writes to a temporary file until it is closed with a reason that
// its readers then see.
type spool struct {
	mu     sync.Mutex
	f      *os.File
	reason error
}

func newSpool(dir string) (*spool, error) {
	f, err := os.CreateTemp(dir, "spool")
	if err != nil {
		return nil, err
	}
	return &spool{f: f}, nil
}

func (s *spool) Write(b []byte) (int, error) { return s.f.Write(b) }

func (s *spool) Close() error { return s.CloseWithError(nil) } // want Close:"releases p0; closes p0\\.f"

// CloseWithError closes the file and keeps the reason for the readers.
func (s *spool) CloseWithError(reason error) error { // want CloseWithError:"releases p0; keeps p1; closes p0\\.f"
	if reason == nil {
		reason = io.EOF
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reason = reason
	return s.f.Close()
}

// SafeSpoolCopy ends the spool with the reason the copy stopped.
func SafeSpoolCopy(dir string, r io.Reader) error {
	s, err := newSpool(dir)
	if err != nil {
		return err
	}
	_, err = io.Copy(s, r)
	return errors.Join(err, s.CloseWithError(err))
}

// LeakSpoolCopy forgets the spool where the copy fails.
func LeakSpoolCopy(dir string, r io.Reader) error {
	s, err := newSpool(dir) // want `s returned by newSpool is not closed on all paths: the return at line 58 is reached when err != nil at line 57`
	if err != nil {
		return err
	}
	if _, err := io.Copy(s, r); err != nil {
		return err
	}
	return s.CloseWithError(nil)
}
