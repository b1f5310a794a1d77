package errpath

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"strings"
)

// header writes into memory: its error is always nil.
func header(buf *bytes.Buffer, name string) error { // want header:"nil r0"
	if _, err := buf.WriteString(name); err != nil {
		return err
	}
	return buf.WriteByte('\n')
}

// validate never fails, whatever it is given.
func validate(name string) error { // want validate:"nil r0"
	if name == "" {
		return nil
	}
	return nil
}

// check fails for an empty name.
func check(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	return nil
}

// bufferedHeader is fine: the error of a write into a bytes.Buffer is
// always nil, so its return is never taken.
func bufferedHeader(name string) (*bytes.Buffer, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := buf.WriteString(name); err != nil {
		return nil, err
	}
	f.Close()
	return &buf, nil
}

// hashedName is fine: a hash's Write never returns an error, nor does a
// function of the package whose every return gives a nil error.
func hashedName(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	if _, err := h.Write([]byte(name)); err != nil {
		return nil, err
	}
	if err := validate(name); err != nil {
		return nil, err
	}
	var sb strings.Builder
	if err := header(new(bytes.Buffer), name); err != nil {
		return nil, err
	}
	if _, err := sb.WriteString(name); err != nil {
		return nil, err
	}
	f.Close()
	return h.Sum(nil), nil
}

// checkedName leaks the file when check fails: its error is not always
// nil.
func checkedName(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line \d+ is reached when err != nil`
	if err != nil {
		return err
	}
	if err := check(name); err != nil {
		return err
	}
	return f.Close()
}

// bufferedWrite leaks the file when the write fails: any writer but a
// buffer in memory may fail.
func bufferedWrite(name string, w io.Writer) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line \d+ is reached when err != nil`
	if err != nil {
		return err
	}
	if _, err := w.Write([]byte(name)); err != nil {
		return err
	}
	return f.Close()
}
