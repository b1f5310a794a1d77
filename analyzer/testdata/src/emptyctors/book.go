// Package emptyctors builds values that hold nothing yet: their Close
// releases what later calls open into them.
package emptyctors

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"sync"
)

type writer struct {
	raw *os.File
}

// Book is a workbook: Close closes its shared temporary file and the
// writers of its streams, and removes the temporary files it unpacked.
type Book struct {
	opts      *options
	tmp       *os.File
	streams   map[string]*writer
	tempFiles sync.Map
	sheets    map[string]string
	charset   func(label string, r io.Reader) (io.Reader, error)
	zipWriter func(w io.Writer) *zip.Writer
}

type options struct {
	limit int64
}

// Close releases what the book opened.
func (b *Book) Close() error { // want Close:"keeps p0; closes p0.tmp"
	var first error
	if b.tmp != nil {
		first = b.tmp.Close()
		b.tmp = nil
	}
	for _, s := range b.streams {
		_ = s.raw.Close()
	}
	b.streams = nil
	b.tempFiles.Range(func(k, v any) bool {
		if err := os.Remove(v.(string)); err != nil && first == nil {
			first = err
		}
		return true
	})
	b.tempFiles.Clear()
	return first
}

func newBook() *Book { // want newBook:"empty r0"
	return &Book{
		opts:      &options{limit: 1 << 20},
		streams:   make(map[string]*writer),
		sheets:    make(map[string]string),
		tempFiles: sync.Map{},
		charset:   readerLabel,
		zipWriter: func(w io.Writer) *zip.Writer { return zip.NewWriter(w) },
	}
}

func readerLabel(label string, r io.Reader) (io.Reader, error) { return r, nil } // want readerLabel:"keeps p1; borrows r0; returns p1 as r0; nil r1"

var errLimit = errors.New("limit too small")

func (b *Book) check() error { // want check:"nothing when zero"
	if b.opts.limit < 1024 {
		return errLimit
	}
	return nil
}

// SafeOpenBytes drops a book that holds nothing yet when the options
// are wrong.
func SafeOpenBytes(data []byte, limit int64) (*Book, error) { // want SafeOpenBytes:"empty r0"
	b := newBook()
	b.opts.limit = limit
	if err := b.check(); err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte("PK")) {
		return nil, errLimit
	}
	return b, nil
}

func newBookWithTemp() (*Book, error) {
	f, err := os.CreateTemp("", "book")
	if err != nil {
		return nil, err
	}
	return &Book{opts: &options{}, tmp: f, streams: make(map[string]*writer)}, nil
}

// LeakTempBook drops a book that holds its temporary file.
func LeakTempBook(limit int64) (*Book, error) {
	b, err := newBookWithTemp() // want `b returned by newBookWithTemp is not closed`
	if err != nil {
		return nil, err
	}
	b.opts.limit = limit
	if err := b.check(); err != nil {
		return nil, err
	}
	return b, nil
}

// poller stops its goroutine when closed.
type poller struct {
	stop func()
	f    *os.File
}

// Close stops the goroutine and closes the file.
func (p *poller) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.f"
	p.stop()
	if p.f == nil {
		return nil
	}
	return p.f.Close()
}

func newPoller() *poller {
	done := make(chan struct{})
	go func() {
		<-done
	}()
	return &poller{stop: func() { close(done) }}
}

func (p *poller) check() error { // want check:"nothing when zero"
	if p.f == nil {
		return errLimit
	}
	return nil
}

// LeakPoller drops a poller whose goroutine runs until Close.
func LeakPoller() error {
	p := newPoller() // want `p returned by newPoller is not closed`
	if err := p.check(); err != nil {
		return err
	}
	return p.Close()
}
