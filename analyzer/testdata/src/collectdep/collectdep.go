// Package collectdep declares collectors for collectuse: values whose
// Close closes the queue of samples they keep and adds up what is left in
// it, and twins whose Close ends a goroutine or a shared count.
package collectdep

import (
	"slices"
	"time"
)

// Sample is one client's measure.
type Sample struct {
	Start   time.Time
	Count   int
	Latency []int
}

// Group adds up samples.
type Group struct {
	samples []*Sample
	start   time.Time
	count   int
	lat     []int
}

// NewGroup returns an empty group.
func NewGroup() *Group {
	g := new(Group)
	g.samples = make([]*Sample, 0)
	return g
}

// Add adds s to the group.
func (g *Group) Add(s *Sample) { // want Add:"keeps p1"
	g.samples = append(g.samples, s)
	if len(g.samples) == 1 || s.Start.Before(g.start) {
		g.start = s.Start
	}
	g.count += s.Count
	g.lat = append(g.lat, s.Latency...)
}

// Bench collects samples from its clients. Close closes the queue and
// drains it into the group that NewBench made: nothing but memory is
// held, and the package starts no goroutine that waits on the queue.
type Bench struct {
	Name    string
	Group   *Group
	Samples chan *Sample
	count   int
	lat     []int
}

// NewBench returns a bench for clients clients.
func NewBench(name string, clients int) *Bench {
	b := Bench{Name: name}
	b.Group = NewGroup()
	b.Samples = make(chan *Sample, clients)
	return &b
}

// Close adds up the samples: no more can be added.
func (b *Bench) Close() { // want Close:"releases nothing"
	close(b.Samples)
	for s := range b.Samples {
		b.Group.Add(s)
	}
	b.count = b.Group.count
	slices.Sort(b.Group.lat)
	b.lat = b.Group.lat
}

// AddSample queues s.
func (b *Bench) AddSample(s *Sample) { b.Samples <- s } // want AddSample:"keeps p1"

// Pipe is a Bench whose samples a goroutine of its own also takes: its
// Close ends that goroutine.
type Pipe struct {
	Group   *Group
	Samples chan *Sample
}

// NewPipe returns a pipe whose goroutine adds what it is sent.
func NewPipe() *Pipe {
	p := &Pipe{Group: NewGroup(), Samples: make(chan *Sample)}
	go p.run()
	return p
}

func (p *Pipe) run() {
	for s := range p.Samples {
		p.Group.Add(s)
	}
}

// Close ends the goroutine and adds up what is left.
func (p *Pipe) Close() {
	close(p.Samples)
	for s := range p.Samples {
		p.Group.Add(s)
	}
}

// Pool counts the tallies that share it.
type Pool struct{ open int }

// Put gives one back.
func (p *Pool) Put() { p.open-- } // want Put:"nothing when zero"

// Tally is a Bench whose group is the pool it was given: its Close gives
// it back.
type Tally struct {
	pool    *Pool
	Samples chan *Sample
}

// NewTally takes one from pool.
func NewTally(pool *Pool) *Tally {
	pool.open++
	return &Tally{pool: pool, Samples: make(chan *Sample, 4)}
}

// Close gives the tally back to its pool.
func (t *Tally) Close() {
	close(t.Samples)
	for range t.Samples {
	}
	t.pool.Put()
}

// Feed is a queue that others drain: its Close wakes them.
type Feed struct {
	Samples chan *Sample
}

// NewFeed returns an open feed.
func NewFeed() *Feed { return &Feed{Samples: make(chan *Sample)} }

// Close ends the feed.
func (f *Feed) Close() {
	for range f.Samples {
		break
	}
	close(f.Samples)
}
