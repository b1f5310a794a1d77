// Package stubs probes rule 5 (2e642fb): a getter that gives either what
// a func field of its receiver, of its own signature, gives for its own
// parameters, or what it holds, borrows.
package stubs

import (
	"os"
	"sync"
)

// FilePool hands out idle files or opens new ones with New: Get gives the
// caller ownership, which Put takes back.
type FilePool struct {
	New  func() *os.File
	mu   sync.Mutex
	idle []*os.File
}

// Get pops an idle file, or makes one.
func (p *FilePool) Get() *os.File {
	p.mu.Lock()
	if n := len(p.idle); n > 0 {
		f := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return f
	}
	p.mu.Unlock()
	return p.New()
}

// Put gives a file back.
func (p *FilePool) Put(f *os.File) { // want Put:"keeps p1"
	p.mu.Lock()
	p.idle = append(p.idle, f)
	p.mu.Unlock()
}

// NewPool makes a pool that opens name.
func NewPool(name string) *FilePool {
	return &FilePool{New: func() *os.File {
		f, _ := os.Open(name)
		return f
	}}
}

// LeakPoolGet takes a file and neither puts it back nor closes it.
func LeakPoolGet(p *FilePool) (int64, error) {
	f := p.Get() // want `f returned by p\.Get is not closed`
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// Opener opens by name: Open with the factory it was given, or takes a
// file that Preload opened for it out of its map.
type Opener struct {
	OpenFunc func(name string) *os.File
	mu       sync.Mutex
	loaded   map[string]*os.File
}

// Open gives the caller the file.
func (o *Opener) Open(name string) *os.File {
	if o.OpenFunc != nil {
		return o.OpenFunc(name)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	f := o.loaded[name]
	delete(o.loaded, name)
	return f
}

// Preload opens name ahead of time.
func (o *Opener) Preload(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	o.mu.Lock()
	o.loaded[name] = f
	o.mu.Unlock()
	return nil
}

// LeakOpenerOpen drops the file that the Opener handed over.
func LeakOpenerOpen(o *Opener, name string) (int64, error) {
	f := o.Open(name) // want `f returned by o\.Open is not closed`
	if f == nil {
		return 0, os.ErrNotExist
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
