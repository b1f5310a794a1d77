package filelockdep

// This file has locks that keep what they open where they fail: a pid
// lock whose Lock keeps the lock file in a nested struct before flock(2)
// may fail, and a lock whose TryLock keeps the file where it reports
// false. Their callers must close them on those paths too.

import (
	"os"
	"syscall"
)

type lockState struct {
	f *os.File
}

func (s *lockState) open(path string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDONLY, 0o600)
	if err != nil {
		return err
	}
	s.f = f
	return nil
}

// PidLock holds a lock file and, once locked, a pid file.
type PidLock struct {
	path string
	pid  *os.File
	st   lockState
}

// NewPidLock only records the path.
func NewPidLock(path string) *PidLock { return &PidLock{path: path} } // want NewPidLock:"empty r0"

// Lock keeps the lock file where flock or the pid file fails.
func (l *PidLock) Lock() error {
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_RDONLY, 0o600)
	if err != nil {
		return err
	}
	l.st.f = f
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	pf, err := os.Create(l.path + ".pid")
	if err != nil {
		return err
	}
	l.pid = pf
	return nil
}

// LockVia is Lock through a method of the nested struct.
func (l *PidLock) LockVia() error {
	if err := l.st.open(l.path); err != nil {
		return err
	}
	if err := syscall.Flock(int(l.st.f.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	pf, err := os.Create(l.path + ".pid")
	if err != nil {
		return err
	}
	l.pid = pf
	return nil
}

// Close closes both files.
func (l *PidLock) Close() error { // want Close:"keeps p0; nothing when zero; closes p0.pid,p0.st.f"
	var err error
	if l.pid != nil {
		err = l.pid.Close()
		l.pid = nil
	}
	if l.st.f != nil {
		err = l.st.f.Close()
		l.st.f = nil
	}
	return err
}

// PeekLock keeps its file whether or not it got the lock.
type PeekLock struct {
	path string
	file *os.File
	held bool
}

// NewPeekLock only records the path.
func NewPeekLock(path string) *PeekLock { return &PeekLock{path: path} } // want NewPeekLock:"empty r0"

// TryLock reports whether it got the lock; the file stays open either way.
func (l *PeekLock) TryLock() (bool, error) { // want TryLock:"fills p0 only on success"
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_RDONLY, 0o600)
	if err != nil {
		return false, err
	}
	l.file = f
	ok := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
	l.held = ok
	return ok, nil
}

// Close unlocks and closes the file.
func (l *PeekLock) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.file"
	if l.file == nil {
		return nil
	}
	if l.held {
		syscall.Flock(int(l.file.Fd()), syscall.LOCK_UN)
		l.held = false
	}
	err := l.file.Close()
	l.file = nil
	return err
}
