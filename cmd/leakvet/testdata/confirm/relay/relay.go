// Package relay has a leak that its tests confirm.
package relay

import "net"

// Dialer dials connections; *leakruntime.Dialer is one.
type Dialer interface {
	Dial(network, address string) (net.Conn, error)
}

// Greet sends a greeting from one server to another. It leaks the first
// connection when the second dial fails.
func Greet(d Dialer, from, to string) error {
	src, err := d.Dial("tcp", from)
	if err != nil {
		return err
	}
	dst, err := d.Dial("tcp", to)
	if err != nil {
		return err
	}
	defer src.Close()
	defer dst.Close()
	_, err = dst.Write([]byte("hello from " + src.RemoteAddr().String()))
	return err
}
