// Package wc checks the errors of writes and closes, merged, and exits
// through captured closures.
package wc

import (
	"errors"
	"flag"
	"log"
	"os"
	"syscall"
)

// giveUpLeak: a write that fails with EAGAIN is given up silently: err is
// reset to nil on that edge and f is never closed. REAL.
func giveUpLeak(path string, data []byte) {
	f, err := os.Create(path) // want `f returned by os\.Create is not closed`
	if err != nil {
		log.Fatal(err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Close()
	} else if errors.Is(err, syscall.EAGAIN) {
		err = nil
	}
	if err != nil {
		log.Fatal(err)
	}
}

// wrapLeak: the write error is wrapped, then returned: f leaks. REAL.
func wrapLeak(path string, data []byte) error {
	f, err := os.Create(path) // want `f returned by os\.Create is not closed`
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err != nil {
		err = errors.Join(errors.New("write"), err)
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		return err
	}
	return nil
}

// SafeSyncClose: write, sync, close, each only if the last succeeded. SAFE.
func SafeSyncClose(path string, data []byte) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		log.Fatal(err)
	}
}

// keepGoingLeak: -k swaps fatalf for a logger that returns, inside a flag
// callback closure; the writer then leaves f open where the write fails.
// REAL under -k.
func keepGoingLeak(paths []string) {
	fatalf := func(format string, args ...any) {
		log.Printf(format, args...)
		os.Exit(1)
	}
	flag.BoolFunc("k", "keep going after errors", func(string) error {
		fatalf = log.Printf
		return nil
	})
	flag.Parse()
	write := func(path string, data []byte) {
		f, err := os.Create(path) // want `f returned by os\.Create is not closed`
		if err != nil {
			fatalf("creating %s: %v", path, err)
			return
		}
		_, err = f.Write(data)
		if err == nil {
			err = f.Close()
		}
		if err != nil {
			fatalf("writing %s: %v", path, err)
		}
	}
	for _, p := range paths {
		write(p, nil)
	}
}

// softFatalLeak: fatalf exits only unless keepGoing is set. REAL when set.
func softFatalLeak(paths []string, keepGoing bool) {
	fatalf := func(format string, args ...any) {
		log.Printf(format, args...)
		if !keepGoing {
			os.Exit(1)
		}
	}
	write := func(path string, data []byte) {
		f, err := os.Create(path) // want `f returned by os\.Create is not closed`
		if err != nil {
			fatalf("creating %s: %v", path, err)
			return
		}
		_, err = f.Write(data)
		if err == nil {
			err = f.Close()
		}
		if err != nil {
			fatalf("writing %s: %v", path, err)
		}
	}
	for _, p := range paths {
		write(p, nil)
	}
}

// reassignedLeak: fatalf is replaced in the maker after the closure is
// made. REAL when verbose.
func reassignedLeak(paths []string, lenient bool) {
	fatalf := func(format string, args ...any) {
		log.Printf(format, args...)
		os.Exit(1)
	}
	write := func(path string, data []byte) {
		f, err := os.Create(path) // want `f returned by os\.Create is not closed`
		if err != nil {
			fatalf("creating %s: %v", path, err)
			return
		}
		_, err = f.Write(data)
		if err == nil {
			err = f.Close()
		}
		if err != nil {
			fatalf("writing %s: %v", path, err)
		}
	}
	if lenient {
		fatalf = log.Printf
	}
	for _, p := range paths {
		write(p, nil)
	}
}
