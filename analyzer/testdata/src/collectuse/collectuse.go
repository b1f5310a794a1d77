// Package collectuse drops collectors of collectdep on early returns.
package collectuse

import (
	"errors"

	"collectdep"
)

var errPurge = errors.New("purge failed")

func purge(fail bool) error {
	if fail {
		return errPurge
	}
	return nil
}

// SafeRun is fine: a Bench's Close only adds up its samples in memory,
// so dropping it before any was added leaks nothing.
func SafeRun(fail bool) error {
	b := collectdep.NewBench("run", 4)
	if err := purge(fail); err != nil {
		return err
	}
	b.AddSample(&collectdep.Sample{Count: 1})
	b.Close()
	return nil
}

func pipeLeak(fail bool) error {
	p := collectdep.NewPipe() // want `p returned by collectdep.NewPipe is not closed on all paths`
	if err := purge(fail); err != nil {
		return err
	}
	p.Close()
	return nil
}

func tallyLeak(pool *collectdep.Pool, fail bool) error {
	t := collectdep.NewTally(pool) // want `t returned by collectdep.NewTally is not closed on all paths`
	if err := purge(fail); err != nil {
		return err
	}
	t.Close()
	return nil
}

func feedLeak(fail bool) error {
	f := collectdep.NewFeed() // want `f returned by collectdep.NewFeed is not closed on all paths`
	if err := purge(fail); err != nil {
		return err
	}
	f.Close()
	return nil
}
