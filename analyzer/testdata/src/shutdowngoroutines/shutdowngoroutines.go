package shutdowngoroutines

import (
	"context"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"sync"
)

type server struct {
	*http.Server
	addr string
}

func newServer(addr string) server {
	api := http.Server{Addr: addr}
	return server{&api, addr}
}

// start serves on a goroutine, and shuts the server down on another when
// the process is told to stop: that goroutine owns the server.
func (s server) start(wg *sync.WaitGroup) { // want start:"keeps p0,p1; starts p0; released by a goroutine p0; closes p0.Server"
	stopped := make(chan struct{})
	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt)
		<-sig
		if err := s.Shutdown(context.Background()); err != nil {
			log.Printf("shutdown: %v", err)
		}
		close(stopped)
	}()
	wg.Add(1)
	go func() {
		if err := s.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Print(err)
		}
		<-stopped
		wg.Done()
	}()
}

// serveOnly serves on a goroutine that nothing stops.
func (s server) serveOnly() { // want serveOnly:"keeps p0; starts p0"
	go func() {
		s.ListenAndServe()
	}()
}

func ServeSafe(addr string) {
	var wg sync.WaitGroup
	s := newServer(addr)
	s.start(&wg)
	wg.Wait()
}

func ServeLeak(addr string) {
	s := newServer(addr) // want `s returned by newServer is not closed`
	s.serveOnly()
}
