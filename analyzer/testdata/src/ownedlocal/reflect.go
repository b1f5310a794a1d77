package ownedlocal

// This file: reflection only looks at a value.

import (
	"io"
	"os"
	"reflect"
)

// describe reflects on v: it neither closes nor keeps it.
func describe(v any) string {
	return reflect.Indirect(reflect.ValueOf(v)).Type().String() + reflect.TypeOf(v).Name()
}

// described leaks f: describe only reflects on it.
func described(p string) (string, error) {
	f, err := os.Open(p) // want `f returned by os.Open is not closed before the return at line 22`
	if err != nil {
		return "", err
	}
	return describe(f), nil
}

// closeAny closes v if it can, after reflecting on it.
func closeAny(v any) string { // want closeAny:"keeps p0"
	name := reflect.TypeOf(v).String()
	if c, ok := v.(io.Closer); ok {
		c.Close()
	}
	return name
}

// safeDescribed is fine: closeAny closes f.
func safeDescribed(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	return closeAny(f), nil
}

// settable embeds a reflect.Value, and with it the Value's Close, which
// closes the channel the value holds: a settable is no resource.
type settable struct {
	reflect.Value
}

// field returns a field of s's struct.
func (s settable) field(i int) settable {
	return settable{s.Field(i)}
}

// SafeEmbeddedValue drops the settables it makes: their Close would only
// close a channel.
func SafeEmbeddedValue(v any, i int) bool {
	s := settable{reflect.ValueOf(v).Elem()}
	f := s.field(i)
	if !f.CanSet() {
		return false
	}
	return f.IsValid()
}

// fileHolder embeds a reflect.Value beside an open file, and its own Close
// closes the file.
type fileHolder struct {
	reflect.Value
	f *os.File
}

// Close closes the file h holds.
func (h *fileHolder) Close() error { return h.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// openHolder leaks the holder, whose Close is its own, when the value is
// not valid.
func openHolder(p string, v any) (*fileHolder, error) {
	f, err := os.Open(p) // want `f returned by os.Open is not closed on all paths: the return at line 84 is reached when h.IsValid\(\) is false`
	if err != nil {
		return nil, err
	}
	h := &fileHolder{reflect.ValueOf(v), f}
	if !h.IsValid() {
		return nil, io.EOF
	}
	return h, nil
}
