package wrappers

// This file calls functions through values of the package's unexported
// function types, which only the package can make: the functions it
// converts to such a type are all a call can run. An interface whose one
// implementation is such a type is resolved through them too.

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"os"
)

type handshaker interface {
	Handshake() error
	Close() error
}

// upgrader turns a conn into a TLS client over it.
type upgrader interface {
	Client(nc net.Conn, cfg *tls.Config) handshaker
}

type upgraderFn func(nc net.Conn, cfg *tls.Config) handshaker

func (f upgraderFn) Client(nc net.Conn, cfg *tls.Config) handshaker { return f(nc, cfg) } // want Client:"keeps p1,p2; borrows r0; returns p1 as r0"

var plainUpgrader upgraderFn = func(nc net.Conn, cfg *tls.Config) handshaker { return tls.Client(nc, cfg) }

type tlsEndpoint struct {
	nc  net.Conn
	src upgrader
}

func newTLSEndpoint(nc net.Conn) *tlsEndpoint { return &tlsEndpoint{nc: nc, src: plainUpgrader} } // want newTLSEndpoint:"keeps p0; wraps p0 in r0"

// SafeUpgrade drops the TLS client when the handshake fails: it only
// wraps the tlsEndpoint's conn, which the tlsEndpoint closes.
func (e *tlsEndpoint) SafeUpgrade(cfg *tls.Config) (handshaker, error) { // want SafeUpgrade:"keeps p1; borrows r0; closes p0.nc"
	client := e.src.Client(e.nc, cfg)
	if err := client.Handshake(); err != nil {
		return nil, err
	}
	return client, nil
}

// dialer dials a TLS conn of its own, whatever it is given.
type dialer interface {
	Redial(nc net.Conn, cfg *tls.Config) handshaker
}

type dialerFn func(nc net.Conn, cfg *tls.Config) handshaker

func (f dialerFn) Redial(nc net.Conn, cfg *tls.Config) handshaker { return f(nc, cfg) } // want Redial:"keeps p2"

var redialer dialerFn = func(nc net.Conn, cfg *tls.Config) handshaker {
	c, err := tls.Dial("tcp", nc.RemoteAddr().String(), cfg)
	if err != nil {
		return nil
	}
	return c
}

type redialTLSEndpoint struct {
	nc  net.Conn
	src dialer
}

func newRedialTLSEndpoint(nc net.Conn) *redialTLSEndpoint { // want newRedialTLSEndpoint:"keeps p0; wraps p0 in r0"
	return &redialTLSEndpoint{nc: nc, src: redialer}
}

// upgradeLeak drops a conn the dialer made of its own.
func (e *redialTLSEndpoint) upgradeLeak(cfg *tls.Config) (handshaker, error) { // want upgradeLeak:"keeps p1; closes p0.nc"
	client := e.src.Redial(e.nc, cfg) // want `client returned by e.src.Redial is not closed on all paths`
	if err := client.Handshake(); err != nil {
		return nil, err
	}
	return client, nil
}

// lineCounter reads what it is given, and keeps nothing.
type lineCounter func(f *os.File) (int64, error)

var countAll lineCounter = func(f *os.File) (int64, error) { return io.Copy(io.Discard, f) }

// countLeak gives the file to a counter, which does not close it.
func countLeak(name string) (int64, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return 0, err
	}
	return countAll(f)
}

// SafeCount closes the file the counter read.
func SafeCount(name string) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n, err := countAll(f)
	if n == 0 && err == nil {
		return 0, errors.New("empty")
	}
	return n, err
}
