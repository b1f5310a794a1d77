// Package q's only implementation of Blob gets its Open, which opens a
// new file, promoted from an embedded instance of a generic struct.
package q

import (
	"io"
	"os"
)

type Blob interface {
	Open() (io.ReadCloser, error)
	Size() int64
}

type fileOpener[T any] struct {
	path string
	tag  T
}

func (f fileOpener[T]) Open() (io.ReadCloser, error) { return os.Open(f.path) } // want Open:`r0 is \*os\.File`

type sizedFile struct {
	fileOpener[int]
	size int64
}

func (s sizedFile) Size() int64 { return s.size }

func New(path string) Blob { return sizedFile{fileOpener: fileOpener[int]{path: path}} } // want New:"r0 is sizedFile"

func Head(b Blob) ([]byte, error) {
	r, err := b.Open() // want `r returned by b\.Open is not closed`
	if err != nil {
		return nil, err
	}
	p := make([]byte, 16)
	n, err := r.Read(p)
	return p[:n], err
}

func Exists(b Blob) bool {
	r, err := b.Open() // want `r returned by b\.Open is not closed`
	return err == nil && r != nil
}
