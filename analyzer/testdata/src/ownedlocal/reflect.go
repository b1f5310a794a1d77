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
