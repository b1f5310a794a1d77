// Package a: a copy of a handle that a helper of the package fills
// through an element of a slice or a map the copy was made with: the
// helper stores no resource into a field, but it puts a file of its own
// into the copy all the same.
package a

import (
	"os"
	"strconv"
)

type store interface {
	Exec(q string) error
	Close() error
}

type handle struct {
	ID     string
	Store  store
	seq    int
	logs   []*os.File
	byName map[string]*os.File
}

func (h *handle) Close() error { // want Close:"releases p0; closes p0.Store,p0.byName\\[\\],p0.logs\\[\\]"
	for _, f := range h.logs {
		if f != nil {
			f.Close()
		}
	}
	for _, f := range h.byName {
		f.Close()
	}
	return h.Store.Close()
}

func (h *handle) setID(parent string) {
	h.seq++
	h.ID = parent + "-" + strconv.Itoa(h.seq)
}

// openLog looks plain: it stores nothing into a field of h, only into an
// element of the slice h was made with.
func (h *handle) openLog(name string) {
	f, err := os.Create(name)
	if err != nil {
		return
	}
	h.logs[0] = f
}

// openNamed puts the file into the map h was made with.
func (h *handle) openNamed(name string) {
	f, err := os.Create(name)
	if err != nil {
		return
	}
	h.byName[name] = f
}

func (h *handle) copyWithLog(name string) *handle { // want copyWithLog:"gives p0.Store as r0.Store"
	cn := &handle{Store: h.Store, logs: make([]*os.File, 1)}
	cn.setID(h.ID)
	cn.openLog(name)
	return cn
}

// Once wrongly "borrows r0" (a85d554, fixed since): the map element store is not seen.
func (h *handle) copyWithNamed(name string) *handle { // want copyWithNamed:"^gives p0.Store as r0.Store$"
	cn := &handle{Store: h.Store, byName: map[string]*os.File{}}
	cn.setID(h.ID)
	cn.openNamed(name)
	return cn
}

// LeakSliceElem drops the copy, and the log file it holds.
func LeakSliceElem(h *handle) error {
	c := h.copyWithLog("trace.log") // want `c returned by h\.copyWithLog is not closed`
	return c.Store.Exec("select 1")
}

// LeakMapElem drops the copy, and the file in its map.
// Missed once, and fixed since (a85d554, setsOnlyPlain): reported at eafef27.
func LeakMapElem(h *handle) error {
	c := h.copyWithNamed("trace.log") // want `c returned by h\.copyWithNamed is not closed`
	return c.Store.Exec("select 1")
}
