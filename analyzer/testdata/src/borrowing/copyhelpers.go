package borrowing

import (
	"context"
	"net"
	"os"
	"strconv"
)

// A handle that shares the store of the handle it is copied from: a copy
// made for a context holds nothing of its own, even when a helper of the
// package gives it an ID on the way.

type copyStore interface {
	Exec(q string) error
	Close() error
}

// ctxStore wraps a store with a context; its Close is the store's.
type ctxStore struct {
	copyStore
	ctx context.Context
}

type handle struct {
	ID    string
	Store copyStore
	seq   int
	log   *os.File
}

func (h *handle) Close() error { // want Close:"releases p0; closes p0.Store"
	return h.Store.Close()
}

// setID gives h an ID of its own, made from its parent's: plain fields
// only.
func (h *handle) setID(parent string) {
	h.seq++
	h.ID = parent + "-" + strconv.Itoa(h.seq)
}

func (h *handle) copy() *handle { // want copy:"borrows r0; gives p0.Store as r0.Store"
	cn := &handle{Store: h.Store}
	cn.setID(h.ID)
	return cn
}

func (h *handle) WithContext(ctx context.Context) *handle { // want WithContext:"borrows r0; closes p0.Store; gives p0.Store as r0.Store"
	cn := h.copy()
	cn.Store = ctxStore{copyStore: cn.Store, ctx: ctx}
	return cn
}

// SafeCopyWithID is fine: the copy shares h's store, which h owns.
func SafeCopyWithID(ctx context.Context, h *handle) error { // want SafeCopyWithID:"closes p1.Store"
	c := h.WithContext(ctx)
	if err := c.Store.Exec("select 1"); err != nil {
		return err
	}
	return nil
}

// openLog is no plain setter: it puts a file of its own into h.
func (h *handle) openLog(name string) {
	f, err := os.Create(name)
	if err != nil {
		return
	}
	h.log = f
}

func (h *handle) Shutdown() error { // want Shutdown:"releases p0; closes p0.Store,p0.log"
	h.log.Close()
	return h.Store.Close()
}

func (h *handle) copyWithLog(name string) *handle { // want copyWithLog:"gives p0.Store as r0.Store"
	cn := &handle{Store: h.Store}
	cn.openLog(name)
	return cn
}

// LeakCopyWithLog leaks: the copy holds a file its helper opened.
func LeakCopyWithLog(h *handle) error {
	c := h.copyWithLog("trace.log") // want `c returned by h.copyWithLog is not closed`
	if err := c.Store.Exec("select 1"); err != nil {
		return err
	}
	return nil
}

// A struct of the package that carries what a helper dialed: its fields
// are new for the caller of the helper, whether returned as they are or
// put into a value of their own.

type dialedConn struct {
	Conn  net.Conn
	Proto string
}

func dialTCP(addr string) (*dialedConn, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &dialedConn{Conn: c, Proto: "tcp"}, nil
}

func openConn(addr string) (net.Conn, error) {
	d, err := dialTCP(addr)
	if err != nil {
		return nil, err
	}
	return d.Conn, nil
}

// LeakDialedField leaks the conn when the write fails.
func LeakDialedField(addr string) error {
	c, err := openConn(addr) // want `c returned by openConn is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := c.Write([]byte("ping")); err != nil {
		return err
	}
	return c.Close()
}

type session struct {
	name string
	conn net.Conn
}

func (s *session) Close() error { // want Close:"releases p0; closes p0.conn"
	return s.conn.Close()
}

func (s *session) setName(n string) { s.name = n }

func openSession(addr string) (*session, error) {
	d, err := dialTCP(addr)
	if err != nil {
		return nil, err
	}
	s := &session{conn: d.Conn}
	s.setName(addr)
	return s, nil
}

// LeakDialedSession leaks the session, which owns the conn its helper
// dialed, when the write fails.
func LeakDialedSession(addr string) error {
	s, err := openSession(addr) // want `s returned by openSession is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := s.conn.Write([]byte("ping")); err != nil {
		return err
	}
	return s.Close()
}

// copies makes copies of copies round a loop, each a view of the handle
// it opened: what the loop ends with carries that handle. (Once a crash:
// each copy's origin asked for its argument's, round the loop. A false
// alarm still: the file, carried round the loop, is taken for dropped.)
func copies(name string, n int) (*handle, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return at line 177`
	if err != nil {
		return nil, err
	}
	h := &handle{Store: fileStore{f}}
	for range n {
		h = h.copy()
	}
	return h, nil
}

// fileStore is a copyStore over a file.
type fileStore struct{ f *os.File }

func (s fileStore) Exec(q string) error {
	_, err := s.f.WriteString(q)
	return err
}

func (s fileStore) Close() error { return s.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// LeakCopies leaks the last copy, and the file it carries, when the
// write fails.
func LeakCopies(name string) error {
	h, err := copies(name, 3) // want `h returned by copies is not closed on all paths`
	if err != nil {
		return err
	}
	if err := h.Store.Exec("x"); err != nil {
		return err
	}
	return h.Close()
}
