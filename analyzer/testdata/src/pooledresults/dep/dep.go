// Package dep has results whose Close gives their memory back to a
// sync.Pool, as go-mysql's Result does, beside a pooled value that holds a
// connection.
package dep

import (
	"net"
	"sync"
)

type Field struct {
	Name []byte
	Type uint8
}

type Resultset struct {
	Fields []*Field
	Names  map[string]int
	Rows   [][]byte
}

var resultsets = sync.Pool{New: func() any { return &Resultset{} }}

func NewResultset(n int) *Resultset {
	r := resultsets.Get().(*Resultset)
	r.Fields = r.Fields[:0]
	return r
}

func (r *Resultset) returnToPool() { resultsets.Put(r) } // want returnToPool:"keeps p0; nothing when zero; nothing when nil"

// Result embeds the pooled set, which callers may have shared.
type Result struct {
	Affected uint64
	*Resultset
}

func NewResult(rs *Resultset) *Result { return &Result{Resultset: rs} }

// Close gives the set back: a Result not closed is taken by the collector.
func (r *Result) Close() { // want Close:"releases nothing; nothing when zero"
	if r.Resultset != nil {
		r.returnToPool()
		r.Resultset = nil
	}
}

func Execute(q string) (*Result, error) {
	if q == "" {
		return nil, net.ErrClosed
	}
	return NewResult(NewResultset(1)), nil
}

// session holds a connection: a pool of sessions keeps them open.
type session struct {
	conn net.Conn
	id   int
}

var sessions sync.Pool

type Handle struct{ s *session }

// Close puts the session back for reuse, connection and all.
func (h *Handle) Close() { // want Close:"nothing when zero"
	if h.s != nil {
		sessions.Put(h.s)
		h.s = nil
	}
}

func Acquire(addr string) (*Handle, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &Handle{s: &session{conn: c}}, nil
}
