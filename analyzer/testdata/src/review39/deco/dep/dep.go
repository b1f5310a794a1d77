// Package dep: a protocol over a transport; one decorator delegates to a
// dialer (a different interface with a same-named method) that makes a new
// transport on each call.
package dep

// Transport is a connection.
type Transport interface {
	IsOpen() bool
	Close() error
}

// Protocol reads and writes over a transport.
type Protocol interface {
	Transport() Transport
	Flush() error
}

// Binary holds its transport.
type Binary struct{ trans Transport }

func NewBinary(t Transport) *Binary { return &Binary{trans: t} } // want NewBinary:"keeps p0; wraps p0 in r0"

func (b *Binary) Transport() Transport { return b.trans } // want Transport:"borrows r0; gives p0\\.trans as r0"
func (b *Binary) Flush() error         { return nil } // want Flush:"nil r0; nothing when zero; nothing when nil"
func (b *Binary) Close() error         { return b.trans.Close() } // want Close:"releases p0; closes p0\\.trans"

// Dialer makes a new transport on each call; implementations live in
// callers' packages.
type Dialer interface {
	Transport() Transport
}

// Redialing is a protocol that gets a fresh transport from its dialer on
// every call of Transport (the caller owns it).
type Redialing struct{ D Dialer }

func (r *Redialing) Transport() Transport { return r.D.Transport() } // want Transport:"delegates r0"
func (r *Redialing) Flush() error         { return nil } // want Flush:"nil r0; nothing when zero; nothing when nil"

// Debug logs and delegates (the intended decorator).
type Debug struct{ Delegate Protocol }

func (d *Debug) Transport() Transport { return d.Delegate.Transport() } // want Transport:"delegates r0"
func (d *Debug) Flush() error         { return d.Delegate.Flush() }
