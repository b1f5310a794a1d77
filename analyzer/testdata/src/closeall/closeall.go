// Package closeall closes what it opens through the helpers of
// closealldep.
package closeall

import (
	"os"

	"closealldep"
)

func Direct(a, b string) error {
	f, err := os.Open(a)
	if err != nil {
		return err
	}
	g, err := os.Open(b)
	if err != nil {
		f.Close()
		return err
	}
	return closealldep.CloseAll(f, g)
}

func Deferred(a string) {
	f, _ := os.Open(a)
	defer closealldep.CloseEach(f)
}

type Server struct {
	name string
	f    *os.File
}

func (s *Server) Close() error { return closealldep.CloseAll(s.f) } // want Close:"releases p0; closes p0.f"

// New hands the file over in the server, whose Close closes it.
func New(p string) (*Server, error) {
	s := &Server{name: p}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	s.f = f
	return s, nil
}

func UntilError(a, b string) error {
	f, err := os.Open(a) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	g, err := os.Open(b) // want `g returned by os.Open is not closed`
	if err != nil {
		f.Close()
		return err
	}
	return closealldep.CloseUntilError(f, g)
}

func First(a string) {
	f, _ := os.Open(a) // want `f returned by os.Open is not closed`
	closealldep.CloseFirst(f)
}

func Named(a string) {
	f, _ := os.Open(a) // want `f returned by os.Open is not closed`
	closealldep.CloseNamed(f)
}

func Logged(a string) {
	f, _ := os.Open(a) // want `f returned by os.Open is not closed`
	closealldep.LogAll(f)
}
