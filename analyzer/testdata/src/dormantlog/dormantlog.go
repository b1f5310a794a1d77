// Package dormantlog has services whose Close logs that they stop before
// it stops the goroutine that Start began.
package dormantlog

import (
	"errors"
	"log/slog"
	"net/http"
	"sync"
)

// Sampler recomputes probabilities in the background once started.
type Sampler struct {
	logger   *slog.Logger
	shutdown chan struct{}
	done     sync.WaitGroup
}

// NewSampler only allocates: nothing runs until Start.
func NewSampler(name string) *Sampler { // want NewSampler:"dormant r0"
	return &Sampler{logger: slog.Default().With("sampler", name), shutdown: make(chan struct{})}
}

// Start begins the background loop.
func (s *Sampler) Start() { // want Start:"keeps p0; starts p0"
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		<-s.shutdown
	}()
}

// Close says that it stops, and stops the loop.
func (s *Sampler) Close() error { // want Close:"nil r0"
	s.logger.Info("stopping sampler")
	close(s.shutdown)
	s.done.Wait()
	return nil
}

// SafeCreate is fine: the sampler is dropped before it is started.
func SafeCreate(name string, ok bool) (*Sampler, error) {
	s := NewSampler(name)
	if !ok {
		return nil, errors.New("aggregator failed")
	}
	s.Start()
	return s, nil
}

// startedLeak drops the started sampler.
func startedLeak(name string, ok bool) error {
	s := NewSampler(name) // want `s returned by NewSampler is not closed on all paths`
	s.Start()
	if !ok {
		return errors.New("aggregator failed")
	}
	return s.Close()
}

// Poller polls over an HTTP client whose idle connections its Close
// closes: that is a release, not a message.
type Poller struct {
	http *http.Client
	stop chan struct{}
}

// NewPoller makes a poller with its own client.
func NewPoller() *Poller {
	return &Poller{http: &http.Client{Transport: &http.Transport{}}, stop: make(chan struct{})}
}

// Close stops polling and closes the client's idle connections.
func (p *Poller) Close() error { // want Close:"nil r0"
	close(p.stop)
	p.http.CloseIdleConnections()
	return nil
}

// pollerLeak drops the poller where the URL is empty.
func pollerLeak(url string) error {
	p := NewPoller() // want `p returned by NewPoller is not closed on all paths`
	if url == "" {
		return errors.New("no url")
	}
	return p.Close()
}
