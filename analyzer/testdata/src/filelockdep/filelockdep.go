// Package filelockdep is a file lock whose constructor only records the
// path: the file is opened by the first Lock or TryLock, and closed again
// by the same call where it does not get the lock, so a Lockfile holds a
// descriptor only while it holds the lock.
package filelockdep

import (
	"os"
	"sync"
	"syscall"
)

// Lockfile locks a file with flock(2).
type Lockfile struct {
	path   string
	mu     sync.Mutex
	file   *os.File
	held   bool
	shared bool
}

// New only records the path.
func New(path string) *Lockfile { // want New:"empty r0"
	return &Lockfile{path: path}
}

// Lock waits for the exclusive lock.
func (l *Lockfile) Lock() error { // want Lock:"fills p0 only on success; closes p0.file"
	return l.take(&l.held, syscall.LOCK_EX)
}

// RLock waits for a shared lock.
func (l *Lockfile) RLock() error { // want RLock:"fills p0 only on success; closes p0.file"
	return l.take(&l.shared, syscall.LOCK_SH)
}

func (l *Lockfile) take(state *bool, how int) error { // want take:"closes p0.file"
	l.mu.Lock()
	defer l.mu.Unlock()
	if *state {
		return nil
	}
	if l.file == nil {
		if err := l.open(); err != nil {
			return err
		}
		defer l.dropIfUnlocked()
	}
	if err := syscall.Flock(int(l.file.Fd()), how); err != nil {
		return err
	}
	*state = true
	return nil
}

// TryLock takes the exclusive lock if no one holds it.
func (l *Lockfile) TryLock() (bool, error) { // want TryLock:"fills p0 only on success and true; closes p0.file"
	return l.try(&l.held, syscall.LOCK_EX)
}

// TryRLock takes a shared lock if no one holds the exclusive one.
func (l *Lockfile) TryRLock() (bool, error) { // want TryRLock:"fills p0 only on success and true; closes p0.file"
	return l.try(&l.shared, syscall.LOCK_SH)
}

func (l *Lockfile) try(state *bool, how int) (bool, error) { // want try:"closes p0.file"
	l.mu.Lock()
	defer l.mu.Unlock()
	if *state {
		return true, nil
	}
	if l.file == nil {
		if err := l.open(); err != nil {
			return false, err
		}
		defer l.dropIfUnlocked()
	}
	err := syscall.Flock(int(l.file.Fd()), how|syscall.LOCK_NB)
	if err == syscall.EWOULDBLOCK {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	*state = true
	return true, nil
}

func (l *Lockfile) open() error {
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_RDONLY, 0o600)
	if err != nil {
		return err
	}
	l.file = f
	return nil
}

// dropIfUnlocked closes the file unless a lock is held through it.
func (l *Lockfile) dropIfUnlocked() { // want dropIfUnlocked:"nothing when zero; closes p0.file"
	if l.held || l.shared || l.file == nil {
		return
	}
	l.drop()
}

func (l *Lockfile) drop() { // want drop:"nothing when zero; closes p0.file"
	if l.file == nil {
		return
	}
	_ = l.file.Close()
	l.file = nil
}

// Unlock releases the lock and closes the file.
func (l *Lockfile) Unlock() error { // want Unlock:"releases p0; nothing when zero; closes p0.file"
	l.mu.Lock()
	defer l.mu.Unlock()
	if (!l.held && !l.shared) || l.file == nil {
		return nil
	}
	if err := syscall.Flock(int(l.file.Fd()), syscall.LOCK_UN); err != nil {
		return err
	}
	l.held, l.shared = false, false
	l.drop()
	return nil
}

// Close is Unlock.
func (l *Lockfile) Close() error { // want Close:"releases p0; nothing when zero; closes p0.file"
	return l.Unlock()
}

// Option sets up a Lockfile.
type Option func(*Lockfile)

// WithPath sets the path.
func WithPath(p string) Option { return func(l *Lockfile) { l.path = p } }

// NewWith records the path and applies the options, which may do
// anything with the lock, Lock it included.
func NewWith(path string, opts ...Option) *Lockfile { // want NewWith:"empty r0 without p1"
	l := &Lockfile{path: path}
	for _, opt := range opts {
		opt(l)
	}
	return l
}
