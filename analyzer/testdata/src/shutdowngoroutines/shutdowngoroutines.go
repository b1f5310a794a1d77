package shutdowngoroutines

import (
	"context"
	"errors"
	"log"
	"net"
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

// startFeed starts the goroutine that closes the connection only where
// the handshake succeeds; where it fails, the caller still owns it: no
// goroutine releases its receiver on every path.
type conn struct{ net.Conn }

func (c *conn) handshake() error {
	_, err := c.Write([]byte("hello"))
	return err
}

func (c *conn) startFeed() error { // want startFeed:"keeps p0; starts p0; closes p0.Conn"
	if err := c.handshake(); err != nil {
		return err
	}
	go func() {
		c.Close()
	}()
	return nil
}
