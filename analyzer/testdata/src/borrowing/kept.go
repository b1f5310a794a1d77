package borrowing

import (
	"errors"
	"net"
	"os"
	"sync"
	"sync/atomic"
)

// --- Values a function keeps for its owner before returning them ---

// hostClient is a connection to one host, dialled in the background.
type hostClient struct {
	dialing chan struct{} // closed once the dial has returned
	conn    net.Conn
	err     error
}

// Close closes the connection, once the dial has returned.
func (h *hostClient) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.conn"
	<-h.dialing
	if h.conn != nil {
		return h.conn.Close()
	}
	return nil
}

// hostClients shares one client per host between requests.
type hostClients struct {
	mu      sync.Mutex
	network string
	clients map[string]*hostClient
}

// get returns the client of host: the one in p.clients, or a new one that
// it puts there before returning it. The goroutine that dials captures p,
// so p lives in a variable of its own; p.clients is still the receiver's
// map. Either way p owns the client, even when get drops it from the map
// again because its dial failed, as it then returns nil.
func (p *hostClients) get(host string) (*hostClient, error) { // want get:"borrows r0"
	p.mu.Lock()
	defer p.mu.Unlock()
	cl, ok := p.clients[host]
	if !ok {
		cl = &hostClient{dialing: make(chan struct{})}
		go func() {
			defer close(cl.dialing)
			cl.conn, cl.err = net.Dial(p.network, host)
		}()
		p.clients[host] = cl
	}
	select {
	case <-cl.dialing:
		if cl.err != nil {
			delete(p.clients, host)
			return nil, cl.err
		}
	default:
	}
	return cl, nil
}

// SafeSharedClient is fine: the client belongs to p.clients.
func SafeSharedClient(p *hostClients, host string) error {
	cl, err := p.get(host)
	if err != nil {
		return err
	}
	<-cl.dialing
	if cl.err != nil {
		return cl.err
	}
	_, err = cl.conn.Write([]byte("ping"))
	return err
}

// getOrOwn keeps the new client in p.clients only when shared is set,
// and returns it either way: when shared is false, the caller owns it.
func (p *hostClients) getOrOwn(host string, shared bool) (*hostClient, error) {
	conn, err := net.Dial(p.network, host)
	if err != nil {
		return nil, err
	}
	cl := &hostClient{dialing: make(chan struct{}), conn: conn}
	close(cl.dialing)
	if shared {
		p.mu.Lock()
		p.clients[host] = cl
		p.mu.Unlock()
		return cl, nil
	}
	return cl, nil
}

// LeakOwnClient drops the client that getOrOwn did not share.
func LeakOwnClient(p *hostClients, host string) error {
	cl, err := p.getOrOwn(host, false) // want `cl returned by p.getOrOwn is not closed`
	if err != nil {
		return err
	}
	_, err = cl.conn.Write([]byte("ping"))
	return err
}

// getScratch puts the new client in a map of its own, which is gone when
// it returns, though the goroutine that dials captures p: the caller owns
// the client.
func (p *hostClients) getScratch(host string) *hostClient { // want getScratch:"keeps p0"
	seen := map[string]*hostClient{}
	cl := &hostClient{dialing: make(chan struct{})}
	go func() {
		defer close(cl.dialing)
		cl.conn, cl.err = net.Dial(p.network, host)
	}()
	seen[host] = cl
	return cl
}

// LeakScratchClient drops the client of getScratch.
func LeakScratchClient(p *hostClients, host string) error {
	cl := p.getScratch(host) // want `cl returned by p.getScratch is not closed`
	<-cl.dialing
	return cl.err
}

// tracked is a connection that its server closes when it shuts down.
type tracked struct{ net.Conn }

// trackingServer registers the connections it serves, to close them all
// when it shuts down.
type trackingServer struct {
	mu    sync.Mutex
	conns map[*tracked]struct{}
}

// track registers a new connection around raw and returns it: a
// connection registered where its owner keeps it, to close it later, is
// the owner's, and the caller only serves it.
func (s *trackingServer) track(raw net.Conn) *tracked { // want track:"borrows r0"
	c := &tracked{raw}
	s.mu.Lock()
	s.conns[c] = struct{}{}
	s.mu.Unlock()
	return c
}

// SafeTracked is fine: the server closes the connections it tracks.
func SafeTracked(s *trackingServer, raw net.Conn) error { // want SafeTracked:"keeps p1"
	c := s.track(raw)
	_, err := c.Write([]byte("hello"))
	return err
}

// connList registers the connections it opens, to close them all when
// it is done.
type connList struct{ all []net.Conn }

