// Package middleerr probes rule 3 (8adce33): the one error among a call's
// results, neither first nor last, says the call failed and the results
// before it are nil.
package middleerr

import (
	"context"
	"net"
	"os"
)

// connectHello dials and says hello; where the hello fails it gives the
// connection beside the error, for the caller to close.
func connectHello(ctx context.Context, addr string) (net.Conn, error, context.Context) { // want connectHello:"keeps p0; borrows r2; returns p0 as r2"
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err, ctx
	}
	if _, err := conn.Write([]byte("hello")); err != nil {
		return conn, err, ctx
	}
	return conn, nil, ctx
}

// LeakPartialConnect drops the connection that connectHello gives beside
// its error.
func LeakPartialConnect(ctx context.Context, addr string) (int, error) {
	conn, err, _ := connectHello(ctx, addr) // want `conn returned by connectHello is not closed`
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	return conn.Write([]byte("ping"))
}

// opener gives a file and an error and a count of retries: a file may come
// beside an error (a partial open the caller closes).
type opener interface {
	Open(name string) (*os.File, error, int)
}

// LeakPartialOpen drops the file an interface gives beside its error.
func LeakPartialOpen(o opener, name string) (int64, error) {
	f, err, _ := o.Open(name) // want `f returned by o\.Open is not closed`
	if err != nil {
		return 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// createLogged creates a file and a second, log file; an error in the
// middle, the log after it.
func createLogged(name string) (*os.File, error, *os.File) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err, nil
	}
	log, err := os.Create(name + ".log")
	if err != nil {
		return f, err, nil
	}
	return f, nil, log
}

// LeakLoggedPartial drops the first file where the log cannot be created.
func LeakLoggedPartial(name string) error {
	f, err, log := createLogged(name) // want `f returned by createLogged is not closed` `log returned by createLogged is not closed`
	if err != nil {
		return err
	}
	log.Close()
	return f.Close()
}

// diskOpener is the package's only opener: where Stat fails it gives the
// file beside the error.
type diskOpener struct{}

func (diskOpener) Open(name string) (*os.File, error, int) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err, 0
	}
	if _, err := f.Stat(); err != nil {
		return f, err, 1
	}
	return f, nil, 0
}

// NewOpener gives the package's opener.
func NewOpener() opener { return diskOpener{} } // want NewOpener:"borrows r0; r0 is diskOpener"
