// Package faults returns, beside a file, a fault of its own: an interface
// that is no error, set only where the file is nil, as an error would be.
package faults

import "os"

// Fault is what a failed operation gives back.
type Fault interface {
	GetFault() string
}

type invalidState struct{ msg string }

func (f *invalidState) GetFault() string { return f.msg }

// create makes the file, or says why it cannot, with nil beside the fault.
func create(name string, exists bool) (*os.File, Fault) { // want create:"r1 is \\*invalidState"
	if exists {
		return nil, &invalidState{"exists"}
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, &invalidState{err.Error()}
	}
	return f, nil
}

// Snapshot writes b into a new file; where create failed, there is no file.
func Snapshot(name string, exists bool, b []byte) Fault { // want Snapshot:"r0 is \\*invalidState"
	f, fault := create(name, exists)
	if fault != nil {
		return fault
	}
	defer f.Close()
	if _, err := f.Write(b); err != nil {
		return &invalidState{err.Error()}
	}
	return nil
}

// Handler is what a lookup gives beside a file: it may come with one.
type Handler interface {
	Handle(f *os.File) error
}

type printer struct{}

func (printer) Handle(f *os.File) error { return nil } // want Handle:"nil r0"

// open gives a file and, for some names, a handler beside it.
func open(name string) (*os.File, Handler) { // want open:"borrows r1; r1 is printer"
	f, err := os.Open(name)
	if err != nil {
		return nil, nil
	}
	if name == "print" {
		return f, printer{}
	}
	return f, nil
}

// Leak drops the file where a handler came with it: the handler is no
// fault, since open returns it beside a file.
func Leak(name string) error {
	f, h := open(name) // want `f returned by open is not closed`
	if h != nil {
		return h.Handle(nil)
	}
	if f == nil {
		return nil
	}
	return f.Close()
}
