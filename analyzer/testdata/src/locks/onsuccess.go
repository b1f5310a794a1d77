package locks

import (
	"errors"
	"sync"
)

// fileMutex serializes within the process and, through a lock file,
// across processes.
type fileMutex struct {
	proclock sync.Mutex
	fslock   func() (func(), error)
	unlockFS func()
}

// Lock returns holding both locks, or an error holding neither.
func (fm *fileMutex) Lock() error {
	fm.proclock.Lock()
	unlock, err := fm.fslock()
	if err != nil {
		fm.proclock.Unlock()
		return err
	}
	fm.unlockFS = unlock
	return nil
}

// Unlock lets go of both.
func (fm *fileMutex) Unlock() { // want Unlock:"unlocks p0.proclock"
	if fm.unlockFS != nil {
		fm.unlockFS()
		fm.unlockFS = nil
	}
	fm.proclock.Unlock()
}

// lockLeak returns an error still holding the process lock where the
// file is busy.
func (fm *fileMutex) lockLeak(busy bool) error {
	fm.proclock.Lock() // want `fm.proclock is locked at line 40 and still held at the return at line 42`
	if busy {
		return errors.New("busy")
	}
	unlock, err := fm.fslock()
	if err != nil {
		fm.proclock.Unlock()
		return err
	}
	fm.unlockFS = unlock
	return nil
}
