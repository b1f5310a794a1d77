package releasers

// This file returns, beside a file, functions that close it or not.

import (
	"io"
	"os"
)

// UseCondDeferDirect closes the file only when it fails, by defer.
func UseCondDeferDirect(p string) (err error) {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	if _, err = f.Stat(); err != nil {
		return err
	}
	return nil
}

// openRel returns the file and a func that closes it.
func openRel(p string) (*os.File, func(), error) { // want openRel:"r1 releases r0"
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// UseCondDefer calls the release only when it fails, by defer.
func UseCondDefer(p string) (err error) {
	f, cleanup, err := openRel(p)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			cleanup()
		}
	}()
	if _, err = f.Stat(); err != nil {
		return err
	}
	return nil
}

// UseCondDefer2 calls the release only on some paths.
func UseCondDefer2(p string, flag bool) error {
	f, cleanup, err := openRel(p) // want `f returned by openRel is not closed`
	if err != nil {
		return err
	}
	defer func() {
		if flag {
			cleanup()
		}
	}()
	_, err = f.Stat()
	return err
}

// openReader returns the file and a func that returns it as a reader,
// which releases nothing.
func openReader(p string) (*os.File, func() io.Reader, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	return f, func() io.Reader { return f }, nil
}

// UseReader leaks the file: calling the func only gives it back.
func UseReader(p string) error {
	f, rd, err := openReader(p) // want `f returned by openReader is not closed`
	if err != nil {
		return err
	}
	_, err = io.ReadAll(rd())
	f.Stat()
	return err
}

var reg = map[string]*os.File{}

// openReg returns the file and a func that closes it.
func openReg(p string) (*os.File, func(), error) { // want openReg:"r1 releases r0"
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { reg[p] = f }, nil
}
