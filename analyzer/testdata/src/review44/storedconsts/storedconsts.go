// Package storedconsts probes rule 2 (dc631dd): a branch on a field that
// the function has just set to a constant, in the same block with no call
// in between, goes one way only; acquisitions and returns that only the
// other way reaches are not searched.
package storedconsts

import (
	"errors"
	"log"
	"os"
)

type state int

const (
	idle state = iota
	waiting
	failed
	superseded
)

// A job is handed to a worker goroutine, which sets its state before it
// answers on done.
type job struct {
	state state
	path  string
	req   chan *job
	done  chan struct{}
}

// serve is the worker: it marks the job failed when the path is empty.
func serve(req chan *job) {
	for j := range req {
		if j.path == "" {
			j.state = failed
		} else {
			j.state = idle
		}
		j.done <- struct{}{}
	}
}

// LeakAfterHandshake sets the state, hands the job to the worker and waits
// for its answer: the worker may have changed the state in between (a
// receive is no call), and the early return drops the file.
func (j *job) LeakAfterHandshake() (*os.File, error) { // want LeakAfterHandshake:"keeps p0"
	f, err := os.Open(j.path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	j.state = waiting
	j.req <- j
	<-j.done
	if j.state != waiting {
		return nil, errors.New("worker failed the job")
	}
	return f, nil
}

// LeakFailureReport waits for the worker the same way; where it failed
// the job, a report is written to a file that is never closed. The
// acquisition is in the branch the rule takes for dead, so it is not even
// searched.
func (j *job) LeakFailureReport() error { // want LeakFailureReport:"keeps p0"
	j.state = waiting
	j.req <- j
	<-j.done
	if j.state == waiting {
		return nil
	}
	rep, err := os.Create(j.path + ".failed") // want `rep returned by os.Create is not closed`
	if err != nil {
		return err
	}
	_, err = rep.WriteString("failed\n")
	return err
}

// A session is registered under its client's id; a client that reconnects
// supersedes its previous session, which may be this very one.
type session struct {
	state state
	log   *os.File
}

// LeakSuperseded marks the session active, then the previous one
// superseded: when prev is s, the state test sees superseded and the
// return drops the log file. The test is there for that case.
func (s *session) LeakSuperseded(prev *session, path string) error {
	f, err := os.Create(path) // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	s.state = waiting
	prev.state = superseded
	if s.state != waiting {
		return errors.New("session superseded itself")
	}
	s.log = f
	return nil
}

// Options configure a store.
type Options struct {
	Mode state
	Path string
}

// LeakRestored forces the mode, then restores the options the caller
// saved: the store into the whole struct changes the field (no store into
// the field itself, no call), and the return drops the file.
func LeakRestored(path string, opts *Options, saved Options) (*os.File, error) { // want LeakRestored:"keeps p2"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	opts.Mode = waiting
	*opts = saved
	if opts.Mode != waiting {
		return nil, errors.New("saved options are not waiting")
	}
	return f, nil
}

type store struct {
	opts Options
	f    *os.File
	keys map[string]string
}

// SafeNestedForced forces the mode in the store's own options, a field of
// a field: the branch to the file never runs.
func SafeNestedForced(opts Options) (*store, error) { // want SafeNestedForced:"keeps p0"
	s := &store{opts: opts}
	s.opts.Mode = idle
	if s.opts.Mode == idle {
		s.keys = map[string]string{}
		return s, nil
	}
	f, err := os.Open(opts.Path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	if opts.Path == "" {
		return nil, errors.New("no path") // never reached
	}
	s.f = f
	return s, nil
}

// SafeLoggedForce logs the forced mode between the store and the test: a
// call, but one that cannot reach opts, whose address is never taken.
func SafeLoggedForce(opts Options) (*os.File, error) {
	f, err := os.Open(opts.Path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	opts.Mode = waiting
	log.Printf("mode forced to %d", opts.Mode)
	if opts.Mode != waiting {
		return nil, errors.New("not waiting") // never reached
	}
	return f, nil
}
