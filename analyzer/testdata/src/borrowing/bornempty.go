package borrowing

import (
	"errors"
	"os"
)

// keyRegistry keeps keys, and the file it writes them to once it has
// opened one. Its Close closes that file.
type keyRegistry struct {
	fp   *os.File
	keys map[string][]byte
}

func (r *keyRegistry) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.fp"
	if r.fp == nil {
		return nil
	}
	return r.fp.Close()
}

// newKeyRegistry makes a registry that holds no file yet.
func newKeyRegistry() *keyRegistry { // want newKeyRegistry:"empty r0"
	return &keyRegistry{keys: map[string][]byte{}}
}

// openKeyRegistry makes a registry around a file it opens: its result is
// a resource.
func openKeyRegistry(name string) (*keyRegistry, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &keyRegistry{fp: f, keys: map[string][]byte{}}, nil
}

func validKey(k string) error {
	if k == "" {
		return errors.New("empty key")
	}
	return nil
}

// SafeInMemoryRegistry is fine: the registry it drops on the error path
// holds no file, since its constructor leaves unset the field that its
// Close closes.
func SafeInMemoryRegistry(k string) (*keyRegistry, error) { // want SafeInMemoryRegistry:"empty r0"
	kr := newKeyRegistry()
	if err := validKey(k); err != nil {
		return nil, err
	}
	kr.keys[k] = nil
	return kr, nil
}

// fileRegistryLeak leaks the file when the key is not valid: this
// constructor opened it and stored it where Close closes it.
func fileRegistryLeak(name, k string) (*keyRegistry, error) {
	kr, err := openKeyRegistry(name) // want `kr returned by openKeyRegistry is not closed on all paths: the return at line 64 is reached when err != nil at line 63`
	if err != nil {
		return nil, err
	}
	if err := validKey(k); err != nil {
		return nil, err
	}
	return kr, nil
}

// registryOf fills a new, empty registry with a file it is given: the
// registry then stands for the file.
func registryOf(f *os.File) *keyRegistry { // want registryOf:"keeps p0; wraps p0 in r0"
	kr := newKeyRegistry()
	kr.fp = f
	return kr
}

// filledRegistryLeak leaks the file when the key is not valid: the
// registry that registryOf filled with it is dropped.
func filledRegistryLeak(name, k string) (*keyRegistry, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 86 is reached when err != nil at line 85`
	if err != nil {
		return nil, err
	}
	kr := registryOf(f)
	if err := validKey(k); err != nil {
		return nil, err
	}
	return kr, nil
}

// setState records a state; it touches no field that Close closes.
func (r *keyRegistry) setState(n int) { r.keys["state"] = make([]byte, n) }

// openLog opens the registry's file and keeps it where Close closes it.
func (r *keyRegistry) openLog(name string) error { // want openLog:"fills p0 only on success"
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	r.fp = f
	return nil
}

// newStatedRegistry is a registry that holds nothing yet: its setter
// only reaches another field.
func newStatedRegistry() *keyRegistry { // want newStatedRegistry:"empty r0"
	kr := &keyRegistry{keys: map[string][]byte{}}
	kr.setState(1)
	return kr
}

// newLoggedRegistry holds the file its method opened.
func newLoggedRegistry(name string) (*keyRegistry, error) {
	kr := &keyRegistry{keys: map[string][]byte{}}
	if err := kr.openLog(name); err != nil {
		return nil, err
	}
	return kr, nil
}

// SafeStatedRegistry is fine: the registry it drops holds nothing.
func SafeStatedRegistry(k string) error {
	kr := newStatedRegistry()
	if err := validKey(k); err != nil {
		return err
	}
	return kr.Close()
}

// loggedRegistryLeak leaks the file that newLoggedRegistry's method
// opened when the key is not valid.
func loggedRegistryLeak(name, k string) error {
	kr, err := newLoggedRegistry(name) // want `kr returned by newLoggedRegistry is not closed on all paths`
	if err != nil {
		return err
	}
	if err := validKey(k); err != nil {
		return err
	}
	return kr.Close()
}

// nestedReg closes a file in a nested field.
type nestedReg struct {
	in   struct{ f *os.File }
	name string
}

func (r *nestedReg) Close() error { return r.in.f.Close() } // want Close:"closes p0.in.f"

// newNestedReg fills the nested field: its result is a resource.
func newNestedReg(name string) (*nestedReg, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	r := &nestedReg{name: name}
	r.in.f = f
	return r, nil
}

// nestedRegLeak leaks the file when the key is not valid.
func nestedRegLeak(name, k string) error {
	r, err := newNestedReg(name) // want `r returned by newNestedReg is not closed on all paths`
	if err != nil {
		return err
	}
	if err := validKey(k); err != nil {
		return err
	}
	return r.Close()
}

// beatClient closes a connection it may dial later, and stops the
// heartbeat goroutine that its constructor starts.
type beatClient struct {
	conn *os.File
	done chan struct{}
}

func (c *beatClient) Close() error { // want Close:"releases p0 on failure; closes p0.conn"
	close(c.done)
	if c.conn != nil {
		return c.conn.Close()
	}
	return nil
}

func heartbeat(done chan struct{}) { <-done }

// newBeatClient holds a goroutine from the start: the channel it made
// is what Close releases besides the connection.
func newBeatClient() *beatClient {
	done := make(chan struct{})
	go heartbeat(done)
	return &beatClient{done: done}
}

// beatClientDropped leaks the heartbeat goroutine.
func beatClientDropped() {
	c := newBeatClient() // want `c returned by newBeatClient is never used, and so never closed`
	_ = c
}

// filledByCallerLeak fills an empty registry itself, then leaks the file
// when the key is not valid.
func filledByCallerLeak(name, k string) (*keyRegistry, error) {
	kr := newKeyRegistry()
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	kr.fp = f
	if err := validKey(k); err != nil {
		return nil, err
	}
	return kr, nil
}
