// Package generic: generic results that come from elsewhere than the callback (assertions, constraints, receivers).
package generic

import "net"

type Conn struct{ c net.Conn }

func (c *Conn) Close() error { return c.c.Close() } // want Close:"releases\\ p0;\\ closes\\ p0\\.c"
func (c *Conn) Ping() error  { return nil } // want Ping:"nil\\ r0;\\ nothing\\ when\\ zero;\\ nothing\\ when\\ nil"

var shared *Conn

// dialAny makes a NEW connection, typed as any.
func dialAny() any {
	c, err := net.Dial("tcp", "x")
	if err != nil {
		return nil
	}
	return &Conn{c: c}
}

// FromCall: V also comes from a plain call in the body (dialAny), not only
// from fn. When dialAny succeeds the result is a new connection the caller
// owns, whatever fn gives.
func FromCall[V any](fn func() V) V {
	if v, ok := dialAny().(V); ok {
		return v
	}
	return fn()
}

// Dialer makes a V; a type parameter constrained by it is a second source
// of V that parametricResult does not see (mentions(D, V) is false).
type Dialer[V any] interface{ Dial() V }

type tcpDialer struct{}

func (tcpDialer) Dial() *Conn {
	c, err := net.Dial("tcp", "x")
	if err != nil {
		return nil
	}
	return &Conn{c: c}
}

// ViaConstraint returns d.Dial() (a new connection) unless fallback is asked.
func ViaConstraint[D Dialer[V], V any](d D, useFallback bool, fallback func() V) V {
	if useFallback {
		return fallback()
	}
	return d.Dial()
}

// Factory is generic in something other than V; its New gives any.
type Factory[T any] struct {
	New func() any
	tag T
}

// ViaFactory: the V comes from f.New(), a field of a parameter whose type
// mentions V only through an interface behind a type argument (not walked).
func ViaFactory[V any](f *Factory[int], fn func() V) V {
	if v, ok := f.New().(V); ok {
		return v
	}
	return fn()
}

var fac = &Factory[int]{New: dialAny}

func borrowed() *Conn { return shared } // want borrowed:"borrows\\ r0"

func LeakFromCall() error { // want LeakFromCall:"nil\\ r0"
	c := FromCall(borrowed) // new connection from dialAny: must be closed // want `c\ returned\ by\ FromCall\ is\ not\ closed\ before\ the\ return\ at\ line\ 75`
	return c.Ping()
}

func LeakViaConstraint(b bool) error { // want LeakViaConstraint:"nil\\ r0"
	c := ViaConstraint[tcpDialer](tcpDialer{}, b, borrowed) // want `c\ returned\ by\ ViaConstraint\[tcpDialer\]\ is\ not\ closed\ before\ the\ return\ at\ line\ 80`
	return c.Ping()
}

func LeakViaFactory() error { // want LeakViaFactory:"nil\\ r0"
	c := ViaFactory(fac, borrowed) // want `c\ returned\ by\ ViaFactory\ is\ not\ closed\ before\ the\ return\ at\ line\ 85`
	return c.Ping()
}

// Or-like SAFE: fn gives the shared (borrowed) one, nothing else can.
func Get[V any](key string, fn func() (V, error)) (V, error) { return fn() } // want Get:"gives\\ r0\\ of\\ p1\\(\\)\\ as\\ r0;\\ gives\\ r1\\ of\\ p1\\(\\)\\ as\\ r1"

func SafeGet() error {
	c, err := Get("k", func() (*Conn, error) { return shared, nil })
	if err != nil {
		return err
	}
	return c.Ping()
}

func LeakGet() error {
	c, err := Get("k", func() (*Conn, error) { // want `c\ returned\ by\ Get\ is\ not\ closed\ before\ the\ return\ at\ line\ 110`
		nc, err := net.Dial("tcp", "x")
		if err != nil {
			return nil, err
		}
		return &Conn{c: nc}, nil
	})
	if err != nil {
		return err
	}
	return c.Ping()
}
