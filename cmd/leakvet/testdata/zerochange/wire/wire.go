// Package wire leaves a connection open.
package wire

import "net"

// Hello sends a greeting to addr and never closes the connection.
func Hello(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	_, err = conn.Write([]byte("hello"))
	return err
}
