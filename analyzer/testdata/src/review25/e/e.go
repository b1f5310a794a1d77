// Package e has a cache over a disk: the cache's Open delegates to the
// disk's, a different interface, whose only implementation, here, opens a
// new file each call. The package drops what Open gives at two places.
package e

import (
	"io"
	"os"
)

// Blob is what the package reads.
type Blob interface {
	Open() (io.ReadCloser, error)
	Key() string
}

// Disk opens files.
type Disk interface {
	Open() (io.ReadCloser, error)
}

type osDisk struct{ path string }

func (d osDisk) Open() (io.ReadCloser, error) { return os.Open(d.path) } // want Open:`r0 is \*os\.File`

type cached struct {
	disk Disk
	key  string
}

func (c cached) Open() (io.ReadCloser, error) { return c.disk.Open() }

func (c cached) Key() string { return c.key }

func NewBlob(path string) Blob { return cached{disk: osDisk{path}, key: path} } // want NewBlob:"r0 is cached"

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
