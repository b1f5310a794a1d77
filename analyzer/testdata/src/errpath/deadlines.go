package errpath

import (
	"net"
	"time"
)

// SafeDeadlineOnDialed is fine: a deadline set on the conn that
// net.DialTimeout has just returned does not fail, so the return in the
// error branch is never taken.
func SafeDeadlineOnDialed(addr string, d time.Duration) (net.Conn, error) {
	conn, err := net.DialTimeout("tcp", addr, d)
	if err != nil {
		return nil, err
	}
	if err := conn.SetDeadline(time.Now().Add(d)); err != nil {
		return nil, err
	}
	return conn, nil
}

// deadlineOnDialerLeaky drops the conn of a dial function it is given,
// whose conn may be any implementation, when its deadline fails.
func deadlineOnDialerLeaky(dial func(addr string) (net.Conn, error), addr string, d time.Duration) (net.Conn, error) {
	conn, err := dial(addr) // want `conn returned by dial is not closed on all paths: the return at line 30 is reached when err != nil at line 29`
	if err != nil {
		return nil, err
	}
	if err := conn.SetReadDeadline(time.Now().Add(d)); err != nil {
		return nil, err
	}
	return conn, nil
}
