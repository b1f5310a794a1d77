// Package gettersuse calls the methods of gettersdep's interfaces, whose
// implementations it cannot see: a method named after the type it
// returns, with no parameters and no error, gives a part of its receiver;
// the others may make something new.
package gettersuse

import (
	"context"
	"net"

	"gettersdep"
)

// SafeRemotePeer is fine: the stream's connection belongs to the stream.
func SafeRemotePeer(s gettersdep.Stream) string {
	return s.Conn().RemotePeer()
}

// SafePeerConns is fine: the host's network belongs to the host.
func SafePeerConns(h gettersdep.Host, p string) int {
	nw := h.Network()
	return len(nw.ConnsToPeer(p))
}

// connOf gives the stream's connection to its caller, who does not own it
// either.
func connOf(s gettersdep.Stream) gettersdep.Conn { // want connOf:"borrows r0"
	return s.Conn()
}

// SafeConnOf is fine.
func SafeConnOf(s gettersdep.Stream) string {
	return connOf(s).RemotePeer()
}

// streamLeak drops the stream it opened.
func streamLeak(ctx context.Context, h gettersdep.Host, p string) string { // want streamLeak:"keeps p0"
	s, err := h.NewStream(ctx, p) // want `s returned by h.NewStream is not closed before the return`
	if err != nil {
		return ""
	}
	return s.Conn().RemotePeer()
}

// dialLeak drops the connection that Dial made: Dial is named for what it
// does.
func dialLeak(h gettersdep.Host) string {
	c := h.Dial() // want `c returned by h.Dial is not closed`
	return c.RemotePeer()
}

// connLeak drops the connection of a Conn that may fail, which is no
// getter.
func connLeak(h gettersdep.Host) string {
	c, err := h.Conn() // want `c returned by h.Conn is not closed`
	if err != nil {
		return ""
	}
	return c.RemotePeer()
}

// localStream has an implementation of the package's own interface whose Conn
// makes a new connection each time: where the program has the
// implementations, they decide.
type localStream interface {
	Conn() gettersdep.Conn
}

type dialingStream struct{ addr string }

type tcpConn struct{ c net.Conn }

func (c *tcpConn) Close() error       { return c.c.Close() } // want Close:"releases p0; closes p0.c"
func (c *tcpConn) RemotePeer() string { return c.c.RemoteAddr().String() }

func (d *dialingStream) Conn() gettersdep.Conn { // want Conn:"r0 is \\*tcpConn"
	c, err := net.Dial("tcp", d.addr)
	if err != nil {
		return nil
	}
	return &tcpConn{c}
}

// ownConnLeak drops what its own implementation's Conn made.
func ownConnLeak(s localStream) string {
	c := s.Conn() // want `c returned by s.Conn is not closed`
	return c.RemotePeer()
}

// SafeStatus is fine: HTTPResponse, named after net/http's Response, gives
// the response its result holds.
func SafeStatus(r gettersdep.Result) int {
	return r.HTTPResponse().StatusCode
}

// SafeRemote is fine: NetConn gives the connection the result holds.
func SafeRemote(r gettersdep.Result) string {
	return r.NetConn().RemoteAddr().String()
}

// fetchLeak drops what a method named for what it does gives.
func fetchLeak(r gettersdep.Result) int {
	return r.FetchResponse().StatusCode // want `the body of the response returned by r.FetchResponse is not closed`
}

// SafeRegions is fine: GetRegionCache, Get and the name of the type it
// returns, gives the cache the store keeps.
func SafeRegions(s gettersdep.Store) int {
	return s.GetRegionCache().Regions()
}

// peerLeak drops the connection GetPeerConn gave: a connection is what a
// pool hands out for a single use, Get or not.
func peerLeak(s gettersdep.Store) string {
	return s.GetPeerConn().RemotePeer() // want `the gettersdep.Conn returned by s.GetPeerConn is not closed`
}

// poolLeak drops the connection that Get took from the pool.
func poolLeak(s gettersdep.Store) string {
	c := s.Get() // want `c returned by s.Get is not closed`
	return c.RemotePeer()
}

// getConnLeak drops the connection that GetConn dialed: a method that may
// fail makes what it gives.
func getConnLeak(s gettersdep.Store) string {
	c, err := s.GetConn() // want `c returned by s.GetConn is not closed`
	if err != nil {
		return ""
	}
	return c.RemotePeer()
}

// kvStore is the package's own view of a store, which the package's stub
// implements: the real one is in a package that imports this one.
type kvStore interface {
	GetRegionCache() *gettersdep.RegionCache
	Open() *gettersdep.RegionCache
}

// unimplementedStore is the stub: its methods panic, and say nothing of
// what the real store gives.
type unimplementedStore struct{}

func (unimplementedStore) GetRegionCache() *gettersdep.RegionCache { panic("unimplemented") }
func (unimplementedStore) Open() *gettersdep.RegionCache           { panic("unimplemented") }

