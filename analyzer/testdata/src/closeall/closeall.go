// Package closeall closes what it opens through the helpers of
// closealldep.
package closeall

import (
	"net"
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

func Down(a string) {
	f, _ := os.Open(a) // want `f returned by os.Open is not closed`
	closealldep.CloseDown(f)
}

func Rest(a string) {
	f, _ := os.Open(a) // want `f returned by os.Open is not closed`
	closealldep.CloseRest(f)
}

func Conns(addr string) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed`
	if err != nil {
		return err
	}
	closealldep.CloseFiles(c)
	return nil
}

func UnlessDone(a string, done bool) {
	f, _ := os.Open(a) // want `f returned by os.Open is not closed`
	closealldep.CloseUnlessDone(done, f)
}

// Bus closes with a Close that returns nothing: no io.Closer.
type Bus struct{ f *os.File }

func (b *Bus) Close() { b.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func Dial(p string) (*Bus, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	return &Bus{f: f}, nil
}

func Relay(p, logPath string) error {
	bus, err := Dial(p) // want `bus returned by Dial is not closed`
	if err != nil {
		return err
	}
	log, err := os.Create(logPath)
	if err != nil {
		bus.Close()
		return err
	}
	return closealldep.CloseAll(bus, log)
}
