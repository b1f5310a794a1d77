package f

import (
	"net"
	"os"
	"testing"
)

type box[T any] struct {
	conn net.Conn
	v    T
}

func newBox[T any]() *box[T] { return &box[T]{} } // want newBox:"empty r0"

func (b *box[T]) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.conn"
	if b.conn != nil {
		return b.conn.Close()
	}
	return nil
}

func (b *box[T]) dial(addr string) error { // want dial:"fills p0 only on success"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	b.conn = c
	return nil
}

func leakGenericDialTwice(addr string) (*box[int], error) {
	b := newBox[int]() // want `b returned by newBox\[int\] is not closed on all paths`
	d := b.dial
	if err := d(addr); err != nil {
		return nil, err
	}
	if err := b.dial(addr); err != nil {
		return nil, err
	}
	return b, nil
}

type checker struct{ t *testing.T }

// mustFail is a method that returns only for a non-nil error.
func (c checker) mustFail(err error) { // want mustFail:"returns for non-nil p1"
	if err == nil {
		c.t.FailNow()
	}
}

func useMethod(t *testing.T, name string) {
	c := checker{t}
	_, err := os.Open(name)
	c.mustFail(err)
}

type myBool bool

func no() myBool { return false }

func isGone(err error) myBool {
	if err == nil {
		return no()
	}
	return true
}

func variadicPred(errs ...error) bool { return len(errs) > 0 && errs[0] != nil }

func useVariadic(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if variadicPred(err) {
		return err
	}
	return f.Close()
}

func fnValueAssert(t *testing.T, name string, check func(testing.TB, error)) { // want fnValueAssert:"keeps p0"
	_, err := os.Open(name) // want `the \*os.File returned by os.Open is discarded without being closed`
	check(t, err)
}
