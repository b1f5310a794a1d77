// Package inertuse uses the iterator interfaces of inertdep through an
// interface whose implementations it cannot see.
package inertuse

import "inertdep"

// Store gives iterators of every kind.
type Store interface {
	Refs() (inertdep.RefIter, error)
	Lines() (inertdep.FileIter, error)
	Names() (inertdep.OpenIter, error)
}

// SafeRefs is fine: a RefIter holds nothing (inertdep's fact says so), so
// not closing it leaks nothing.
func SafeRefs(s Store) (string, error) {
	it, err := s.Refs()
	if err != nil {
		return "", err
	}
	return it.Next()
}

// leakLines leaks: a FileIter may hold a file.
func leakLines(s Store) (string, error) {
	it, err := s.Lines() // want `it returned by s.Lines is not closed before the return at line 30`
	if err != nil {
		return "", err
	}
	return it.Next()
}

// leakNames leaks: an OpenIter may be implemented elsewhere over a file.
func leakNames(s Store) (string, error) {
	it, err := s.Names() // want `it returned by s.Names is not closed before the return at line 39`
	if err != nil {
		return "", err
	}
	return it.Next()
}
