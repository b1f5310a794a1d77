package empty

import (
	"review46/empty/mon"
)

// LeakGivenOrProbe starts the monitor it was given or, without one, a
// probe it makes; where the probe's Start fails it has kept its conn, and
// the probe is dropped. The implementations that this package can see
// (mon's own) all fill only on success; the probe's type is in a package
// it does not import.
func LeakGivenOrProbe(addr string, given mon.Monitor) (mon.Monitor, error) { // want LeakGivenOrProbe:"keeps p1; returns p1 as r0"
	m := given
	if m == nil {
		m = mon.NewProbe(addr) // want `m returned by mon.NewProbe is not closed on all paths: the return at line 18 is reached when err != nil at line 17 \(possible resource leak\)`
	}
	if err := m.Start(); err != nil {
		return nil, err
	}
	return m, nil
}

// LeakOverriddenProbe lets a closure replace the probe with an override:
// m's type is then unknown where Start is called, and the probe, where
// it stays, keeps its conn when Start fails.
func LeakOverriddenProbe(addr string, override mon.Monitor) (mon.Monitor, error) { // want LeakOverriddenProbe:"keeps p1"
	m := mon.NewProbe(addr) // want `m returned by mon.NewProbe is not closed on all paths: the return at line 35 is reached when err != nil at line 34 \(possible resource leak\)`
	pick := func() {
		if override != nil {
			m = override
		}
	}
	pick()
	if err := m.Start(); err != nil {
		return nil, err
	}
	return m, nil
}
