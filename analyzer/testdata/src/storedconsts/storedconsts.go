// Package storedconsts: a branch on a field that the function has just
// set to a constant, in the same block with no call in between, goes one
// way only. What the other way acquires is never acquired, and a return
// there is no path that leaks.
package storedconsts

import (
	"errors"
	"os"
)

type cacheType int

const (
	memory cacheType = iota
	disk
)

// Options configure a cache.
type Options struct {
	Cache cacheType
	Path  string
	Extra bool
}

type cache struct {
	f    *os.File
	keys map[string]string
}

// SafeForcedMemory forces the memory cache: the disk branch never runs.
func SafeForcedMemory(opts Options) (*cache, error) {
	c := &cache{}
	opts.Cache = memory
	if opts.Cache == memory {
		c.keys = map[string]string{}
	} else {
		f, err := os.Open(opts.Path)
		if err != nil {
			return nil, err
		}
		if opts.Extra {
			return nil, errors.New("extra") // never reached
		}
		c.f = f
	}
	return c, nil
}

// SafeNoEarlyReturn opens a file, then a forced setting rules out the
// return that would drop it.
func SafeNoEarlyReturn(opts Options) (*os.File, error) {
	f, err := os.Open(opts.Path)
	if err != nil {
		return nil, err
	}
	opts.Cache = disk
	if opts.Cache != disk {
		return nil, errors.New("not on disk") // never reached
	}
	return f, nil
}

func reset(o *Options) { o.Cache = memory }

// LeakAfterCall sets the field, but a call in between may change it: the
// early return is a path that leaks.
func LeakAfterCall(opts Options) (*os.File, error) {
	f, err := os.Open(opts.Path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	opts.Cache = disk
	reset(&opts)
	if opts.Cache != disk {
		return nil, errors.New("not on disk")
	}
	return f, nil
}
