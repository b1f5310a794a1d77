package ownedlocal

// This file: methods documented to close their receiver.

import (
	"net/smtp"
)

// quit is fine: Quit closes the connection to the server.
func quit(addr string) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	if err := c.Hello("localhost"); err != nil {
		c.Close()
		return err
	}
	return c.Quit()
}
