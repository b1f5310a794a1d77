package empty

import "review46/empty/dep"

// LeakWarmerFailed drops a Warmer whose Warm failed part way: the conns
// it dialed before the failure are in it.
func LeakWarmerFailed(addr string) (dep.Warmer, error) { // want LeakWarmerFailed:"r0 is \\*review46/empty/dep\\.WarmPool"
	w := dep.NewWarmer(addr) // want `w returned by dep.NewWarmer is not closed on all paths: the return at line 10 is reached when err != nil at line 9 \(possible resource leak\)`
	if err := w.Warm(4); err != nil {
		return nil, err
	}
	return w, nil
}

// LeakWarmPoolFailed is the same with the concrete pool.
func LeakWarmPoolFailed(addr string) (*dep.WarmPool, error) {
	p := dep.NewWarmPool(addr) // MISSED (see README.md): p returned by dep.NewWarmPool is not closed on all paths: the return at line 19 is reached when err != nil at line 18 (possible resource leak)
	if err := p.Warm(4); err != nil {
		return nil, err
	}
	return p, nil
}
