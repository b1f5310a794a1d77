package implsdep

import "errors"

// Collection is an in-memory collection whose background work starts
// with Start and stops with Close.
type Collection interface {
	Start() error
	Close() error
}

// NewCollection returns a collection that is not started yet.
func NewCollection(name string) (Collection, error) { // want NewCollection:"r0 is \\*collection"
	if name == "" {
		return nil, errors.New("no name")
	}
	return &collection{stop: make(chan struct{})}, nil
}

type collection struct {
	stop chan struct{}
}

// Start starts the collection's merger; it cannot fail.
func (c *collection) Start() error { // want Start:"nil r0"
	go func() { <-c.stop }()
	return nil
}

func (c *collection) Close() error { // want Close:"nil r0"
	close(c.stop)
	return nil
}

// NewChecked returns a collection whose Start checks its directory,
// and fails when it is gone.
func NewChecked(dir string) Collection { // want NewChecked:"r0 is \\*checked"
	return &checked{dir: dir, stop: make(chan struct{})}
}

type checked struct {
	dir  string
	stop chan struct{}
}

func (c *checked) Start() error { // want Start:"keeps p0; starts p0"
	if c.dir == "" {
		return errors.New("no directory")
	}
	go func() { <-c.stop }()
	return nil
}

func (c *checked) Close() error { // want Close:"nil r0"
	close(c.stop)
	return nil
}
