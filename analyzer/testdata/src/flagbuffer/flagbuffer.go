// Package flagbuffer has a buffer whose Close only sets a flag under a
// mutex that it holds by pointer: it releases nothing, so the buffer is
// no resource, and a getter of one (BufferProvider) or a value asserted
// from a parameter leaks nothing. A file whose Close takes the same kind
// of lock, and one that locks and does not unlock, stay resources.
package flagbuffer

import (
	"io"
	"os"
	"sync"
)

type Buffer struct {
	contents []byte
	closed   bool
	lock     *sync.Mutex
}

func NewBuffer() *Buffer { return &Buffer{lock: &sync.Mutex{}} }

func (b *Buffer) Write(p []byte) (int, error) { // want Write:"keeps p1"
	b.lock.Lock()
	defer b.lock.Unlock()
	b.contents = append(b.contents, p...)
	return len(p), nil
}

func (b *Buffer) Close() error { // want Close:"releases nothing"
	b.lock.Lock()
	defer b.lock.Unlock()
	b.closed = true
	return nil
}

func (b *Buffer) Closed() bool {
	b.lock.Lock()
	defer b.lock.Unlock()
	return b.closed
}

func BufferReader(r io.Reader) *Buffer { // want BufferReader:"keeps p0"
	b := NewBuffer()
	go func() {
		io.Copy(b, r)
		b.Close()
	}()
	return b
}

type BufferProvider interface {
	Buffer() *Buffer
}

func buffer(actual any) (*Buffer, bool) { // want buffer:"keeps p0"
	switch x := actual.(type) {
	case *Buffer:
		return x, true
	case BufferProvider:
		return x.Buffer(), true
	}
	return nil, false
}

func Match(actual any) bool { // want Match:"keeps p0"
	b, ok := buffer(actual)
	if !ok {
		return false
	}
	return len(b.contents) > 0
}

func Changes(actual any) bool {
	switch x := actual.(type) {
	case BufferProvider:
		return !x.Buffer().Closed()
	}
	return true
}

// File closes a file under a mutex it holds by pointer.
type File struct {
	f    *os.File
	lock *sync.Mutex
}

// Close closes the file.
func (f *File) Close() error { // want Close:"releases p0; closes p0.f"
	f.lock.Lock()
	defer f.lock.Unlock()
	return f.f.Close()
}

// OpenFile opens name.
func OpenFile(name string) (*File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &File{f: f, lock: &sync.Mutex{}}, nil
}

// Size drops the file it opens.
func Size(name string) bool {
	f, err := OpenFile(name) // want `f returned by OpenFile is not closed`
	return err == nil && f != nil
}

// Gate's Close takes the lock it holds by pointer and leaves it held: it
// hands the gate over locked, which is no release of nothing.
type Gate struct {
	open bool
	lock *sync.Mutex
}

// Close shuts the gate and keeps it locked.
func (g *Gate) Close() error { // want Close:"nil r0; locks p0.lock\\*"
	g.lock.Lock()
	g.open = false
	return nil
}
