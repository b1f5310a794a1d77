// Package reg: handles whose parts are registered on some paths only, replaced, unregistered, or beside another resource.
package reg

import "sync"

type subscriber interface {
	dispatch(v any)
	stopNow()
}

type state struct {
	mu      sync.Mutex
	outputs map[string]subscriber
}

func (s *state) add(name string, sub subscriber) { // want add:"keeps\\ p2"
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

func (c *Client) stateLocked() *state { // want stateLocked:"gives\\ p0\\.sub\\ as\\ r0"
	if c.sub == nil {
		c.sub = &state{outputs: map[string]subscriber{}}
	}
	return c.sub
}

// stateOrTemp gives c.sub where there is one, and otherwise a fresh state
// that it does NOT store in c: what is registered with it is owned by nobody.
func (c *Client) stateOrTemp() *state { // want stateOrTemp:"gives\\ p0\\.sub\\ as\\ r0"
	if c.sub != nil {
		return c.sub
	}
	return &state{outputs: map[string]subscriber{}}
}

func (c *Client) Close() { // want Close:"nothing\\ when\\ zero"
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

func (c *core) dispatch(v any) { c.fn(v) } // want dispatch:"keeps\\ p1"
func (c *core) stopNow()       { close(c.stop) }

func (c *core) Close() {
	c.stopNow()
	c.unregister(c.name)
}

type Func[T any] struct {
	core *core
}

func (s *Func[T]) Close() { s.core.Close() } // want Close:"releases\\ p0;\\ closes\\ p0\\.core"

func newFunc[T any](r *state, name string, f func(T)) *Func[T] { // want newFunc:"keeps\\ p0,p2"
	c := &core{name: name, stop: make(chan struct{}), unregister: r.remove}
	c.fn = func(v any) { f(v.(T)) }
	return &Func[T]{core: c}
}

// SubscribeTemp: where c.sub is nil, s.core is registered with a temporary
// state that nobody keeps (stateOrTemp does not store it), so Client.Close
// never stops it: the handle is the only way to stop it (same as Detached
// in the testdata). isKeptThrough trusts "gives p0.sub as r0", which holds
// on only one path of stateOrTemp.
func SubscribeTemp[T any](c *Client, name string, f func(T)) *Func[T] { // want SubscribeTemp:"keeps\\ p2"
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.stateOrTemp()
	s := newFunc[T](r, name, f)
	r.add(name, s.core)
	return s
}

// SubscribeSwapped registers s.core, then replaces s.core with a second
// core that is never registered: Close closes only the second, which the
// client does not know. Dropping the handle leaks the second core.
func SubscribeSwapped[T any](c *Client, name string, f func(T)) *Func[T] { // want SubscribeSwapped:"keeps\\ p2"
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.stateLocked()
	s := newFunc[T](r, name, f)
	r.add(name, s.core)
	s.core = &core{name: name + "-2", stop: make(chan struct{}), unregister: r.remove}
	return s
}

// SubscribeUndone registers s.core and unregisters it again before
// returning: the client no longer holds it.
func SubscribeUndone[T any](c *Client, name string, f func(T)) *Func[T] { // want SubscribeUndone:"keeps\\ p2"
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.stateLocked()
	s := newFunc[T](r, name, f)
	r.add(name, s.core)
	r.remove(name)
	return s
}

// Detached (as in the testdata) never registers: the control.
func Detached[T any](c *Client, name string, f func(T)) *Func[T] { // want Detached:"keeps\\ p2"
	return newFunc[T](c.stateLocked(), name, f)
}

// Subscribe (as in the testdata): SAFE.
func Subscribe[T any](c *Client, name string, f func(T)) *Func[T] { // want Subscribe:"keeps\\ p2;\\ borrows\\ r0"
	c.mu.Lock()
	defer c.mu.Unlock()
	r := c.stateLocked()
	s := newFunc[T](r, name, f)
	r.add(name, s.core)
	return s
}

func SafeSubscribe(c *Client) { Subscribe(c, "a", func(int) {}) }

func LeakTemp(c *Client)     { SubscribeTemp(c, "a", func(int) {}) } // want `the\ \*Func\[int\]\ returned\ by\ SubscribeTemp\ is\ discarded\ without\ being\ closed`
func LeakSwapped(c *Client)  { SubscribeSwapped(c, "a", func(int) {}) } // want `the\ \*Func\[int\]\ returned\ by\ SubscribeSwapped\ is\ discarded\ without\ being\ closed`
func LeakUndone(c *Client)   { SubscribeUndone(c, "a", func(int) {}) } // want `the\ \*Func\[int\]\ returned\ by\ SubscribeUndone\ is\ discarded\ without\ being\ closed`
func LeakDetached(c *Client) { Detached(c, "a", func(int) {}) } // want `the\ \*Func\[int\]\ returned\ by\ Detached\ is\ discarded\ without\ being\ closed`
