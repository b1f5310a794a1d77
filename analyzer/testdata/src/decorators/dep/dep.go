// Package dep declares a protocol over a transport, as thrift does: the
// plain protocols give the transport they hold, and two decorators (a
// debugging one and one that copies what it writes) give what the
// protocol they wrap gives, each able to wrap the other.
package dep

import "net"

// Transport is a connection.
type Transport interface {
	IsOpen() bool
	Close() error
}

// Protocol reads and writes over a transport it holds.
type Protocol interface {
	Transport() Transport
	Flush() error
}

// Binary is the plain protocol.
type Binary struct{ trans Transport }

// Transport gives the transport that b holds.
func (b *Binary) Transport() Transport { return b.trans } // want Transport:"borrows r0; gives p0\\.trans as r0"

// Flush does nothing here.
func (b *Binary) Flush() error { return nil } // want Flush:"nil r0; nothing when zero; nothing when nil"

// Close closes the transport that b holds.
func (b *Binary) Close() error { return b.trans.Close() } // want Close:"releases p0; closes p0\\.trans"

// Debug logs what its delegate does.
type Debug struct{ Delegate Protocol }

// Transport gives what the delegate gives.
func (d *Debug) Transport() Transport { return d.Delegate.Transport() } // want Transport:"borrows r0"

// Flush flushes the delegate.
func (d *Debug) Flush() error { return d.Delegate.Flush() }

// Duplicate copies what it writes to a second protocol.
type Duplicate struct {
	Delegate Protocol
	Copy     Protocol
}

// Transport gives what the delegate gives.
func (d *Duplicate) Transport() Transport { return d.Delegate.Transport() } // want Transport:"delegates r0"

// Flush flushes both.
func (d *Duplicate) Flush() error {
	if err := d.Copy.Flush(); err != nil {
		return err
	}
	return d.Delegate.Flush()
}

// Dialer makes a new transport on each call of Transport.
type Dialer interface {
	Transport() Transport
}

// Fresh dials.
type Fresh struct{ addr string }

// Transport dials a new transport.
func (f *Fresh) Transport() Transport { // want Transport:"r0 is \\*conn"
	c, err := net.Dial("tcp", f.addr)
	if err != nil {
		return nil
	}
	return &conn{c: c}
}

// Traced wraps a Dialer and gives what it gives.
type Traced struct{ Inner Dialer }

// Transport gives what the inner dialer gives: a new transport.
func (t *Traced) Transport() Transport { return t.Inner.Transport() }

type conn struct{ c net.Conn }

func (c *conn) IsOpen() bool { return c.c != nil }
func (c *conn) Close() error { return c.c.Close() } // want Close:"releases p0; closes p0\\.c"
