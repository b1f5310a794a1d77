package a

import (
	"io"
	"os"
	"sync"
)

// ---- static analogs of H5b and H6 (to tell pre-existing from new)

func staticOwn(f *os.File) io.ReadCloser { // want staticOwn:"keeps p0; wraps p0 in r0; r0 is \\*rc,\\*pair"
	l, err := os.Create("log")
	if err != nil {
		return &rc{f}
	}
	return &pair{f, l}
}

func h6s(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	r := staticOwn(f)
	buf := make([]byte, 1)
	_, _ = r.Read(buf)
}

// ---- F1..F5: callbacks that keep the file: false alarms?

type sinkFn func(f *os.File)

func f1() {
	var held []*os.File
	keep := sinkFn(func(f *os.File) { held = append(held, f) })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	keep(f)
	defer func() {
		for _, h := range held {
			h.Close()
		}
	}()
}

type sinkFn2 func(f *os.File)

func f2() map[string]*os.File {
	m := map[string]*os.File{}
	put := sinkFn2(func(f *os.File) { m[f.Name()] = f })
	f, err := os.Open("x")
	if err != nil {
		return nil
	}
	put(f)
	return m
}

type sinkFn3 func(f *os.File)

func f3(wg *sync.WaitGroup) { // want f3:"keeps p0"
	bg := sinkFn3(func(f *os.File) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer f.Close()
			_, _ = io.Copy(io.Discard, f)
		}()
	})
	f, err := os.Open("x")
	if err != nil {
		return
	}
	bg(f)
}

type sinkFn4 func(f *os.File)

func f4(ch chan *os.File) { // want f4:"keeps p0"
	send := sinkFn4(func(f *os.File) { ch <- f })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	send(f)
}

type sinkFn5 func(f *os.File)

type registry struct {
	mu    sync.Mutex
	files []*os.File
}

func (r *registry) add(f *os.File) { // want add:"keeps p1"
	r.mu.Lock()
	r.files = append(r.files, f)
	r.mu.Unlock()
}

func f5(r *registry) { // want f5:"keeps p0"
	add := sinkFn5(r.add) // bound method
	f, err := os.Open("x")
	if err != nil {
		return
	}
	add(f)
}

type sinkFn6 func(r *registry, f *os.File)

func f6(r *registry) {
	add := sinkFn6((*registry).add) // method expression
	f, err := os.Open("x")
	if err != nil {
		return
	}
	add(r, f)
}

// a callback that keeps the file only in a package-level var through a
// helper goroutine started with the file as argument
type sinkFn7 func(f *os.File)

var drain sinkFn7 = func(f *os.File) {
	go func(g *os.File) {
		_, _ = io.Copy(io.Discard, g)
		g.Close()
	}(f)
}

func f7() {
	f, err := os.Open("x")
	if err != nil {
		return
	}
	drain(f)
}

// a callback that closes the file via defer in a struct it captures
type sinkFn8 func(f *os.File)

func f8() {
	var cleanup []func() error
	reg := sinkFn8(func(f *os.File) { cleanup = append(cleanup, f.Close) })
	f, err := os.Open("x")
	if err != nil {
		return
	}
	reg(f)
	for _, c := range cleanup {
		c()
	}
}

// ---- R: recursion through a value of the type
type walkFn func(f *os.File, n int) error

var walk walkFn

func init() {
	walk = func(f *os.File, n int) error {
		if n == 0 {
			return f.Close()
		}
		return walk(f, n-1)
	}
}

func r1() {
	f, err := os.Open("x")
	if err != nil {
		return
	}
	_ = walk(f, 3)
}

type walkFn2 func(f *os.File, n int)

func r2() {
	var w walkFn2
	w = func(f *os.File, n int) {
		if n > 0 {
			w(f, n-1)
		}
	}
	f, err := os.Open("x") // real leak: w never closes
	if err != nil {
		return
	}
	w(f, 2)
}

// ---- M: index mapping, bound method that closes its argument vs receiver

type holder struct{ own *os.File }

func (h *holder) closeArg(f *os.File) error { return f.Close() }     // want closeArg:"releases p1"
func (h *holder) closeOwn(f *os.File) error { return h.own.Close() } // want closeOwn:"closes p0.own"

type closeFn func(f *os.File) error

func m1(h *holder, pick bool) { // want m1:"keeps p0; closes p0.own"
	c := closeFn(h.closeArg)
	if pick {
		c = closeFn(h.closeOwn)
	}
	f, err := os.Open("x") // real leak when pick
	if err != nil {
		return
	}
	_ = c(f)
}

type closeFn2 func(f *os.File) error

func m2(h *holder) { // want m2:"keeps p0; closes p0.own"
	c := closeFn2(h.closeOwn)
	f, err := os.Open("x") // real leak: closes the receiver's file
	if err != nil {
		return
	}
	_ = c(f)
}

// closure with free variables before the parameter
type closeFn3 func(f *os.File) error

func m3() {
	g, err := os.Open("g")
	if err != nil {
		return
	}
	c := closeFn3(func(f *os.File) error { return g.Close() })
	f, err := os.Open("x") // want `f returned by os.Open is not closed`
	if err != nil {
		return
	}
	_ = c(f)
}
