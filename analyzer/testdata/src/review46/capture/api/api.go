// Package api declares a socket that owns the listeners it makes.
package api

// A Socket makes listeners.
type Socket interface {
	NewListener(addr string) (Listener, error)
	Close() error
}

// A Listener listens on an address.
type Listener interface {
	Listen() error
	Close() error
}
