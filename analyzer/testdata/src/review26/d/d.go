package d

import (
	"errors"
	"net"
	"os"
)

// A mux holds a connection and a log only once something fills them.
type mux struct {
	conn  net.Conn
	conn2 net.Conn
	log   *os.File
	addr  string
}

func newMux(addr string) *mux { return &mux{addr: addr} } // want newMux:"empty r0"

func (m *mux) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.conn,p0.conn2,p0.log"
	if m.log != nil {
		m.log.Close()
	}
	if m.conn2 != nil {
		m.conn2.Close()
	}
	if m.conn != nil {
		return m.conn.Close()
	}
	return nil
}

// dial fills m only on success.
func (m *mux) dial() error { // want dial:"fills p0 only on success"
	c, err := net.Dial("tcp", m.addr)
	if err != nil {
		return err
	}
	m.conn = c
	return nil
}

// dial2 fills conn2 only on success.
func (m *mux) dial2() error { // want dial2:"fills p0 only on success"
	c, err := net.Dial("tcp", m.addr)
	if err != nil {
		return err
	}
	m.conn2 = c
	return nil
}

// openLog fills m.log and says nothing.
func (m *mux) openLog() {
	f, err := os.Create(m.addr + ".log")
	if err == nil {
		m.log = f
	}
}

// leakSecondFillBeforeTest: dial2 fills conn2 after dial failed; the
// test of dial's error drops m holding conn2.
// (At 4163019 this was a hidden leak: state.filling was not cleared by
// a later fill; fixed by 9704e1e, which reports it again.)
func leakSecondFillBeforeTest(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	err := m.dial()
	err2 := m.dial2()
	if err != nil {
		return nil, err
	}
	if err2 != nil {
		m.Close()
		return nil, err2
	}
	return m, nil
}

// leakLogBeforeTest: openLog fills m.log whatever dial did.
func leakLogBeforeTest(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	err := m.dial()
	m.openLog()
	if err != nil {
		return nil, err
	}
	return m, nil
}

func handshake(c net.Conn) error {
	_, err := c.Write([]byte("hi"))
	return err
}

// dialPhi stores through a φ of m and another: the store does not reach
// the parameter as reachedThrough sees it; it fails after storing.
func (m *mux) dialPhi(other *mux) error {
	t := m
	if other != nil {
		t = other
	}
	c, err := net.Dial("tcp", t.addr)
	if err != nil {
		return err
	}
	t.conn = c
	if err := handshake(c); err != nil {
		return err
	}
	return nil
}

// leakDialPhi: dialPhi kept the conn in m and failed on the handshake.
// Review: a leak this round first hid, reported again since (rule 4, fillsOnSuccess/reachedThrough): the store
// goes through a φ of m (t := m; if ... t = other) and the handshake fails
// after it; base reported m, new does not.
func leakDialPhi(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	if err := m.dialPhi(nil); err != nil {
		return nil, err
	}
	return m, nil
}

type holder struct{ m *mux }

func (h *holder) fill() error {
	c, err := net.Dial("tcp", h.m.addr)
	if err != nil {
		return err
	}
	h.m.conn = c
	return handshake(c)
}

// dialVia stores m in a holder and fills it through that.
func (m *mux) dialVia() error {
	h := &holder{m: m}
	return h.fill()
}

// leakDialVia: the conn is kept in m before the handshake fails.
// Review: a leak this round first hid, reported again since (rule 4, fillsOnSuccess): dialVia stores m into a
// holder (a Store whose value, not address, is the parameter is not
// checked) and fills it through holder.fill, which fails after storing;
// base reported m, new does not.
func leakDialVia(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	if err := m.dialVia(); err != nil {
		return nil, err
	}
	return m, nil
}

// connectPair fills b always and a only on success.
func connectPair(a, b *mux) error {
	c, err := net.Dial("tcp", b.addr)
	if err != nil {
		return err
	}
	b.conn = c
	if err := handshake(c); err != nil {
		return err
	}
	a.conn2 = c
	return nil
}

// leakPairSame: both arguments are m; the second is filled on failure.
// Review: a leak this round first hid, reported again since (rule 4, failsEmpty; contrived): m is given as both
// arguments, failsEmpty checks only the first aliasing argument (a), which
// is filled only on success, and not b, which is filled before the
// failure; base reported m, new does not.
func leakPairSame(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	if err := connectPair(m, m); err != nil {
		return nil, err
	}
	return m, nil
}

// identity says m back, with an error.
func identity(m *mux) (*mux, error) { return m, nil } // want identity:"keeps p0; borrows r0; returns p0 as r0; nil r1"

// dialIdent stores through what identity returned.
func (m *mux) dialIdent() error {
	t, _ := identity(m)
	c, err := net.Dial("tcp", t.addr)
	if err != nil {
		return err
	}
	t.conn = c
	return handshake(c)
}

// Review: a leak this round first hid, reported again since (rule 4, reachedThrough; contrived): the store goes
// through what identity(m) returned; base reported m, new does not.
func leakDialIdent(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	if err := m.dialIdent(); err != nil {
		return nil, err
	}
	return m, nil
}

// dialAny stores through an interface and a type assertion.
func (m *mux) dialAny() error {
	var x any = m
	c, err := net.Dial("tcp", m.addr)
	if err != nil {
		return err
	}
	x.(*mux).conn = c
	return handshake(c)
}

// Review: a leak this round first hid, reported again since (rule 4, reachedThrough; contrived): the store goes
// through any(m).(*mux); base reported m, new does not.
func leakDialAny(addr string) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	if err := m.dialAny(); err != nil {
		return nil, err
	}
	return m, nil
}

// SafeDial is the rule's own case.
func SafeDial(addr string) (*mux, error) {
	m := newMux(addr)
	if err := m.dial(); err != nil {
		return nil, err
	}
	return m, nil
}

// SafeDialRetry: the first dial fails, the second fills.
func SafeDialRetry(addr string) (*mux, error) {
	m := newMux(addr)
	if err := m.dial(); err != nil {
		if err := m.dial(); err != nil {
			return nil, err
		}
	}
	return m, nil
}

var errX = errors.New("x")

// leakWrongErrTested: the error tested is another call's, after dial
// failed... dial's own error is ignored.
func leakWrongErrTested(addr string, f func() error) (*mux, error) {
	m := newMux(addr) // want `m returned by newMux is not closed on all paths`
	err := m.dial()
	if err == nil {
		err = f()
	}
	if err != nil {
		return nil, errX
	}
	return m, nil
}
