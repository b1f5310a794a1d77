// Accepted, not fixed (round twenty-one): a Close that closes a channel
// and then drains it is taken for the channel's one consumer, even where
// the field is exported; a goroutine of another package that ranges over
// it too (and races Close for what is left) is not seen. README's Limits
// says so. The want comment on collectorLeak was taken out.
//
// Package drainexpuse tests rule 1 (drainsClosed) across packages: a
// goroutine of this package (given the channel c.Samples) ranges over drainexp's exported Samples
// channel, and only Collector.Close ends it. collectorLeak SHOULD be
// reported (a goroutine leak on the error return).
package drainexpuse

import (
	"errors"

	"review32/drainexp"
)

var errFail = errors.New("fail")

func watch(samples <-chan int, out chan<- int) {
	for v := range samples {
		out <- v
	}
	close(out)
}

func collectorLeak(fail bool, out chan<- int) error { // want collectorLeak:"keeps p1"
	c := drainexp.New() // accepted miss, see the package comment
	go watch(c.Samples, out)
	if fail {
		return errFail // watch blocks forever on c.Samples
	}
	c.Close()
	return nil
}
