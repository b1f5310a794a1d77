// Package getdep declares a connection pool interface; its
// implementation lives elsewhere.
package getdep

import (
	"net"
	"os"
)

// Conn is a pooled connection.
type Conn interface {
	Do(cmd string) error
	Close() error
}

// Pool hands out connections; each must be closed to go back.
type Pool interface {
	GetConn() Conn
	GetNetConn() net.Conn
	GetTempFile() *os.File
}
