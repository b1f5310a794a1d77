package reg

import (
	"os"
	"time"
)

// Handle2 registers its core, but also owns a file (inside an embedded
// struct value) and a timer that Close does not release: only the core
// is the client's; the file is the handle's.
type inner struct{ f *os.File }

type Handle2 struct {
	core *core
	in   inner
}

func (h *Handle2) Close() { h.core.Close() } // want Close:"releases\\ p0;\\ closes\\ p0\\.core"

func OpenHandle2(c *Client, name string) (*Handle2, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	r := c.stateLocked()
	h := &Handle2{core: &core{name: name, stop: make(chan struct{}), unregister: r.remove}, in: inner{f: f}}
	r.add(name, h.core)
	return h, nil
}

func LeakHandle2(c *Client) error {
	h, err := OpenHandle2(c, "x") // want `h\ returned\ by\ OpenHandle2\ is\ never\ used,\ and\ so\ never\ closed`
	if err != nil {
		return err
	}
	_ = h
	return nil
}

// Handle3 holds a ticker besides the registered core.
type Handle3 struct {
	core *core
	t    *time.Ticker
}

func (h *Handle3) Close() { h.core.Close() } // want Close:"releases\\ p0;\\ closes\\ p0\\.core"

func OpenHandle3(c *Client, name string) *Handle3 {
	r := c.stateLocked()
	h := &Handle3{core: &core{name: name, stop: make(chan struct{}), unregister: r.remove}, t: time.NewTicker(time.Second)}
	r.add(name, h.core)
	return h
}

func LeakHandle3(c *Client) { OpenHandle3(c, "x") } // want `the\ \*Handle3\ returned\ by\ OpenHandle3\ is\ discarded\ without\ being\ closed`
