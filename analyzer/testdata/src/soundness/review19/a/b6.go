package a

import (
	"os"
	"sync"
	"testing"
)

type pool struct{ files []*os.File }

type sinkH1 func(f *os.File)

func fa1(p *pool) { // want fa1:"keeps p0"
	put := sinkH1(func(f *os.File) { p.files = append(p.files, f) })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	put(f)
}

type sinkH2 func(f *os.File)

func fa2(t *testing.T) { // want fa2:"keeps p0"
	reg := sinkH2(func(f *os.File) { t.Cleanup(func() { f.Close() }) })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	reg(f)
}

type sinkH3 func(f *os.File)

func fa3(m *sync.Map) { // want fa3:"keeps p0"
	put := sinkH3(func(f *os.File) { m.Store(f.Name(), f) })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	put(f)
}

type sinkH4 func(f *os.File)

func fa4(next func(*os.File)) { // want fa4:"keeps p0"
	pass := sinkH4(func(f *os.File) { next(f) })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	pass(f)
}

type Adder interface{ Add(f *os.File) }

type sinkH5 func(f *os.File)

func fa5(a Adder) { // want fa5:"keeps p0"
	pass := sinkH5(func(f *os.File) { a.Add(f) })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	pass(f)
}

type sinkH6 func(f *os.File) error

func fa6() {
	var mu sync.Mutex
	open := map[*os.File]bool{}
	track := sinkH6(func(f *os.File) error {
		mu.Lock()
		defer mu.Unlock()
		open[f] = true
		return nil
	})
	f, err := os.Open("x")
	if err != nil {
		return
	}
	_ = track(f)
	for g := range open {
		g.Close()
	}
}

type sinkH7 func(f *os.File) bool

func fa7(done chan struct{}, ch chan *os.File) { // want fa7:"keeps p0,p1"
	send := sinkH7(func(f *os.File) bool {
		select {
		case ch <- f:
			return true
		case <-done:
			f.Close()
			return false
		}
	})
	f, err := os.Open("x")
	if err != nil {
		return
	}
	send(f)
}

// a sink stored in a struct field, field of its own unexported type
type sinkH8 func(f *os.File)

type server struct {
	onOpen sinkH8
	all    []*os.File
}

func newServer() *server {
	s := &server{}
	s.onOpen = sinkH8(func(f *os.File) { s.all = append(s.all, f) })
	return s
}

func (s *server) fa8() {
	f, err := os.Open("x")
	if err != nil {
		return
	}
	s.onOpen(f)
}
