// Package o implements its Blob over an fs.FS: Open calls the file
// system's Open(name), a different method of the same name that opens a
// new file, which delegatedResult takes for delegation. The package drops
// what Open gives at two places.
package o

import (
	"io"
	"io/fs"
)

type Blob interface {
	Open() (io.ReadCloser, error)
	Size() int64
}

type fsBlob struct {
	fsys fs.FS
	name string
	size int64
}

func (b fsBlob) Open() (io.ReadCloser, error) { return b.fsys.Open(b.name) }

func (b fsBlob) Size() int64 { return b.size }

func New(fsys fs.FS, name string) Blob { return fsBlob{fsys: fsys, name: name} } // want New:"r0 is fsBlob"

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
