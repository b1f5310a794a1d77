package review14

import (
	"io"
	"net"
	"sync"
	"time"
)

// batcher's Start runs, on a timer's goroutine, a function that holds the
// connection until Close closes quit; the function sees the group and the
// channel, not the batcher.
type batcher struct {
	wg   sync.WaitGroup
	quit chan struct{}
}

func newBatcher() *batcher { return &batcher{quit: make(chan struct{})} } // want newBatcher:"dormant r0"

func (b *batcher) Start(conn net.Conn) { // want Start:"keeps p1"
	b.wg.Add(1)
	wg, quit := &b.wg, b.quit
	time.AfterFunc(0, func() {
		defer wg.Done()
		defer conn.Close()
		<-quit
	})
}

func (b *batcher) Close() error { // want Close:"nil r0"
	close(b.quit)
	b.wg.Wait()
	return nil
}

// batcherLeak starts the batcher and never closes it: the connection
// stays open on the timer's goroutine.
//
// Hidden by the first version of a rule of its round, reported before and since: dormant.go: Start hands a closure
// over the batcher's group to time.AfterFunc, which startsParam does not
// count as a start.
func batcherLeak(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	b := newBatcher() // want `b returned by newBatcher is not closed`
	b.Start(conn)
	return nil
}

// Source opens named streams.
type Source interface {
	Open(name string) (io.ReadCloser, error)
}

type opener interface {
	Open(name string) (io.ReadCloser, error)
}

// prefixed is the package's only Source: it opens through what it wraps.
type prefixed[T opener] struct {
	inner  T
	prefix string
}

func (p *prefixed[T]) Open(name string) (io.ReadCloser, error) {
	return p.inner.Open(p.prefix + name)
}

// sourceLeak never closes the stream it opened.
func sourceLeak(s Source) (int, error) {
	rc, err := s.Open("x") // want `rc returned by s.Open is not closed`
	if err != nil {
		return 0, err
	}
	buf := make([]byte, 8)
	return rc.Read(buf)
}
