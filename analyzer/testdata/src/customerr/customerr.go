// Package customerr: a method of an interface whose implementations are
// all known, returning a package's own error type: where every
// implementation gives a nil reader beside a non-nil error, the reader is
// nothing to close there.
package customerr

import (
	"bytes"
	"io"
	"os"
)

// Error is the package's own error, with a position.
type Error interface {
	error
	Position() int
}

type posError struct {
	err error
	pos int
}

func (e *posError) Error() string { return e.err.Error() }
func (e *posError) Position() int { return e.pos }

func wrap(err error) Error { return &posError{err: err} } // want wrap:"keeps p0; wraps p0 in r0"

type fileSystem interface {
	openFile(name string) (io.ReadCloser, Error)
}

type osFS struct{}

func (osFS) openFile(name string) (io.ReadCloser, Error) { // want openFile:"r0 is \\*os.File"
	f, err := os.Open(name)
	if err != nil {
		return nil, wrap(err)
	}
	return f, nil
}

type memFS struct{ files map[string][]byte }

func (m memFS) openFile(name string) (io.ReadCloser, Error) { // want openFile:"borrows r0; r0 is io.nopCloserWriterTo,io.nopCloser"
	b, ok := m.files[name]
	if !ok {
		return nil, wrap(os.ErrNotExist)
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}

func SafeRead(fs fileSystem, name string) ([]byte, error) {
	f, cerr := fs.openFile(name)
	if cerr != nil {
		return nil, cerr
	}
	defer f.Close()
	return io.ReadAll(f)
}

// warner's implementation gives its file beside a warning.
type warner interface {
	openWarn(name string) (io.ReadCloser, Error)
}

type warnFS struct{}

func (warnFS) openWarn(name string) (io.ReadCloser, Error) { // want openWarn:"r0 is \\*os.File"
	f, err := os.Open(name)
	if err != nil {
		return nil, wrap(err)
	}
	return f, wrap(os.ErrPermission)
}

func LeakWarned(fs warner, name string) ([]byte, error) {
	f, cerr := fs.openWarn(name) // want `f returned by fs.openWarn is not closed on all paths`
	if cerr != nil {
		return nil, cerr
	}
	defer f.Close()
	return io.ReadAll(f)
}
