// Package entviews is shaped like the code that ent generates: a Client
// over a driver, whose init fills one entity client per type, each a
// view of the same config; a mutation hands out a Client over its own
// config, which holds the driver its caller opened.
package entviews

import (
	"database/sql"
	"io"
	"os"
)

// A config holds the driver that every client shares.
type config struct {
	driver *sql.DB
	debug  bool
}

// UserClient queries users over its config's driver.
type UserClient struct {
	config
}

// NewUserClient returns a client over c.
func NewUserClient(c config) *UserClient { // want NewUserClient:"keeps p0; wraps p0 in r0"
	return &UserClient{config: c}
}

// Get queries a user.
func (c *UserClient) Get(id int) error {
	_, err := c.driver.Exec("select", id)
	return err
}

// Client is the entry point; its Close closes the driver.
type Client struct {
	config
	User *UserClient
}

func (c *Client) init() { // want init:"keeps p0"
	c.User = NewUserClient(c.config)
}

// Close closes the driver.
func (c *Client) Close() error { // want Close:"closes p0.config.driver"
	return c.driver.Close()
}

// Open opens a driver and returns a client over it: the caller's to
// close.
func Open(dsn string) (*Client, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	c := &Client{config: config{driver: db}}
	c.init()
	return c, nil
}

// UserMutation mutates a user over the config of the client it came from.
type UserMutation struct {
	config
	op int
}

// Client returns a Client over the mutation's config: a view of the
// driver the mutation's client holds.
func (m UserMutation) Client() *Client { // want Client:"borrows r0"
	client := &Client{config: m.config}
	client.init()
	return client
}

// SafeOld queries the old value through the mutation's client.
func (m *UserMutation) SafeOld(id int) error {
	return m.Client().User.Get(id)
}

// LeakOpened drops a client over a driver it opened.
func LeakOpened(dsn string, id int) error {
	c, err := Open(dsn) // want `c returned by Open is not closed`
	if err != nil {
		return err
	}
	return c.User.Get(id)
}

// A LoggedClient closes a log file of its own beside the driver.
type LoggedClient struct {
	config
	log interface{ Close() error }
}

// Close closes the log and the driver.
func (c *LoggedClient) Close() error { // want Close:"releases p0; closes p0.config.driver,p0.log"
	c.log.Close()
	return c.driver.Close()
}

// Logged returns a client over the mutation's driver with a log of its
// own: the log is the caller's to close.
func (m UserMutation) Logged(open func() (interface{ Close() error }, error)) (*LoggedClient, error) { // want Logged:"keeps p0; gives p0.config as r0.config"
	log, err := open()
	if err != nil {
		return nil, err
	}
	return &LoggedClient{config: m.config, log: log}, nil
}

// LeakLogged drops the client whose log is its own.
func (m *UserMutation) LeakLogged(open func() (interface{ Close() error }, error)) error {
	c, err := m.Logged(open) // want `c returned by m.Logged is not closed`
	if err != nil {
		return err
	}
	return c.driver.Ping()
}

// A Decoder closes what it reads from.
type Decoder struct {
	closer io.Closer
}

// Close closes the source.
func (d *Decoder) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.closer"
	if d.closer != nil {
		return d.closer.Close()
	}
	return nil
}

// source returns src, or else the file named name, opened.
func source(name string, src io.ReadCloser) (io.ReadCloser, error) { // want source:"keeps p1; returns p1 as r0"
	if src != nil {
		return src, nil
	}
	return os.Open(name)
}

// NewDecoder reads from src, or else from the file it opens: its Close
// closes only what p1 gives it on one path, a new file on the other, so
// the decoder is no view of its parameters (no "borrows r0").
func NewDecoder(name string, src io.ReadCloser) (*Decoder, error) { // want NewDecoder:"^keeps p1; wraps p1 in r0$"
	d := &Decoder{}
	r, err := source(name, src)
	if err != nil {
		return nil, err
	}
	d.closer = r
	return d, nil
}