// open dials addr and registers the connection in l.all before returning
// it: l owns it.
func (l *connList) open(addr string) (net.Conn, error) { // want open:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	l.all = append(l.all, c)
	return c, nil
}

// SafeListed is fine: l closes the connections it registered.
func SafeListed(l *connList, addr string) error {
	c, err := l.open(addr)
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("hello"))
	return err
}

// openListed appends the connection to a list of its own, which is gone
// when it returns: the caller owns the connection.
func openListed(addr string) (net.Conn, error) {
	var batch []net.Conn
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	batch = append(batch, c)
	if len(batch) > 8 {
		return nil, errors.New("batch full")
	}
	return c, nil
}

// LeakListed drops the connection of openListed.
func LeakListed(addr string) error {
	c, err := openListed(addr) // want `c returned by openListed is not closed`
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("hello"))
	return err
}

// currentLog is the log file that the process writes to.
var currentLog atomic.Pointer[os.File]

// openLog makes the file it opens the process's log when the open
// succeeds, and returns it with the error either way: where err is nil,
// currentLog owns the file, and elsewhere there is no file.
func openLog(name string) (*os.File, error) { // want openLog:"borrows r0"
	f, err := os.Open(name)
	if err == nil {
		currentLog.Store(f)
	}
	return f, err
}

// SafeOpenLog is fine: the file is the process's log.
func SafeOpenLog(name string) (string, error) {
	f, err := openLog(name)
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// openLogIf makes the file the process's log only when asked to: the
// caller owns it otherwise.
func openLogIf(name string, current bool) (*os.File, error) { // want openLogIf:"borrows r0 if p1 is true"
	f, err := os.Open(name)
	if err == nil && current {
		currentLog.Store(f)
	}
	return f, err
}

// LeakOpenLogIf drops the file that openLogIf did not keep.
func LeakOpenLogIf(name string) (string, error) {
	f, err := openLogIf(name, false) // want `f returned by openLogIf is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// --- Values a callee keeps for the caller's owner ---

// liveConn is the connection in use and the host it goes to.
type liveConn struct {
	conn net.Conn
	host string
}

// controlConn keeps one live connection to some host of a cluster.
type controlConn struct {
	live atomic.Pointer[liveConn]
}

// setup makes conn the live connection, unless the host is unusable:
// c.live keeps it from then on.
func (c *controlConn) setup(conn net.Conn, host string) error { // want setup:"keeps p1"
	if host == "" {
		return errors.New("no host")
	}
	c.live.Store(&liveConn{conn: conn, host: host})
	return nil
}

// register adds c to the connections that l closes when it is done.
func (l *connList) register(c net.Conn) { l.all = append(l.all, c) } // want register:"keeps p1"

// dial dials addr and registers the connection with l, which owns it.
func (l *connList) dial(addr string) (net.Conn, error) { // want dial:"borrows r0"
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	l.register(c)
	return c, nil
}

// SafeRegisteredConn is fine: l closes the connections it registered.
func SafeRegisteredConn(l *connList, addr string) error {
	c, err := l.dial(addr)
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("hello"))
	return err
}

// attempt connects to the first host that works and returns the
// connection, which setup made the live one, or nil: c.live owns it.
func (c *controlConn) attempt(hosts []string) (net.Conn, error) { // want attempt:"borrows r0"
	var conn net.Conn
	var err error
	for _, host := range hosts {
		conn, err = net.Dial("tcp", host)
		if err != nil {
			continue
		}
		err = c.setup(conn, host)
		if err == nil {
			break
		}
		conn.Close()
		conn = nil
	}
	return conn, err
}

// SafeReconnect is fine: it only checks that a live connection exists.
func SafeReconnect(c *controlConn, hosts []string) error {
	conn, err := c.attempt(hosts)
	if conn == nil {
		return err
	}
	return nil
}

// probe keeps conn in a struct of its own, which is gone when it
// returns.
func probe(conn net.Conn, host string) error { // want probe:"keeps p0"
	var last atomic.Pointer[liveConn]
	last.Store(&liveConn{conn: conn, host: host})
	if host == "" {
		return errors.New("no host")
	}
	return nil
}

// attemptProbed returns the connection that probe only looked at: the
// caller owns it.
func attemptProbed(host string) (net.Conn, error) {
	conn, err := net.Dial("tcp", host)
	if err != nil {
		return nil, err
	}
	if err := probe(conn, host); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// LeakProbed drops the connection of attemptProbed.
func LeakProbed(host string) error {
	conn, err := attemptProbed(host) // want `conn returned by attemptProbed is not closed`
	if conn == nil {
		return err
	}
	return nil
}
