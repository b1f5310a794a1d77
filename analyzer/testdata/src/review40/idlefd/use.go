package idlefd

import "review40/idlefd/dep"

// sizeLeak: the file OpenRead opened stays open (Close would not help
// either, but the fd leaks here). REAL.
func sizeLeak(path string) (int64, error) {
	x, err := dep.OpenRead(path) // want `x returned by dep\.OpenRead is not closed`
	if err != nil {
		return 0, err
	}
	return x.Size(), nil
}

// lockedLeak: control. REAL.
func lockedLeak(path string) (int64, error) {
	x, err := dep.OpenLocked(path) // want `x returned by dep\.OpenLocked is not closed`
	if err != nil {
		return 0, err
	}
	return x.Size(), nil
}

// loadLeak: through a helper. REAL.
func loadLeak(path string) (int64, error) {
	x, err := dep.Load(path) // want `x returned by dep\.Load is not closed`
	if err != nil {
		return 0, err
	}
	return x.Size(), nil
}
