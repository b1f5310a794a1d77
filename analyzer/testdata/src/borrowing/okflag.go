package borrowing

// This file returns a file beside a flag that says whether there is one:
// v, ok := get(), whose false returns all give nil. Where ok is false,
// the caller acquired nothing.

import (
	"log"
	"os"
)

type scripts struct {
	dir string
}

// prepare opens the script for an event, or logs why it cannot and
// returns nil and false.
func (s *scripts) prepare(event string) (*log.Logger, *os.File, bool) { // want prepare:"r2 says r1 is new"
	logger := log.New(os.Stderr, event+": ", 0)
	f, err := os.Open(s.dir + "/" + event)
	if err != nil {
		logger.Print(err)
		return logger, nil, false
	}
	if fi, err := f.Stat(); err != nil || fi.Size() == 0 {
		f.Close()
		logger.Print("empty script")
		return logger, nil, false
	}
	return logger, f, true
}

// SafeRun returns where prepare failed, which gave it no file.
func (s *scripts) SafeRun(event string) {
	logger, f, ok := s.prepare(event)
	if !ok {
		return
	}
	defer f.Close()
	logger.Print(f.Name())
}

// runLeak forgets the file where it got one.
func (s *scripts) runLeak(event string) string {
	logger, f, ok := s.prepare(event) // want `f returned by s.prepare is not closed before the return at line 50 \(possible resource leak\)`
	if !ok {
		return ""
	}
	logger.Print("running")
	return f.Name()
}

// prepareKeepOpen returns the file it opened even where it says false.
func (s *scripts) prepareKeepOpen(event string) (*os.File, bool) {
	f, err := os.Open(s.dir + "/" + event)
	if err != nil {
		return nil, false
	}
	if fi, err := f.Stat(); err != nil || fi.Size() == 0 {
		return f, false
	}
	return f, true
}

// runNotOkLeak trusts a false flag that comes with an open file.
func (s *scripts) runNotOkLeak(event string) string {
	f, ok := s.prepareKeepOpen(event) // want `f returned by s.prepareKeepOpen is not closed before the return at line 69 \(possible resource leak\)`
	if !ok {
		return ""
	}
	defer f.Close()
	return f.Name()
}
