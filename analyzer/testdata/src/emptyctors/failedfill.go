package emptyctors

import "net"

// A mux holds a connection only once Dial has made one.
type mux struct {
	conn net.Conn
	addr string
}

func newMux(addr string) *mux { return &mux{addr: addr} } // want newMux:"empty r0"

// dial fills m, or fails and leaves it empty.
func (m *mux) dial() error { // want dial:"fills p0 only on success"
	c, err := net.Dial("tcp", m.addr)
	if err != nil {
		return err
	}
	m.conn = c
	return nil
}

func (m *mux) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.conn"
	if m.conn != nil {
		return m.conn.Close()
	}
	return nil
}

// SafeDialFailed drops the mux where dial failed: it is still empty.
func SafeDialFailed(addr string) (*mux, error) {
	m := newMux(addr)
	if err := m.dial(); err != nil {
		return nil, err
	}
	return m, nil
}

// SafeDialFailedVar tests the error through a variable.
func SafeDialFailedVar(addr string) (*mux, error) {
	m := newMux(addr)
	err := m.dial()
	if err != nil {
		return nil, err
	}
	return m, nil
}

// leakAfterDial drops the mux after dial succeeded.
func leakAfterDial(addr string, check bool) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths: the return at line 56 is reached when check at line 55`
	if err := m.dial(); err != nil {
		return nil, err
	}
	if check {
		return nil, nil
	}
	return m, nil
}

// leakErrorIgnored drops the mux whether dial failed or not.
func leakErrorIgnored(addr string) error { // want leakErrorIgnored:"nil r0"
	m := newMux(addr) // want `m returned by newMux is not closed before the return at line 65`
	_ = m.dial()
	return nil
}

// leakOtherError drops the mux where a second call, after a dial that
// succeeded, failed.
func leakOtherError(addr string, next func() error) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	err := m.dial()
	if err == nil {
		err = next()
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// leakSecondFill tests the first dial's error after a second dial that
// may have filled the mux.
func leakSecondFill(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	err := m.dial()
	_ = m.dial()
	if err != nil {
		return nil, err
	}
	return m, nil
}
