// Package noreturn probes stops: calls of the package's functions that
// never return end the path.
package noreturn

import (
	"fmt"
	"io"
	"os"

	"review38/recoverdep"
)

// Worker runs jobs until one panics: the panic is recovered by a deferred
// call of another package, and loop returns.
type Worker struct {
	jobs chan func()
}

func (w *Worker) loop() {
	defer recoverdep.LogPanic()
	for {
		job := <-w.jobs
		job()
	}
}

// Run writes the jobs' output to a file, which it never closes: loop
// returns when a job panics.
func (w *Worker) Run(path string) error {
	// Hidden by a first form of a rule of this round, reported again (rule 2, mayRecover ignores a deferred recovering function of another package).
	f, err := os.Create(path) // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	fmt.Fprintln(f, "start")
	w.loop()
	return nil
}

// TestingT is what the helpers need of *testing.T.
type TestingT interface {
	Errorf(format string, args ...any)
	FailNow()
}

// Suite checks files.
type Suite struct {
	t      TestingT
	strict bool
}

// failIfStrict fails the test only when the suite is strict.
func (s *Suite) failIfStrict(format string, args ...any) { // want failIfStrict:"keeps p2"
	s.t.Errorf(format, args...)
	if s.strict {
		s.t.FailNow()
	}
}

// Header opens name and, when it is empty, reports and returns early:
// failIfStrict returns when the suite is not strict, and the file leaks.
func (s *Suite) Header(name string) []byte {
	// safe shape: reported by both.
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		s.t.Errorf("open: %v", err)
		return nil
	}
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 {
		s.failIfStrict("%s is empty", name)
		return nil
	}
	defer f.Close()
	b := make([]byte, 8)
	f.Read(b)
	return b
}

// Logger is what the server logs with; the caller gives it.
type Logger interface {
	Printf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Server serves files.
type Server struct {
	log Logger
}

// fatalf reports a fatal error.
func (s *Server) fatalf(format string, args ...any) { // want fatalf:"keeps p2"
	s.log.Fatalf("server: "+format, args...)
}

// Load reads path, and gives up when it is a directory; the caller's
// logger may only log.
func (s *Server) Load(path string) []byte {
	// Hidden by a first form of a rule of this round, reported again (rule 2: a helper over a caller-given Logger.Fatalf; see LoadDirect).
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		s.log.Printf("open: %v", err)
		return nil
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		s.fatalf("%s is a directory", path)
		return nil
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	return b
}

// LoadDirect is Load with the logger called directly.
func (s *Server) LoadDirect(path string) []byte {
	// Known gap, silent before and after (interface Fatalf taken never to return).
	f, err := os.Open(path) // a known gap: not reported (see README, Limits)
	if err != nil {
		s.log.Printf("open: %v", err)
		return nil
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		s.log.Fatalf("%s is a directory", path)
		return nil
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	return b
}

// Loop2 is Worker with the recovering call deferred inline: no stop.
type Loop2 struct {
	jobs chan func()
}

func (w *Loop2) loop() {
	defer func() {
		recover()
	}()
	for {
		job := <-w.jobs
		job()
	}
}

// Run leaks the file when loop returns after a panic.
func (w *Loop2) Run(path string) error {
	// safe shape: reported by both.
	f, err := os.Create(path) // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	fmt.Fprintln(f, "start")
	w.loop()
	return nil
}
