package nestedencoders

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"os"
)

type lineBreaker struct {
	out io.Writer
}

func newLineBreaker(out io.Writer) *lineBreaker { return &lineBreaker{out: out} } // want newLineBreaker:"borrows r0"

func (l *lineBreaker) Write(b []byte) (int, error) { return l.out.Write(b) } // want Write:"keeps p1"

func (l *lineBreaker) Close() error {
	_, err := l.out.Write([]byte("\n"))
	return err
}

type encoding struct {
	out     io.Writer
	breaker *lineBreaker
	b64     io.WriteCloser
}

func (e *encoding) Write(b []byte) (int, error) { return e.b64.Write(b) } // want Write:"keeps p1"

func (e *encoding) Close() error { // want Close:"releases p0; closes p0.b64,p0.breaker"
	if err := e.b64.Close(); err != nil {
		return err
	}
	e.breaker.Close()
	_, err := e.out.Write([]byte("-----END"))
	return err
}

// Encode builds its encoder in parts, one around the other: the base64
// encoder writes into the line breaker, which writes into out. The
// encoder holds nothing but what it writes into.
func Encode(out io.Writer) (io.WriteCloser, error) { // want Encode:"keeps p0; borrows r0; r0 is \\*encoding"
	if _, err := out.Write([]byte("-----BEGIN")); err != nil {
		return nil, err
	}
	e := &encoding{out: out, breaker: newLineBreaker(out)}
	e.b64 = base64.NewEncoder(base64.StdEncoding, e.breaker)
	return e, nil
}

// ArmorSafe drops the encoder over its buffer where it fails: the buffer
// holds only memory.
func ArmorSafe(data []byte, bad bool) ([]byte, error) { // want ArmorSafe:"keeps p0"
	var buf bytes.Buffer
	w, err := Encode(&buf)
	if err != nil {
		return nil, err
	}
	if bad {
		return nil, errors.New("bad")
	}
	w.Write(data)
	w.Close()
	return buf.Bytes(), nil
}

type spooled struct {
	encoding
	spool *os.File
}

func (s *spooled) Close() error { // want Close:"releases p0; closes p0.spool"
	s.encoding.Close()
	return s.spool.Close()
}

// EncodeSpooled keeps a file of its own beside the parts: its encoder is a
// resource of its own.
func EncodeSpooled(out io.Writer) (io.WriteCloser, error) { // want EncodeSpooled:"keeps p0; r0 is \\*spooled"
	f, err := os.CreateTemp("", "spool")
	if err != nil {
		return nil, err
	}
	s := &spooled{spool: f}
	s.out = out
	s.breaker = newLineBreaker(out)
	s.b64 = base64.NewEncoder(base64.StdEncoding, s.breaker)
	return s, nil
}

func SpoolLeak(data []byte, bad bool) ([]byte, error) { // want SpoolLeak:"keeps p0"
	var buf bytes.Buffer
	w, err := EncodeSpooled(&buf) // want `w returned by EncodeSpooled is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if bad {
		return nil, errors.New("bad")
	}
	w.Write(data)
	w.Close()
	return buf.Bytes(), nil
}
