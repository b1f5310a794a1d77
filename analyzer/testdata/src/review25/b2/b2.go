// Package b2 is b with net imported: net's listeners are visible.
package b2

import (
	"net"

	"review25/api"
)

func Serve(addr string) error {
	var ln net.Listener
	ln, err := api.Listen(addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	for {
		c, err := ln.Accept() // want `c returned by ln\.Accept is not closed`
		if err != nil {
			return err
		}
		c.Write([]byte("hello\n"))
	}
}

func ServeOnce(addr string) error {
	ln, err := api.Listen(addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	c, err := ln.Accept() // want `c returned by ln\.Accept is not closed`
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("bye\n"))
	return err
}
