// Package netrows is a driver: its rows stream over a connection, which
// Close closes.
package netrows

import (
	"bufio"
	"net"

	"review47/inert/rows"
)

type connRows struct {
	conn net.Conn
	sc   *bufio.Scanner
}

func (r *connRows) Next() bool             { return r.sc.Scan() }
func (r *connRows) Scan(dst *string) error { *dst = r.sc.Text(); return nil } // want Scan:"nil r0"
func (r *connRows) Close() error           { return r.conn.Close() } // want Close:"releases p0; closes p0\\.conn"
func (r *connRows) Err() error             { return r.sc.Err() } // want Err:"gives p0\\.sc\\.err as r0"

// DB is a Querier over the network.
type DB struct{ Addr string }

func (db *DB) Query(q string) (rows.Rows, error) { // want Query:"r0 is \\*connRows"
	c, err := net.Dial("tcp", db.Addr)
	if err != nil {
		return nil, err
	}
	if _, err := c.Write([]byte(q + "\n")); err != nil {
		c.Close()
		return nil, err
	}
	return &connRows{conn: c, sc: bufio.NewScanner(c)}, nil
}
