package signalledclose

import (
	"net"

	"signalledclose/dep"
)

type torrent struct {
	acceptor *dep.Acceptor
	conns    chan net.Conn
}

// SafeStartAcceptor hands the listener to an acceptor kept in a field:
// its Close has Run close the listener.
func (t *torrent) SafeStartAcceptor(addr string) { // want SafeStartAcceptor:"closes p0.acceptor"
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return
	}
	t.acceptor = dep.New(l, t.conns)
	go t.acceptor.Run()
}

// leakQuiet closes a value whose Close leaves its listener open.
func leakQuiet(addr string) error {
	l, err := net.Listen("tcp", addr) // want `l returned by net.Listen is not closed before the return at line 33`
	if err != nil {
		return err
	}
	q := dep.NewQuiet(l)
	q.Close()
	return nil
}
