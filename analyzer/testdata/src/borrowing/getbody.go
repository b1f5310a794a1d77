package borrowing

import (
	"bytes"
	"io"
	"net/http"
	"os"
)

// SafeGetBody is fine: net/http sets GetBody only for bodies in memory,
// and the copy it returns is an io.NopCloser over the same bytes.
func SafeGetBody(req *http.Request) ([]byte, error) {
	if req.GetBody == nil {
		return nil, nil
	}
	b, err := req.GetBody()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	_, err = buf.ReadFrom(b)
	return buf.Bytes(), err
}

// Source opens its data anew each time it is asked.
type Source struct {
	Open func() (io.ReadCloser, error)
}

// fileSource opens the named file.
func fileSource(name string) Source {
	return Source{Open: func() (io.ReadCloser, error) { return os.Open(name) }}
}

// sourceLeak leaks: a function field of this package's own type is no
// request body copy, and what it opens is the caller's.
func sourceLeak(s Source) (int64, error) {
	r, err := s.Open() // want `r returned by s.Open is not closed before the return at line \d+`
	if err != nil {
		return 0, err
	}
	return io.Copy(io.Discard, r)
}
