// Package empty holds values left empty until a method dials into them,
// and the ways a fill or a signal can hide: closures that share the
// variable, a sync.Once, a send in a select. Programs from the review of
// the rule on empty values; each leak must stay reported.
package empty

func retry(n int, f func() error) error { // want retry:"gives r0 of p1\\(\\) as r0"
	var err error
	for range n {
		if err = f(); err == nil {
			return nil
		}
	}
	return err
}

// Connect through a closure given to a helper.
func retryClosureLeak(addr string) error {
	// Missed, before these rules and since: a known hole, kept visible.
	conn := newLazyConn(addr)
	if err := retry(3, func() error { return conn.Connect() }); err != nil {
		return err
	}
	return conn.Close()
}

// Connect through a method value given to a helper.
func retryMethodLeak(addr string) error {
	// Missed, before these rules and since: a known hole, kept visible.
	conn := newLazyConn(addr)
	if err := retry(3, conn.Connect); err != nil {
		return err
	}
	return conn.Close()
}

// The closure connects; the function drops the conn after a second step.
func closureThenDrop(addr string, ok bool) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed`
	dial := func() error { return conn.Connect() }
	if err := dial(); err != nil {
		conn.Close()
		return err
	}
	if !ok {
		return errTaken
	}
	return conn.Close()
}

// A closure that swaps in a fresh value and connects it.
func closureSwap(addr string) error {
	conn := newLazyConn(addr) // want `conn returned by newLazyConn is not closed on all paths`
	renew := func() error {
		conn = newLazyConn(addr + ":1")
		return conn.Connect()
	}
	if err := renew(); err != nil {
		return err
	}
	return conn.Close()
}
