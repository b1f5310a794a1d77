// Package registered: a handle whose Close only unregisters a part that the
// function registered with the client it was given. The client closes what
// is registered with it; dropping the handle leaks nothing.
package registered

import (
	"os"
	"sync"
)

type subscriber interface {
	dispatch(v any)
	stopNow()
}

type state struct {
	mu      sync.Mutex
	outputs map[string]subscriber
}

func (s *state) add(name string, sub subscriber) { // want add:"keeps p2"
	s.mu.Lock()
	defer s.mu.Unlock()
	s.outputs[name] = sub
}

func (s *state) remove(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.outputs, name)
}

type Client struct {
	mu     sync.Mutex
	closed bool
	sub    *state
}

func (c *Client) stateLocked() *state { // want stateLocked:"gives p0.sub as r0"
	if c.sub == nil {
		c.sub = &state{outputs: map[string]subscriber{}}
	}
	return c.sub
}

// Close stops every subscriber registered with the client.
func (c *Client) Close() { // want Close:"nothing when zero"
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sub == nil {
		return
	}
	for _, s := range c.sub.outputs {
		s.stopNow()
	}
	c.sub = nil
	c.closed = true
}

type core struct {
	name       string
	stop       chan struct{}
	unregister func(string)
	fn         func(any)
}

func (c *core) dispatch(v any) { c.fn(v) } // want dispatch:"keeps p1"
func (c *core) stopNow()       { close(c.stop) }

func (c *core) Close() {
	c.stopNow()
	c.unregister(c.name)
}

// Func is the typed handle of a subscription.
type Func[T any] struct {
	core *core
}

func (s *Func[T]) Close() { s.core.Close() } // want Close:"releases p0; closes p0.core"

func newFunc[T any](r *state, name string, f func(T)) *Func[T] { // want newFunc:"keeps p0,p2"
	c := &core{name: name, stop: make(chan struct{}), unregister: r.remove}
	c.fn = func(v any) { f(v.(T)) }
	return &Func[T]{core: c}
}

// Subscribe registers f with c; the client closes the subscription when it
// is closed, and the handle may close it sooner.
func Subscribe[T any](c *Client, name string, f func(T)) *Func[T] { // want Subscribe:"keeps p2; borrows r0"
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		panic("subscribe on a closed client")
	}
	r := c.stateLocked()
	s := newFunc[T](r, name, f)
	r.add(name, s.core)
	return s
}

// SubscribeLater registers f only when asked to: where it does not, the
// handle is the only way to stop the subscription.
func SubscribeLater[T any](c *Client, name string, f func(T), now bool) *Func[T] { // want SubscribeLater:"keeps p2"
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.stateLocked()
	s := newFunc[T](r, name, f)
	if now {
		r.add(name, s.core)
	}
	return s
}

// Detached never registers what it makes.
func Detached[T any](c *Client, name string, f func(T)) *Func[T] { // want Detached:"keeps p2"
	return newFunc[T](c.stateLocked(), name, f)
}

func SafeSubscribe(c *Client) {
	Subscribe(c, "a", func(int) {})
	Subscribe(c, "b", func(string) {})
}

func LeakLater(c *Client) {
	SubscribeLater(c, "a", func(int) {}, false) // want `returned by SubscribeLater is discarded without being closed`
}

func LeakDetached(c *Client) {
	Detached(c, "a", func(int) {}) // want `returned by Detached is discarded without being closed`
}

// A file wrapper that registers only its name with the client is still
// the caller's: the client keeps no part that Close closes.
type fileHandle struct {
	f    *os.File
	name string
}

func (h *fileHandle) Close() error { return h.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"
func (h *fileHandle) dispatch(any) {}
func (h *fileHandle) stopNow()     {} // want stopNow:"nothing when zero; nothing when nil"

func openRegistered(c *Client, path string) (*fileHandle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	h := &fileHandle{f: f, name: path}
	c.stateLocked().add(path, &core{name: h.name, stop: make(chan struct{})})
	return h, nil
}

func LeakFile(c *Client) error {
	h, err := openRegistered(c, "x") // want `h returned by openRegistered is not closed`
	if err != nil {
		return err
	}
	_ = h.name
	return nil
}

