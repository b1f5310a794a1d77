// Package factoryuse tests rule 3 (isKeyedGetter) with a factory whose
// Get methods dial: GetClient(addr string, timeout time.Duration)
// (Client, error) takes an address and a time.Duration (an integer, so a
// "key") and may fail; GetDefaultClient() (Client, error) has no key at
// all, and the (T, error) result that isNamedGetter's comment calls the
// mark of a method that makes something is now accepted through
// isKeyedGetter. Both make a new client each call: pingLeak and
// pingDefaultLeak drop it, and SHOULD be reported.
//
// Base (30494aa): both reported. Head: both leaks are hidden by rule 3 (REAL leaks missed).
//
// Fixed since (round twenty-two): as pooluse: both reported again.
package factoryuse

import (
	"time"

	"review33/regdep"
)

// pingLeak pings addr.
func pingLeak(f regdep.Factory, addr string) error {
	c, err := f.GetClient(addr, 5*time.Second) // want `c returned by f.GetClient is not closed`
	if err != nil {
		return err
	}
	_, err = c.Call("ping", nil)
	return err
}

// pingDefaultLeak pings the default address.
func pingDefaultLeak(f regdep.Factory) error {
	c, err := f.GetDefaultClient() // want `c returned by f.GetDefaultClient is not closed`
	if err != nil {
		return err
	}
	_, err = c.Call("ping", nil)
	return err
}
