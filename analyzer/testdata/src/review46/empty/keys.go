package empty

import (
	"errors"
	"net"
	"os"
	"sync"
)

// A proxy pairs each client conn with the upstream conn it relays to.
// Its Close closes the clients, the map's keys, and forgets the
// upstreams, its values.
type proxy struct {
	mu    sync.Mutex
	pairs map[net.Conn]net.Conn
}

func newProxy() *proxy { // want newProxy:"empty r0"
	return &proxy{pairs: make(map[net.Conn]net.Conn)}
}

// Close closes only the clients: each upstream stays open.
func (p *proxy) Close() error { // want Close:"closes p0\\.pairs\\[\\]"
	p.mu.Lock()
	defer p.mu.Unlock()
	for client := range p.pairs {
		client.Close()
	}
	p.pairs = nil
	return nil
}

// A tee keeps, for each conn, the file it copies the conn's traffic to.
// Its Close closes the conns and the files.
type tee struct {
	logs map[net.Conn]*os.File
}

func (t *tee) Close() error { // want Close:"nil r0; closes p0\\.logs\\[\\]"
	for c, f := range t.logs {
		c.Close()
		f.Close()
	}
	return nil
}

// SafeProxyUnfilled drops a proxy that was given nothing.
func SafeProxyUnfilled(ok bool) (*proxy, error) { // want SafeProxyUnfilled:"empty r0"
	p := newProxy()
	if !ok {
		return nil, errors.New("not ok")
	}
	return p, nil
}

// pump copies from a to b once.
func pump(a, b net.Conn) error {
	buf := make([]byte, 512)
	n, err := a.Read(buf)
	if err != nil {
		return err
	}
	_, err = b.Write(buf[:n])
	return err
}

// LeakUpstreamInProxyLiteral builds a proxy around the upstream and
// closes it: only the client, the key, is closed.
func LeakUpstreamInProxyLiteral(client net.Conn, addr string) error { // want LeakUpstreamInProxyLiteral:"keeps p0"
	up, err := net.Dial("tcp", addr) // MISSED (see README.md): up returned by net.Dial is not closed .*line 76
	if err != nil {
		return err
	}
	p := &proxy{pairs: map[net.Conn]net.Conn{client: up}}
	defer p.Close()
	return pump(client, up)
}

// SafeFileInTeeLiteral builds a tee around the file and closes it.
func SafeFileInTeeLiteral(c net.Conn, name string) error { // want SafeFileInTeeLiteral:"keeps p0"
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	t := &tee{logs: map[net.Conn]*os.File{c: f}}
	defer t.Close()
	return pump(c, c)
}
