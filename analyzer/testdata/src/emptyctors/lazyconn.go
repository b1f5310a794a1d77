package emptyctors

import "net"

// lazyConn is a connection that dials on its first use: its constructor
// allocates it and nothing more.
type lazyConn interface {
	Dial() error
	Close()
}

type mux struct {
	addr string
	wire net.Conn // set by Dial when it succeeds
}

func (m *mux) Dial() error {
	w, err := net.Dial("tcp", m.addr)
	if err == nil {
		m.wire = w
	}
	return err
}

func (m *mux) Close() { // want Close:"keeps p0; nothing when zero; closes p0.wire"
	if m.wire != nil {
		m.wire.Close()
	}
}

// makeMux returns the new mux as the interface that its callers use.
func makeMux(addr string) lazyConn { // want makeMux:"empty r0"
	return &mux{addr: addr}
}

// dialedMux returns a mux that it has dialed.
func dialedMux(addr string) lazyConn {
	m := &mux{addr: addr}
	_ = m.Dial()
	return m
}

// SafeLazyIface is fine: a mux whose Dial failed holds nothing.
func SafeLazyIface(addr string) (lazyConn, error) {
	c := makeMux(addr)
	if err := c.Dial(); err != nil {
		return nil, err
	}
	return c, nil
}

// connectWith makes its conn with the function it is given: the package
// gives it makeMux or dialedMux.
func connectWith(addr string, connFn func(string) lazyConn) (lazyConn, error) {
	c := connFn(addr)
	if err := c.Dial(); err != nil {
		return nil, err
	}
	return c, nil
}

// SafeLazyParam is fine: the only function given for connFn makes an
// empty mux.
func SafeLazyParam(addr string) (lazyConn, error) {
	return connectWith(addr, makeMux)
}

// connectEither is connectWith for a function that may dial.
func connectEither(addr string, connFn func(string) lazyConn) (lazyConn, error) {
	c := connFn(addr) // want `c returned by connFn is not closed on all paths`
	if err := c.Dial(); err != nil {
		return nil, err
	}
	return c, nil
}

func useEither(addr string, dialed bool) (lazyConn, error) {
	if dialed {
		return connectEither(addr, dialedMux)
	}
	return connectEither(addr, makeMux)
}
