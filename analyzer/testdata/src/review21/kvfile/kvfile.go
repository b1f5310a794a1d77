// Package kvfile implements kvapi.Store over files: each Snapshot and
// Iterator opens a file of its own.
package kvfile

import (
	"bufio"
	"io"
	"os"

	"review21/kvapi"
)

type store struct{ dir string }

func Open(dir string) kvapi.Store { return &store{dir: dir} } // want Open:"borrows r0; r0 is \\*store"

type snapshot struct{ f *os.File }

func (s *store) Snapshot() kvapi.Snapshot { // want Snapshot:"r0 is \\*snapshot"
	f, err := os.Open(s.dir + "/CURRENT")
	if err != nil {
		return &snapshot{}
	}
	return &snapshot{f: f}
}

type iterator struct {
	f   *os.File
	sc  *bufio.Scanner
	key string
}

func (s *store) Iterator() kvapi.Iterator { // want Iterator:"r0 is \\*iterator"
	f, err := os.Open(s.dir + "/KEYS")
	if err != nil {
		return &iterator{}
	}
	return &iterator{f: f, sc: bufio.NewScanner(f)}
}

func (s *store) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func (s *snapshot) Get(key string) ([]byte, error) {
	if s.f == nil {
		return nil, os.ErrNotExist
	}
	return io.ReadAll(s.f)
}

func (s *snapshot) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if s.f == nil {
		return nil
	}
	return s.f.Close()
}

func (it *iterator) Next() bool {
	if it.sc == nil || !it.sc.Scan() {
		return false
	}
	it.key = it.sc.Text()
	return true
}

func (it *iterator) Key() string { return it.key }

func (it *iterator) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if it.f == nil {
		return nil
	}
	return it.f.Close()
}
