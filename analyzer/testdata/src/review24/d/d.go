// Package d: a new handle returned as a copy that a plain setter gives an
// ID: the copy is the caller's, and so is the store it shares.
package d

import (
	"errors"
	"os"
	"strconv"
)

type handle struct {
	ID    string
	Store *os.File
	seq   int
}

func (h *handle) Close() error { // want Close:"releases p0; nothing when zero; closes p0.Store"
	return h.Store.Close()
}

func (h *handle) setID(parent string) {
	h.seq++
	h.ID = parent + "-" + strconv.Itoa(h.seq)
}

func (h *handle) copy() *handle { // want copy:"gives p0.Store as r0.Store"
	cn := &handle{Store: h.Store}
	cn.setID(h.ID)
	return cn
}

func openHandle(name string) (*handle, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &handle{ID: name, Store: f}, nil
}

// OpenCopy is fine: the copy carries the store it opened.
// A false alarm before this round and still (kept here as found): h is
// taken for not handed over by the copy. The "borrows r0" fact that the
// round's first build gave it is gone: a view of a value the function
// opened carries what that value holds.
func OpenCopy(name string) (*handle, error) {
	h, err := openHandle(name) // want `h returned by openHandle is not closed before the return at line 50`
	if err != nil {
		return nil, err
	}
	return h.copy(), nil
}

// OpenCopyLeak leaks the store when the name is wrong.
func OpenCopyLeak(name string) (*handle, error) {
	h, err := openHandle(name) // want `h returned by openHandle is not closed on any path`
	if err != nil {
		return nil, err
	}
	c := h.copy()
	if len(name) > 100 {
		return nil, errors.New("too long")
	}
	return c, nil
}

// LeakOpenCopy drops the new copy, and the store it carries, when the
// stat fails.
// Missed once, and fixed since (a85d554): OpenCopy's result is taken for borrowed (the
// copy is a view of h, a new handle of OpenCopy's own); reported at eafef27.
func LeakOpenCopy(name string) error {
	c, err := OpenCopy(name) // want `c returned by OpenCopy is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := c.Store.Stat(); err != nil {
		return err
	}
	return c.Close()
}

// UseCopy closes the copy, which closes the store.
func UseCopy(name string) error {
	c, err := OpenCopy(name)
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Store.Stat()
	return err
}
