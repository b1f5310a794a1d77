package review14

import (
	"sync"
	"time"
)

// runner is what a poller's Start hands to a timer.
type runner interface {
	run()
}

// poller's Start runs a ticking loop on a timer's goroutine, through an
// interface; Close stops the loop and waits for it.
type poller struct {
	wg   sync.WaitGroup
	quit chan struct{}
}

func newPoller() (*poller, error) { return &poller{quit: make(chan struct{})}, nil } // want newPoller:"nil r1"

func (p *poller) run() {
	defer p.wg.Done()
	tk := time.NewTicker(time.Second)
	defer tk.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-tk.C:
		}
	}
}

func (p *poller) Start() { // want Start:"keeps p0; starts p0"
	p.wg.Add(1)
	var r runner = p
	time.AfterFunc(0, func() { r.run() })
}

func (p *poller) Close() error { // want Close:"^nil r0$"
	close(p.quit)
	p.wg.Wait()
	return nil
}

// pollerLeak starts the poller and drops it: its loop and ticker run
// forever.
//
// Hidden by the first version of a rule of its round, reported before and since: waitsForOwnCalls (channels.go):
// the package has no go statement, and handsOffClosureWith does not look
// through the interface that the closure given to time.AfterFunc
// captures, so Close "releases nothing".
func pollerLeak() error { // want pollerLeak:"nil r0"
	p, err := newPoller() // want `p returned by newPoller is not closed`
	if err != nil {
		return err
	}
	p.Start()
	return nil
}
