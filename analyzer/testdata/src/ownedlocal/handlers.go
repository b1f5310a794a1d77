package ownedlocal

// This file: a variable that holds a struct before the resource is stored
// in the struct holds the resource too.

import "os"

// fileHandler serves names under root from an open file.
type fileHandler struct {
	f    *os.File
	root string
}

func (h *fileHandler) serve(name string) string { return h.root + name }

// Mux keeps the handler it is given.
type Mux struct {
	Plain  bool
	handle func(string) string
}

// SafeBoundHandler is fine: on either branch m keeps the handler that
// holds the file, as a bound method or through a closure that captures
// the variable h (so h is a variable that held the handler before the
// file was stored in it).
func (m *Mux) SafeBoundHandler(p string) error {
	h := &fileHandler{root: p}
	var err error
	h.f, err = os.Open(p)
	if err != nil {
		return err
	}
	if m.Plain {
		m.handle = h.serve
		return nil
	}
	m.handle = func(name string) string { return h.serve(name) + "/" }
	return nil
}

// leakBoundHandler leaks h.f when m.Plain: the handler is only used.
func (m *Mux) leakBoundHandler(p string) error {
	h := &fileHandler{root: p}
	var err error
	h.f, err = os.Open(p) // want `h.f returned by os.Open is not closed on all paths: the return at line 51 is reached when m.Plain at line 49`
	if err != nil {
		return err
	}
	if m.Plain {
		h.serve(p)
		return nil
	}
	m.handle = func(name string) string { return h.serve(name) + "/" }
	return nil
}
