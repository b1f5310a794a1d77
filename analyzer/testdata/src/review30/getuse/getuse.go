// Review of 06a4788 (isNamedGetter, Get prefix). All three are reported
// by 47eb96a and missed by 06a4788: with no implementation in the
// program and no Close of the type in the package, GetConn() Conn,
// GetNetConn() net.Conn and GetTempFile() *os.File are taken as getters
// of a part of the pool, so what a pool hands out is never a resource.
// Fixed: a Get-named getter does not give a type named as what pools
// hand out for a single use (handedOutName).
package getuse

import "review30/getdep"

// connLeak never closes the connection it takes from the pool.
func connLeak(p getdep.Pool) error {
	c := p.GetConn() // want `c returned by p.GetConn is not closed`
	return c.Do("PING")
}

func netConnLeak(p getdep.Pool) {
	c := p.GetNetConn() // want `c returned by p.GetNetConn is not closed`
	c.Write([]byte("x"))
}

func fileLeak(p getdep.Pool) {
	f := p.GetTempFile() // want `f returned by p.GetTempFile is not closed`
	f.Write([]byte("x"))
}
