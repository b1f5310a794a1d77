package errpath

// This file: a write whose error decides the Close, and a check of the
// error that either gave.

import (
	"log"
	"os"
)

// SafeWriteOrDie is fine: where the write fails, err is that error, so the
// check after it exits; where it succeeds, the file is closed.
func SafeWriteOrDie(path string, data []byte) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		log.Fatalf("writing %s: %v", path, err)
	}
}

// SafeWriteFiles is fine alike, with the exit in a closure that the
// writing closure captures.
func SafeWriteFiles(paths []string) {
	fatalf := func(format string, args ...any) {
		log.Printf(format, args...)
		os.Exit(1)
	}
	write := func(path string, data []byte) {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			fatalf("creating %s: %v", path, err)
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

// writeLeak leaves the file open where the write fails: it logs the
// error and returns it.
func writeLeak(path string, data []byte) error {
	f, err := os.Create(path) // want `f returned by os.Create is not closed on all paths: the return at line 66 is reached when err != nil at line 63`
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		log.Printf("writing %s: %v", path, err)
	}
	return err
}
