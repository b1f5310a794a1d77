// Package f implements its Source with a function type, whose Open
// calls the function (that opens a new file); the package drops what
// Open gives at two places.
package f

import (
	"io"
	"os"
)

type Source interface {
	Open() (io.ReadCloser, error)
}

func FileSource(path string) Source { // want FileSource:"r0 is sourceFunc"
	return sourceFunc(func() (io.ReadCloser, error) { return os.Open(path) })
}

// sourceFunc is declared at package level but its Open calls a function
// value: what that opens decides.
type sourceFunc func() (io.ReadCloser, error)

func (f sourceFunc) Open() (io.ReadCloser, error) { return f() } // want Open:"gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"

func Peek(s Source) (byte, error) {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return 0, err
	}
	b := []byte{0}
	_, err = r.Read(b)
	return b[0], err
}

func Touch(s Source) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}
