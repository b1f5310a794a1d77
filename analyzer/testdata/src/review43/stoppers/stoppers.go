// Package stoppers probes rule 2 (a7089c7): a Stop that closes the channel
// Close closes, under a deferred unlock, releases as Close does.
package stoppers

import (
	"os"
	"sync"
)

// closeQuietly closes f, ignoring the error.
func closeQuietly(f *os.File) { _ = f.Close() } // want closeQuietly:"releases p0"

// Spooler writes to a file until stopc is closed; Close also closes the
// file, through a package helper.
type Spooler struct {
	mu    sync.Mutex
	stopc chan struct{}
	f     *os.File
}

func NewSpooler(path string) (*Spooler, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &Spooler{stopc: make(chan struct{}), f: f}, nil
}

// Stop only signals the writer: the file stays open.
func (s *Spooler) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.stopc)
}

// Close signals the writer and closes the file.
func (s *Spooler) Close() { // want Close:"releases p0; closes p0\\.f"
	close(s.stopc)
	closeQuietly(s.f)
}

// LeakStoppedSpooler stops the spooler but never closes its file.
func LeakStoppedSpooler(path string) error {
	s, err := NewSpooler(path) // want `s returned by NewSpooler is not closed`
	if err != nil {
		return err
	}
	s.Stop()
	return nil
}

// Hooked closes its channel and runs a hook that closes its file.
type Hooked struct {
	mu      sync.Mutex
	stopc   chan struct{}
	f       *os.File
	onClose func()
}

func NewHooked(path string) (*Hooked, error) {
	f, err := os.Create(path) // want `f returned by os\.Create is not closed`
	if err != nil {
		return nil, err
	}
	h := &Hooked{stopc: make(chan struct{}), f: f}
	h.onClose = func() { h.f.Close() }
	return h, nil
}

// Stop signals only.
func (h *Hooked) Stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	close(h.stopc)
}

// Close signals and runs the hook, which closes the file.
func (h *Hooked) Close() {
	close(h.stopc)
	h.onClose()
}

// LeakStoppedHooked stops but does not close the file.
func LeakStoppedHooked(path string) error {
	h, err := NewHooked(path) // want `h returned by NewHooked is not closed`
	if err != nil {
		return err
	}
	h.Stop()
	return nil
}

// Pausable closes its channel in Pause too; only Close closes the file,
// on a goroutine of its own.
type Pausable struct {
	mu     sync.Mutex
	pausec chan struct{}
	f      *os.File
}

func NewPausable(path string) (*Pausable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &Pausable{pausec: make(chan struct{}), f: f}, nil
}

// Pause closes the channel, under a deferred unlock: the file stays open.
func (p *Pausable) Pause() {
	p.mu.Lock()
	defer p.mu.Unlock()
	close(p.pausec)
}

// Close closes the channel and, on another goroutine, the file.
func (p *Pausable) Close() { // want Close:"starts p0; closes p0\\.f"
	close(p.pausec)
	go closeQuietly(p.f)
}

// LeakPaused pauses and drops.
func LeakPaused(path string) error {
	p, err := NewPausable(path) // want `p returned by NewPausable is not closed`
	if err != nil {
		return err
	}
	p.Pause()
	return nil
}
