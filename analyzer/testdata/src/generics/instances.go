package generics

// This file calls, through an interface of a type parameter's
// instantiation, the methods of a generic type that the package
// instantiates: Cache[*session] is implemented by cacheMap[*session],
// whose Load gives back what the map keeps.

import (
	"context"
	"errors"
	"net"
	"os"
	"sync"
)

type session struct{ conn net.Conn }

func (s *session) Close() error { return s.conn.Close() } // want Close:"releases p0; closes p0.conn"

// Cache stores sessions by id.
type Cache[T closer] interface {
	Store(ctx context.Context, id string, v T) error
	Load(ctx context.Context, id string) (T, error)
}

type closer interface{ Close() error }

type cacheMap[T closer] struct{ m sync.Map }

func (c *cacheMap[T]) Store(ctx context.Context, id string, v T) error { // want Store:"keeps p3; nil r0"
	c.m.Store(id, v)
	return nil
}

var errNoSession = errors.New("no session")

func (c *cacheMap[T]) Load(ctx context.Context, id string) (v T, err error) { // want Load:"borrows r0"
	x, ok := c.m.Load(id)
	if !ok {
		return v, errNoSession
	}
	return x.(T), nil
}

type sessions struct {
	byID Cache[*session]
}

func newSessions() *sessions {
	return &sessions{byID: &cacheMap[*session]{}}
}

// SafeLookup borrows the session that the cache keeps.
func (s *sessions) SafeLookup(ctx context.Context, id string) (string, error) { // want SafeLookup:"keeps p1"
	sess, err := s.byID.Load(ctx, id)
	if err != nil {
		return "", err
	}
	return sess.conn.RemoteAddr().String(), nil
}

// fileCache opens what it is asked for: its Load gives a new file.
type fileCache[T closer] struct{ dir string }

func (c *fileCache[T]) Store(ctx context.Context, id string, v T) error { return v.Close() } // want Store:"releases p3"

func (c *fileCache[T]) Load(ctx context.Context, id string) (v T, err error) {
	f, err := os.Open(c.dir + "/" + id)
	if err != nil {
		return v, err
	}
	return any(f).(T), nil
}

type files struct {
	byName Cache[*os.File]
}

func newFiles(dir string) *files {
	return &files{byName: &fileCache[*os.File]{dir: dir}}
}

// sizeLeak drops the file that Load opened for it.
func (fs *files) sizeLeak(ctx context.Context, name string) (int64, error) { // want sizeLeak:"keeps p1"
	f, err := fs.byName.Load(ctx, name) // want `f returned by fs.byName.Load is not closed on any path: it is left open at the return at line 91 and the return at line 93 \(possible resource leak\)`
	if err != nil {
		return 0, err
	}
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
