package dep

import "net"

// A Warmer dials its conns ahead of use.
type Warmer interface {
	Warm(n int) error
	Close() error
}

// A WarmPool keeps the conns it dialed by slot.
type WarmPool struct {
	addr  string
	conns map[int]net.Conn
}

// NewWarmer makes a pool with no conns yet, as a Warmer.
func NewWarmer(addr string) Warmer { // want NewWarmer:"empty r0; r0 is \\*WarmPool"
	return &WarmPool{addr: addr, conns: map[int]net.Conn{}}
}

// NewWarmPool makes a pool with no conns yet.
func NewWarmPool(addr string) *WarmPool { // want NewWarmPool:"empty r0"
	return &WarmPool{addr: addr, conns: map[int]net.Conn{}}
}

// Warm dials n conns into the pool; where a dial fails, the conns dialed
// before it stay in the pool, for its Close.
func (p *WarmPool) Warm(n int) error {
	for i := 0; i < n; i++ {
		c, err := net.Dial("tcp", p.addr)
		if err != nil {
			return err
		}
		p.conns[i] = c
	}
	return nil
}

// Close closes the conns in the pool.
func (p *WarmPool) Close() error { // want Close:"nil r0; closes p0\\.conns\\[\\]"
	for _, c := range p.conns {
		c.Close()
	}
	return nil
}
