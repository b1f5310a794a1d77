package wrappers

import (
	"io"
	"os"
	"strings"
)

// An emitter writes what an encoder makes to the writer it was set.
type emitter struct {
	buffer []byte
	out    io.Writer
}

func setOutput(e *emitter, w io.Writer) { e.out = w } // want setOutput:"keeps p1"

type docEncoder struct {
	emitter emitter
	done    bool
}

func (e *docEncoder) Encode(v any) error {
	_, err := e.emitter.out.Write([]byte("---\n"))
	return err
}

// Close writes the end of the stream; it closes nothing.
func (e *docEncoder) Close() error {
	e.done = true
	_, err := e.emitter.out.Write(e.emitter.buffer)
	return err
}

// newDocEncoder fills a field of the new encoder with w: the encoder
// holds nothing but what it writes to.
func newDocEncoder(w io.Writer) *docEncoder { // want newDocEncoder:"wraps p0 in r0"
	e := &docEncoder{}
	setOutput(&e.emitter, w)
	return e
}

// SafeEncodeToBuilder drops an encoder over memory.
func SafeEncodeToBuilder(v any) (string, error) {
	var buf strings.Builder
	enc := newDocEncoder(&buf)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// leakEncodeToFile drops the file the encoder writes to where encoding
// failed.
func leakEncodeToFile(v any, name string) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths`
	if err != nil {
		return err
	}
	enc := newDocEncoder(f)
	if err := enc.Encode(v); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	return f.Close()
}
