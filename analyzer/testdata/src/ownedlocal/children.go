package ownedlocal

// This file: a child that points back at its parent does not own it.

import (
	"net"
)

// DB is a connection to a database.
type DB struct{ c net.Conn }

// Close closes the connection.
func (db *DB) Close() error { return db.c.Close() } // want Close:"closes p0.c"

// Stmt is a prepared statement. It points back at its connection, which
// it does not own: closing it tells the server and leaves the connection
// open.
type Stmt struct {
	db     *DB
	id     byte
	closed bool
}

// Close deallocates the statement on the server.
func (s *Stmt) Close() error {
	_, err := s.db.c.Write([]byte{s.id})
	s.closed = true
	return err
}

// Prepare returns a new statement on db.
func (db *DB) Prepare(q string) (*Stmt, error) { // want Prepare:"nil r1"
	return &Stmt{db: db, id: byte(len(q))}, nil
}

// prepareLeak leaks the statement: it is a new resource, not db.
func prepareLeak(db *DB) (byte, error) { // want prepareLeak:"nil r1"
	st, err := db.Prepare("SELECT 1") // want `st returned by db.Prepare is not closed before the return at line 42`
	if err != nil {
		return 0, err
	}
	return st.id, nil
}

// safePrepare is fine: the statement is closed.
func safePrepare(db *DB) error {
	st, err := db.Prepare("SELECT 1")
	if err != nil {
		return err
	}
	return st.Close()
}

// Pipe is a connected pair of in-memory conns; each end points back at
// the pipe, and closing either end closes the pipe.
type Pipe struct {
	c1, c2 end
	done   chan struct{}
	closed bool
}

type end struct {
	p   *Pipe
	buf []byte
}

func (e *end) Close() error { return e.p.Close() } // want Close:"releases p0; nil r0; closes p0.p"

func (e *end) Write(b []byte) (int, error) { // want Write:"keeps p1"
	if e.p.closed {
		return 0, net.ErrClosed
	}
	e.buf = append(e.buf, b...)
	return len(b), nil
}

func (p *Pipe) Close() error { // want Close:"nil r0"
	if !p.closed {
		p.closed = true
		close(p.done)
	}
	return nil
}

// NewPipe returns a new pipe, whose ends are parts of it.
func NewPipe() *Pipe {
	p := &Pipe{done: make(chan struct{})}
	p.c1.p, p.c2.p = p, p
	return p
}

func (p *Pipe) End1() *end { return &p.c1 } // want End1:"borrows r0; returns p0 as r0"
func (p *Pipe) End2() *end { return &p.c2 } // want End2:"borrows r0; returns p0 as r0"

// SafePipeEnds is fine: the pipe is released through its ends. One end
// is closed when the write fails; otherwise the other is returned, and
// the goroutine closes the first.
func SafePipeEnds(data []byte) (*end, error) { // want SafePipeEnds:"keeps p0"
	p := NewPipe()
	w, r := p.End1(), p.End2()
	if _, err := w.Write(data); err != nil {
		w.Close()
		return nil, err
	}
	go func() {
		w.Write(data)
		w.Close()
	}()
	return r, nil
}

// LeakPipeEnds drops the pipe when the write fails.
func LeakPipeEnds(data []byte) (*end, error) { // want LeakPipeEnds:"keeps p0"
	p := NewPipe() // want `p returned by NewPipe is not closed on all paths`
	w, r := p.End1(), p.End2()
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	go func() {
		w.Write(data)
		w.Close()
	}()
	return r, nil
}
