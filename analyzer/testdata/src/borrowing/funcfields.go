package borrowing

// This file calls function values that the package keeps in unexported
// fields of its own structs: the functions it stores there are all the
// call can run, so what they return decides whether the call acquires.

import (
	"net"
	"os"
)

type shard struct {
	conn net.Conn
}

func (s *shard) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

type broker struct {
	shards []*shard
}

// callbacks is what a subscriber is given to find its shard again.
type callbacks struct {
	shardFor func(ch string) *shard
	open     func(name string) (*os.File, error)
	external func(ch string) *shard
}

func newCallbacks(b *broker, ext func(string) *shard) *callbacks { // want newCallbacks:"keeps p0,p1; wraps p1 in r0"
	return &callbacks{
		shardFor: func(ch string) *shard { return b.shards[len(ch)%len(b.shards)] },
		open:     os.Open,
		external: ext,
	}
}

// SafeResubscribe is fine: shardFor gives one of the broker's shards,
// which the broker owns; the loop only compares it.
func SafeResubscribe(cb *callbacks, channels []string, mine *shard) []string {
	var out []string
	for _, ch := range channels {
		if cb.shardFor(ch) != mine {
			continue
		}
		out = append(out, ch)
	}
	return out
}

// openLeak drops what open gives, a file the package's os.Open opened.
func openLeak(cb *callbacks, name string) error {
	f, err := cb.open(name) // want `f returned by cb.open is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = f
	return nil
}

// externalLeak drops what external gives: the field holds a function of
// the caller's, which may make a new shard.
func externalLeak(cb *callbacks, channels []string, mine *shard) int {
	n := 0
	for _, ch := range channels {
		if cb.external(ch) != mine { // want `the \*shard returned by cb.external is not closed before the loop acquires the next one here`
			n++
		}
	}
	return n
}

type hooks struct {
	pick func(ch string) *shard
}

func newHooks(b *broker) *hooks { // want newHooks:"keeps p0"
	h := &hooks{pick: func(ch string) *shard { return b.shards[0] }}
	install(&h.pick)
	return h
}

// install sets the hook through its address, to a function that makes a
// new shard.
func install(p *func(string) *shard) {
	*p = func(string) *shard { return &shard{} }
}

// pickLeak drops what pick gives: the field's address left newHooks, so
// pick may be any function.
func pickLeak(h *hooks, channels []string, mine *shard) int {
	n := 0
	for _, ch := range channels {
		if h.pick(ch) != mine { // want `the \*shard returned by h.pick is not closed before the loop acquires the next one here`
			n++
		}
	}
	return n
}
