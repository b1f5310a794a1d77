package globaldep

import (
	"io"
	"os"
)

// Encoder buffers what it encodes and writes it to its stream on Close.
type Encoder struct {
	w   io.Writer
	buf []byte
}

// NewEncoder returns an encoder that writes to w; its Close closes
// nothing.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} } // want NewEncoder:"borrows r0"

// Encode adds v to the buffer.
func (e *Encoder) Encode(v string) error { e.buf = append(e.buf, v...); return nil } // want Encode:"nil r0"

// Close writes the buffer to the stream.
func (e *Encoder) Close() error { _, err := e.w.Write(e.buf); return err }

// MakeEncoder is NewEncoder under another name, as a package that
// re-exports another's API declares it.
var MakeEncoder = NewEncoder // want MakeEncoder:"borrows r0"

// Create is os.Create under another name.
var Create = os.Create // want Create:"keeps nothing"

// Opener is reassigned by SetOpener: a call of it may run anything.
var Opener = os.Open

// SetOpener replaces Opener.
func SetOpener(f func(string) (*os.File, error)) { Opener = f } // want SetOpener:"keeps p0"
