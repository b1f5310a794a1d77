// Package ferr1 stores an error into a field and reads it back, with a
// write of that field between that the rule does not see.
package ferr1

import (
	"errors"
	"os"
)

var errSkipped = errors.New("skipped")

type job struct {
	err   error
	files []*os.File
	ready chan struct{}
}

// leakAlias LEAKS: other may be j itself, and the store through it makes
// j.err non-nil while f is open.
func (j *job) leakAlias(name string, other *job) {
	var f *os.File
	f, j.err = os.Open(name) // want `f returned by os\.Open is not closed`
	other.err = errSkipped
	if j.err != nil {
		return
	}
	j.files = append(j.files, f)
}

// leakReceive LEAKS: while it waits, another goroutine may set j.err.
func (j *job) leakReceive(name string) {
	var f *os.File
	f, j.err = os.Open(name) // want `f returned by os\.Open is not closed`
	<-j.ready
	if j.err != nil {
		return
	}
	j.files = append(j.files, f)
}

// leakReset LEAKS: the whole struct is overwritten with a non-nil error
// before the check.
func (j *job) leakReset(name string) {
	var f *os.File
	f, j.err = os.Open(name) // want `f returned by os\.Open is not closed`
	*j = job{err: errSkipped, files: j.files}
	if j.err != nil {
		return
	}
	j.files = append(j.files, f)
}

// leakSliceAlias LEAKS: all[0] may be j.
func (j *job) leakSliceAlias(name string, all []*job) {
	var f *os.File
	f, j.err = os.Open(name) // want `f returned by os\.Open is not closed`
	all[0].err = errSkipped
	if j.err != nil {
		return
	}
	j.files = append(j.files, f)
}

// validate sets j.err where j has too many files.
func (j *job) validate() { // want validate:"nothing when zero"
	if len(j.files) > 8 {
		j.err = errSkipped
	}
}

// leakMethodSets LEAKS where validate sets j.err: a call between (caught).
func (j *job) leakMethodSets(name string) {
	var f *os.File
	f, j.err = os.Open(name) // want `f returned by os\.Open is not closed`
	j.validate()
	if j.err != nil {
		return
	}
	j.files = append(j.files, f)
}
