// Package fluentdep declares interfaces whose implementations live
// elsewhere, with methods that give a value of the receiver's own type:
// some give a view of the receiver (WithTimeout), others make a new one
// under a name no making verb starts (Reconnect, Duplicate, Txn).
package fluentdep

import "time"

// Conn is a connection to a server.
type Conn interface {
	// WithTimeout gives a view of the connection with a deadline.
	WithTimeout(d time.Duration) Conn
	// Reconnect dials a new connection to the same server.
	Reconnect() Conn
	// Duplicate gives a new handle of the same socket, closed apart.
	Duplicate() Conn
	// Txn starts a transaction on a new connection of the pool.
	Txn() Conn
	Exec(q string) error
	Close() error
}

// Dial connects to addr.
func Dial(addr string) (Conn, error) { return nil, nil } // want Dial:"nil r1"
