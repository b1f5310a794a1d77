package c

import (
	"context"

	"review22/b"
)

// crossGetterLeak drops the session after using its getter.
func crossGetterLeak(ctx context.Context, addr string) (string, error) { // want crossGetterLeak:"keeps p0"
	s, err := b.OpenSession(ctx, addr) // want `s returned by b.OpenSession is not closed`
	if err != nil {
		return "", err
	}
	return s.NetConn().LocalAddr().String(), nil
}

// crossConnOfLeak does the same through the function getter.
func crossConnOfLeak(ctx context.Context, addr string) (string, error) { // want crossConnOfLeak:"keeps p0"
	s, err := b.OpenSession(ctx, addr) // want `s returned by b.OpenSession is not closed`
	if err != nil {
		return "", err
	}
	return b.ConnOf(s).LocalAddr().String(), nil
}
