package ownedlocal

// This file: methods documented to close their receiver.

import (
	"errors"
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

// smtpClient embeds an *smtp.Client and closes it through the field that
// smtp.Client's own Close closes.
type smtpClient struct {
	*smtp.Client
	sent int
}

// Close closes the client's text connection, as smtp.Client's Close does.
func (c *smtpClient) Close() error { // want Close:"releases p0; closes p0.Client"
	return c.Text.Close()
}

// startTLS fails for a client that has sent mail already.
func startTLS(c *smtpClient) error {
	if c.sent > 0 {
		return errors.New("too late for TLS")
	}
	return nil
}

// SafeDialWrapped closes the wrapper, and so the client, when TLS fails.
func SafeDialWrapped(addr string) (*smtpClient, error) {
	cl, err := smtp.Dial(addr)
	if err != nil {
		return nil, err
	}
	c := &smtpClient{cl, 0}
	if err := startTLS(c); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// closesReader closes only the reader side of the client's text
// connection: the connection stays open.
func closesReader(c *smtpClient) {
	c.Text.Reader.R.Discard(0)
}

// dialWrappedLeak drops the client when TLS fails: reading from its text
// connection releases nothing.
func dialWrappedLeak(addr string) (*smtpClient, error) {
	cl, err := smtp.Dial(addr) // want `cl returned by smtp.Dial is not closed on all paths: the return at line 73 is reached when err != nil at line 71`
	if err != nil {
		return nil, err
	}
	c := &smtpClient{cl, 0}
	if err := startTLS(c); err != nil {
		closesReader(c)
		return nil, err
	}
	return c, nil
}
