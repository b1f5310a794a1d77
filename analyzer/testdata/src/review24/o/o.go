// Package o: makeTable gives a dormant table the conn it was given, as a
// field and in a hook. The table's Close does not close the conn: a
// caller that hands its conn to makeTable still owns it.
package o

import (
	"context"
	"errors"
	"net"
)

type table struct {
	size      int
	ctx       context.Context
	ctxCancel context.CancelFunc
	conn      net.Conn
	OnAdd     func(string)
}

func newTable(size int) (*table, error) { // want newTable:"dormant r0; nil r1"
	t := &table{size: size}
	t.ctx, t.ctxCancel = context.WithCancel(context.Background())
	return t, nil
}

func (t *table) Close() error { // want Close:"nil r0"
	t.ctxCancel()
	return nil
}

// Once wrongly "keeps p1; dormant r0" (c64bd5c, fixed since, setsHooks takes the
// stored parameter for plain): the caller hands its conn over to a value
// whose drop, being dormant, leaks nothing. Either fact alone would do.
func makeTable(size int, conn net.Conn) (*table, error) { // want makeTable:"^keeps p1; nil r1$"
	t, err := newTable(size)
	if err != nil {
		return nil, err
	}
	t.conn = conn
	return t, nil
}

func makeHookedTable(size int, conn net.Conn) (*table, error) { // want makeHookedTable:"^keeps p1; nil r1$"
	t, err := newTable(size)
	if err != nil {
		return nil, err
	}
	t.OnAdd = func(p string) { conn.Write([]byte(p)) }
	return t, nil
}

// LeakConn drops the conn it dialed: the table does not close it.
// Missed once (c64bd5c took the table for dormant); reported now, as
// before that, on t, which holds the conn: a table given a resource of
// its caller is no dormant value.
func LeakConn(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	t, err := makeTable(3, c) // want `t returned by makeTable is not closed`
	if err != nil {
		c.Close()
		return err
	}
	if t.size > 100 {
		return errors.New("too large")
	}
	return nil
}

// LeakHookedConn drops the conn its hook writes to.
// Missed once (c64bd5c); reported now on t, as above.
func LeakHookedConn(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	t, err := makeHookedTable(3, c) // want `t returned by makeHookedTable is not closed`
	if err != nil {
		c.Close()
		return err
	}
	t.OnAdd("x")
	return nil
}
