package a

import (
	"os"
	"sync/atomic"

	"review29/dep"
)

// A31 is fine: the cleanup closes the file.
func A31(p string) error {
	f, cleanup, err := dep.OpenC(p)
	if err != nil {
		return err
	}
	defer cleanup()
	_, err = f.Read(nil)
	return err
}

// A32 is fine: same, directly.
func A32(p string) error {
	f, cleanup, err := dep.OpenDirect(p)
	if err != nil {
		return err
	}
	defer cleanup()
	_, err = f.Read(nil)
	return err
}

// A33 is fine: deferred release through an alias.
func A33(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer dep.CloseQuietly(f)
	_, err = f.Read(nil)
	return err
}

// A34 is fine.
func A34(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer dep.CloseFile(f)
	_, err = f.Read(nil)
	return err
}

var v atomic.Value

// A35 is fine: kept in a global.
func A35(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	dep.VStore(&v, f)
	return nil
}
