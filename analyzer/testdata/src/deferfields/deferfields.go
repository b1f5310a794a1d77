// Package deferfields sets again a field of a local struct that a
// deferred closure closes: the closure closes what the field holds when
// the function returns.
package deferfields

import (
	"errors"
	"os"
)

type queue struct {
	dir   string
	flock *os.File
	meta  *os.File
}

func readMeta(dir string) error {
	if dir == "" {
		return errors.New("no metadata")
	}
	return nil
}

// SafeOpenQueue is fine: where the metadata is broken it closes the lock
// file and makes it again; the deferred closure closes the new one on the
// returns that fail.
func SafeOpenQueue(dir string) (*queue, error) {
	var q queue
	q.dir = dir
	f, err := os.Create(dir + "/flock")
	if err != nil {
		return nil, err
	}
	q.flock = f
	failed := true
	defer func() {
		if failed {
			q.flock.Close()
		}
	}()
	if err := readMeta(dir); err != nil {
		q.flock.Close()
		g, err := os.Create(dir + "/flock")
		if err != nil {
			return nil, err
		}
		q.flock = g
		if err := readMeta(dir + "/again"); err != nil {
			return nil, err
		}
	}
	failed = false
	return &q, nil
}

// otherFieldLeak stores the file where the deferred closure does not look.
func otherFieldLeak(dir string) (*queue, error) {
	var q queue
	f, err := os.Create(dir + "/flock")
	if err != nil {
		return nil, err
	}
	q.flock = f
	failed := true
	defer func() {
		if failed {
			q.flock.Close()
		}
	}()
	m, err := os.Create(dir + "/meta") // want `m returned by os.Create is not closed on all paths`
	if err != nil {
		return nil, err
	}
	q.meta = m
	if err := readMeta(dir); err != nil {
		return nil, err
	}
	failed = false
	return &q, nil
}