// SafeStubbedRegions is fine: the stub's panic says nothing, and
// GetRegionCache is a getter.
func SafeStubbedRegions(s kvStore) int {
	return s.GetRegionCache().Regions()
}

// stubbedOpenLeak drops what Open made: the stub's panic says nothing, and
// Open is named for what it does.
func stubbedOpenLeak(s kvStore) int {
	return s.Open().Regions() // want `the \*gettersdep.RegionCache returned by s.Open is not closed`
}

// SafeInnermost is fine: Unwrap gives the backend that each wrapper
// wraps, and owns.
func SafeInnermost(b gettersdep.Backend) gettersdep.Backend { // want SafeInnermost:"keeps p0; borrows r0; returns p0 as r0"
	for b != nil {
		u, ok := b.(gettersdep.Unwrapper)
		if !ok {
			break
		}
		b = u.Unwrap()
	}
	return b
}

// innerLeak drops what Inner made: Inner is not named as Go names
// getters.
func innerLeak(u gettersdep.Unwrapper) error {
	return u.Inner().Save("x") // want `the gettersdep.Backend returned by u.Inner is not closed`
}

// SafeIsTCP only tests what is under the masks of a connection it was
// given: RawConn gives the connection that the mask wraps, and owns.
func SafeIsTCP(conn net.Conn) bool {
	_, ok := gettersdep.Unmask(conn).(*net.TCPConn)
	return ok
}

// newConnLeak drops what NewConn made.
func newConnLeak(m gettersdep.Masked) bool {
	_, ok := m.NewConn().(*net.TCPConn) // want `the net.Conn returned by m.NewConn is not closed`
	return ok
}

// SafeHasHandler is fine: GetHandler looks up a handler that the
// registry holds, and owns.
func SafeHasHandler(r gettersdep.Registry, tag string) bool {
	return r.GetHandler(tag) != nil
}

// SafeHandlerTag is fine: a lookup by a key that may fail gives what the
// registry holds too.
func SafeHandlerTag(ctx context.Context, r gettersdep.Registry, id int64) (string, error) { // want SafeHandlerTag:"keeps p0"
	h, err := r.GetPeerHandler(ctx, id)
	if err != nil {
		return "", err
	}
	return h.Tag(), nil
}

// getStreamLeak drops a stream: a registry hands out streams for one
// use.
func getStreamLeak(ctx context.Context, r gettersdep.Registry, tag string) error { // want getStreamLeak:"keeps p0"
	s, err := r.GetStream(ctx, tag) // want `s returned by r.GetStream is not closed`
	if err != nil {
		return err
	}
	_, err = s.Write([]byte("x"))
	return err
}

// newHandlerLeak drops what NewHandler made.
func newHandlerLeak(r gettersdep.Registry, tag string) string {
	return r.NewHandler(tag).Tag() // want `the gettersdep.Handler returned by r.NewHandler is not closed`
}

// SafeIsUnix only tests what is under the mask of a connection it was
// given.
func SafeIsUnix(conn net.Conn) bool {
	_, ok := gettersdep.Unmasked(conn).(*net.UnixConn)
	return ok
}

// SafeLookups is fine: what a registry's lookups by tag and its accessors
// give belongs to the registry.
func SafeLookups(r gettersdep.Proxy, tag string) string {
	in, ok := r.Get(tag)
	if !ok {
		return ""
	}
	rs, ok := r.RuleSet(tag)
	if !ok || !rs.Match(in.Tag()) {
		return ""
	}
	t, ok := r.Transport(tag)
	if !ok {
		return ""
	}
	return t.Exchange(r.InterfaceMonitor().Name())
}

// sessionLeak drops the session that Session started: sessions are handed
// out.
func sessionLeak(r gettersdep.Proxy) string {
	s, ok := r.Session("me") // want `s returned by r.Session is not closed`
	if !ok {
		return ""
	}
	return s.ID()
}

// streamOpenLeak drops the stream: Stream names a part of ClientStream,
// a type that is handed out.
func streamOpenLeak(r gettersdep.Proxy) error {
	s := r.Stream() // want `s returned by r.Stream is not closed`
	return s.Send("x")
}

// openLeak drops the rule set that Open loaded: Open is named for what it
// does.
func openLeak(r gettersdep.Proxy) bool {
	rs, ok := r.Open("rules.json") // want `rs returned by r.Open is not closed`
	return ok && rs.Match("x")
}

// entryLeak drops the cache entry that Get opened: entries are made for
// each read.
func entryLeak(c gettersdep.Cache) bool {
	e, ok := c.Get("k") // want `e returned by c.Get is not closed`
	return ok && e != nil
}

// snapshotLeak drops the snapshot that Snapshot opened.
func snapshotLeak(r gettersdep.Proxy) bool {
	s, ok := r.Snapshot(3) // want `s returned by r.Snapshot is not closed`
	return ok && s != nil
}
