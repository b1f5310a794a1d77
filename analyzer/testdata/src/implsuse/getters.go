package implsuse

// This file resolves a getter that calls itself through an interface
// that its own types implement: a layer that asks the value it wraps.

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"net"
	"net/http"
	"os"
	"reflect"
	"sync"
)

var errNoDB = errors.New("no database")

// DBGetter gives the pool that a value uses.
type DBGetter interface {
	GetDB() (*sql.DB, error)
}

type stmtDB struct {
	pool any
}

// GetDB returns the pool, or asks the value it wraps for one.
func (db *stmtDB) GetDB() (*sql.DB, error) { // want GetDB:"borrows r0; gives p0.pool as r0"
	if d, ok := db.pool.(*sql.DB); ok {
		return d, nil
	}
	if g, ok := db.pool.(DBGetter); ok && g != nil {
		return g.GetDB()
	}
	return nil, errNoDB
}

type stmtTX struct {
	*sql.Tx
	db *stmtDB
}

// GetDB returns the pool of the statements it prepares.
func (tx *stmtTX) GetDB() (*sql.DB, error) { // want GetDB:"borrows r0"
	return tx.db.GetDB()
}

// SafePing pings the pool it borrows.
func (db *stmtDB) SafePing() error {
	conn, err := db.GetDB()
	if err != nil {
		return err
	}
	return conn.Ping()
}

// SafeTXPing pings the pool it borrows.
func (tx *stmtTX) SafeTXPing() error {
	conn, err := tx.GetDB()
	if err != nil {
		return err
	}
	return conn.Ping()
}

// fileGetter gives a file; one of its implementations opens it.
type fileGetter interface {
	getFile() (*os.File, error)
}

type opened struct{ name string }

func (o opened) getFile() (*os.File, error) { return os.Open(o.name) }

type layer struct{ inner fileGetter }

func (l layer) getFile() (*os.File, error) { return l.inner.getFile() }

// LeakLayered drops the file that the layer's inner getter opens.
func LeakLayered(l layer) error {
	f, err := l.getFile() // want `f returned by l.getFile is not closed`
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}

// poolOf returns the pool that a transaction holds in an unexported
// field, through reflection: the transaction's, not its caller's.
func poolOf(tx *sql.Tx) *sql.DB { // want poolOf:"borrows r0"
	return (*sql.DB)(reflect.ValueOf(tx).Elem().FieldByName("db").UnsafePointer())
}

// SafeReflectedPing pings the pool it borrows.
func SafeReflectedPing(ctx context.Context, tx *sql.Tx) error { // want SafeReflectedPing:"keeps p0"
	db := poolOf(tx)
	if db == nil {
		return errNoDB
	}
	return db.PingContext(ctx)
}

// pipe is a connection; a dead one holds none and reports its error.
type pipe struct {
	conn  net.Conn
	err   error
	state int
}

func (p *pipe) Close() error { return p.conn.Close() } // want Close:"releases p0; closes p0.conn"

// deadPipe returns a pipe that holds nothing.
func deadPipe() *pipe { return &pipe{state: 3} } // want deadPipe:"empty r0"

// lazy builds its pipe on first use and keeps it.
type lazy struct {
	mu   sync.Mutex
	dial func() (*pipe, error)
	p    *pipe
}

// get returns the kept pipe, building it first if need be, or a dead
// pipe when the build fails.
func (l *lazy) get() (p *pipe) { // want get:"borrows r0; maybe empty r0; gives p0.p as r0"
	l.mu.Lock()
	if l.p != nil {
		p = l.p
	} else {
		var err error
		if p, err = l.dial(); err != nil {
			p = deadPipe()
		} else {
			l.p = p
		}
	}
	l.mu.Unlock()
	return p
}

// SafeLazyError asks the pipe that l keeps.
func SafeLazyError(l *lazy) error {
	return l.get().err
}

// getOrWrap returns the kept pipe, or a dead pipe that it fills with a
// new connection: that one is the caller's.
func (l *lazy) getOrWrap(addr string) *pipe { // want getOrWrap:"gives p0.p as r0"
	if l.p != nil {
		return l.p
	}
	d := deadPipe()
	d.conn, d.err = net.Dial("tcp", addr)
	return d
}

// LeakWrapped drops the pipe that holds the new connection.
func LeakWrapped(l *lazy, addr string) error {
	return l.getOrWrap(addr).err // want `the \*pipe returned by l.getOrWrap is not closed`
}

// dialWS dials, reads the reply from the connection, and follows a
// redirect by calling itself: the connection is the caller's, the reply
// reads from it and holds nothing of its own.
func dialWS(addr string, hops int) (net.Conn, *http.Response, error) { // want dialWS:"borrows r1"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	if resp.StatusCode == http.StatusTemporaryRedirect && hops > 0 {
		c.Close()
		return dialWS(resp.Header.Get("Location"), hops-1)
	}
	return c, resp, nil
}

// SafeDialWS keeps the connection and drops the reply.
func SafeDialWS(addr string) (net.Conn, error) {
	c, _, err := dialWS(addr, 3)
	return c, err
}

// LeakDialWS drops the connection.
func LeakDialWS(addr string) error {
	_, resp, err := dialWS(addr, 3) // want `the net.Conn returned by dialWS is discarded`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
