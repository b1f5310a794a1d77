// REVIEW NOTE: the `want` gives the CORRECT behaviour; HEAD misses it
// (see optsdep).
// Fixed since (see optsdep).
package optsuse

import "review31/optsdep"

// WithAddr is an option of another package that opens the listener.
func WithAddr(addr string) optsdep.Option {
	return func(s *optsdep.Server) { _ = s.Listen(addr) }
}

// serveLeak drops the server, which WithAddr filled through Listen, where
// stop is set: a real leak.
func serveLeak(addr string, stop bool) error {
	s, err := optsdep.New(optsdep.WithName("x"), WithAddr(addr)) // want `s returned by optsdep.New is not closed`
	if err != nil {
		return err
	}
	if stop {
		return nil
	}
	return s.Close()
}
