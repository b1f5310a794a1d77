// Package p: a copy given to a helper that stores a file through a nested
// pointer the copy was made with. (A control: reported it, as eafef27
// does. Copies given an ID through a method value or an interface are
// taken for new at both, conservatively, so they are left out.)
package p

import "os"

type store interface {
	Exec(q string) error
	Close() error
}

type extra struct {
	log *os.File
}

type handle struct {
	ID    string
	Store store
	seq   int
	x     *extra
}

func (h *handle) Close() error { // want Close:"releases p0; closes p0.Store"
	if h.x != nil && h.x.log != nil {
		h.x.log.Close()
	}
	return h.Store.Close()
}

func (h *handle) openLog(name string) {
	h.seq++
	f, err := os.Create(name)
	if err != nil {
		return
	}
	in := h.x
	in.log = f
}

func (h *handle) copyWithLog(name string) *handle { // want copyWithLog:"^gives p0.Store as r0.Store$"
	cn := &handle{Store: h.Store, x: &extra{}}
	cn.openLog(name)
	return cn
}

func LeakWithLog(h *handle) error {
	c := h.copyWithLog("x.log") // want `c returned by h\.copyWithLog is not closed`
	return c.Store.Exec("select 1")
}
