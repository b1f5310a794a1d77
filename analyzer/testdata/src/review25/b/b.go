// Package b serves connections from an api.Listen listener without
// importing net: Accept gives a new connection each call, and both loops
// drop it.
package b

import "review25/api"

func Serve(addr string) error {
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
