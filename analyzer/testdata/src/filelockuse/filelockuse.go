// Package filelockuse takes file locks of filelockdep: a lock that was
// not taken holds no descriptor, since the failed Lock closed the file it
// opened; a lock that was taken is released by Unlock or Close.
package filelockuse

import (
	"errors"
	"os"
	"syscall"

	"filelockdep"
)

// ReadLockedSafe reads under a shared lock, and without one on a
// read-only file system.
func ReadLockedSafe(lockPath, path string) ([]byte, error) {
	lock := filelockdep.New(lockPath)
	locked, err := lock.TryRLock()
	if err != nil {
		if !errors.Is(err, syscall.EROFS) {
			return nil, err
		}
	} else {
		if !locked {
			return nil, errors.New("busy")
		}
		defer lock.Unlock()
	}
	return os.ReadFile(path)
}

// WriteLockedSafe writes under the exclusive lock.
func WriteLockedSafe(lockPath, path string, b []byte) error {
	lock := filelockdep.New(lockPath)
	locked, err := lock.TryLock()
	if err != nil {
		return err
	}
	if !locked {
		return errors.New("busy")
	}
	defer lock.Unlock()
	return os.WriteFile(path, b, 0o600)
}

// SeedSafe waits for the lock, and goes on without it where the file
// system refuses it.
func SeedSafe(lockPath string) error {
	l := filelockdep.New(lockPath)
	if err := l.Lock(); err != nil {
		if !errors.Is(err, os.ErrPermission) {
			return err
		}
	} else {
		defer l.Unlock()
	}
	return nil
}

// HeldLeak returns holding the lock where the write fails.
func HeldLeak(lockPath, path string, b []byte) error {
	l := filelockdep.New(lockPath) // want `l returned by filelockdep.New is not closed on all paths: the return at line 67 is reached when err != nil at line 66`
	if err := l.Lock(); err != nil {
		return err
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return err
	}
	return l.Close()
}

// WithOptionsSafe takes the lock of a Lockfile made without options.
func WithOptionsSafe(lockPath string) error {
	l := filelockdep.NewWith(lockPath)
	if err := l.Lock(); err != nil {
		return err
	}
	return l.Unlock()
}

// LockingOption locks the file it is given.
func LockingOption(l *filelockdep.Lockfile) { _ = l.Lock() }

// OptionLeak makes a Lockfile with an option that locks it, and drops
// it: that option may have filled it.
func OptionLeak(lockPath string) {
	l := filelockdep.NewWith(lockPath, LockingOption) // want `l returned by filelockdep.NewWith is never used`
	_ = l
}

// PutSafe writes under the exclusive lock, which a deferred closure
// gives back and removes.
func PutSafe(lockPath, path string, b []byte) error {
	lock := filelockdep.New(lockPath)
	locked, err := lock.TryLock()
	if err != nil {
		return err
	}
	if !locked {
		return errors.New("busy")
	}
	defer func() {
		lock.Unlock()
		os.Remove(lockPath)
	}()
	return os.WriteFile(path, b, 0o600)
}

// PidLeak drops the pid lock where Lock failed after opening the lock
// file.
func PidLeak(p string) error {
	l := filelockdep.NewPidLock(p) // want `l returned by filelockdep.NewPidLock is not closed on all paths`
	if err := l.Lock(); err != nil {
		return err
	}
	return l.Close()
}

// PidViaLeak is PidLeak through LockVia.
func PidViaLeak(p string) error {
	l := filelockdep.NewPidLock(p) // want `l returned by filelockdep.NewPidLock is not closed on all paths`
	if err := l.LockVia(); err != nil {
		return err
	}
	return l.Close()
}

// PeekLeak drops the lock where TryLock said false: its file is open.
func PeekLeak(p string) error {
	l := filelockdep.NewPeekLock(p) // want `l returned by filelockdep.NewPeekLock is not closed before the return at line 136`
	ok, err := l.TryLock()
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("busy")
	}
	return l.Close()
}
