// Package endsalike tests rule 6 (endsAlike): End, a method without
// parameters or results, is a release when Close only calls it and returns
// a constant.
//   - Tx.Close calls End only while the tx is open, and returns nil: End
//     is a release. SafeEnd (ends the tx on every path) is fine; dropLeak
//     (neither End nor Close on the error path) SHOULD be reported.
//   - Job.Close starts End on a goroutine (go j.End()): End is still what
//     Close does. SafeJobEnd is fine.
//   - Step.Close calls Flush on ANOTHER Step (s.next.Flush()): Flush of s
//     releases nothing of s, so flushLeak SHOULD be reported.
package endsalike

import "errors"

var txEnd func(id int)

// Tx is a transaction.
type Tx struct {
	id   int
	open bool
}

// Begin starts a transaction.
func Begin(id int) (*Tx, error) {
	if id < 0 {
		return nil, errors.New("bad id")
	}
	return &Tx{id: id, open: true}, nil
}

// End ends the transaction.
func (t *Tx) End() { // want End:"releases p0"
	txEnd(t.id)
	t.open = false
}

// Close ends the transaction if it is open.
func (t *Tx) Close() error { // want Close:"keeps p0; releases p0 on failure; nil r0"
	if t.open {
		t.End()
	}
	return nil
}

func (t *Tx) get(k string) (int, error) {
	if k == "" {
		return 0, errors.New("no key")
	}
	return t.id, nil
}

// SafeEnd is fine.
func SafeEnd(k string) (int, error) {
	t, err := Begin(1)
	if err != nil {
		return 0, err
	}
	defer t.End()
	return t.get(k)
}

func dropLeak(k string) (int, error) {
	t, err := Begin(1) // want `t returned by Begin is not closed`
	if err != nil {
		return 0, err
	}
	v, err := t.get(k)
	if err != nil {
		return 0, err
	}
	t.End()
	return v, nil
}

// Job runs until End.
type Job struct{ id int }

// Start starts a job.
func Start(id int) *Job { return &Job{id: id} }

// End stops the job.
func (j *Job) End() { txEnd(j.id) } // want End:"releases p0"

// Close stops the job in the background.
func (j *Job) Close() error { // want Close:"keeps p0; starts p0; released by a goroutine p0; nil r0"
	go j.End()
	return nil
}

// SafeJobEnd is fine.
func SafeJobEnd() int {
	j := Start(2)
	defer j.End()
	return j.id
}

// Step is a chain of steps; Close flushes the next one.
type Step struct {
	id   int
	next *Step
}

// NewStep starts a step after next.
func NewStep(id int, next *Step) *Step { return &Step{id: id, next: next} }

// Flush flushes the step.
func (s *Step) Flush() { txEnd(s.id) }

// Close flushes the next step.
func (s *Step) Close() error { // want Close:"nil r0"
	s.next.Flush()
	return nil
}

func flushLeak(next *Step, fail bool) error {
	s := NewStep(3, next) // want `s returned by NewStep is not closed`
	if fail {
		return errors.New("fail")
	}
	s.Flush()
	return nil
}
