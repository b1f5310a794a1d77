package pool

import "example.com/leaky/closer"

// Conn is returned to its pool by Close; callers may choose to exclude it.
type Conn struct{ id int }

var idle []*Conn

// Close returns the connection to the pool.
func (c *Conn) Close() error {
	idle = append(idle, c)
	return nil
}

// Get takes a connection from the pool.
func Get() *Conn { return &Conn{} }

// Use forgets to put the connection back.
func Use() {
	c := Get()
	_ = c
}

// UseAndPutBack is fine: closer.Quietly, in another package, closes c.
func UseAndPutBack() {
	c := Get()
	closer.Quietly(c)
}
