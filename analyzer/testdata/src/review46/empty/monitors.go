package empty

import (
	"errors"

	"review46/empty/dep"
)

// SafeMonitorStartFailed drops a monitor whose Start failed: it fills
// only on success.
func SafeMonitorStartFailed(addr string) (dep.Monitor, error) { // want SafeMonitorStartFailed:"r0 is \\*review46/empty/dep\\.monitor"
	m := dep.NewMonitor(addr)
	if err := m.Start(); err != nil {
		return nil, err
	}
	return m, nil
}

// LeakProbeStartFailed drops a probe whose Start failed after it kept the
// conn it dialed.
func LeakProbeStartFailed(addr string) (dep.Monitor, error) { // want LeakProbeStartFailed:"r0 is \\*review46/empty/dep\\.probe"
	m := dep.NewProbe(addr) // want `m returned by dep.NewProbe is not closed on all paths: the return at line 24 is reached when err != nil at line 23 \(possible resource leak\)`
	if err := m.Start(); err != nil {
		return nil, err
	}
	return m, nil
}

// LeakEitherStartFailed drops either kind where Start failed: the probe
// keeps its conn then.
func LeakEitherStartFailed(addr string, quick bool) (dep.Monitor, error) { // want LeakEitherStartFailed:"r0 is \\*review46/empty/dep\\.monitor,\\*review46/empty/dep\\.probe"
	var m dep.Monitor
	if quick {
		m = dep.NewMonitor(addr) // want `m returned by dep.NewMonitor is not closed on all paths: the return at line 39 is reached when err != nil at line 38 \(possible resource leak\)`
	} else {
		m = dep.NewProbe(addr) // want `m returned by dep.NewProbe is not closed on all paths: the return at line 39 is reached when err != nil at line 38 \(possible resource leak\)`
	}
	if err := m.Start(); err != nil {
		return nil, err
	}
	return m, nil
}

// LeakMonitorStartIgnored ignores Start's error and drops the monitor
// when check fails.
func LeakMonitorStartIgnored(addr string, check func() bool) (dep.Monitor, error) { // want LeakMonitorStartIgnored:"r0 is \\*review46/empty/dep\\.monitor"
	m := dep.NewMonitor(addr) // want `m returned by dep.NewMonitor is not closed on all paths: the return at line 50 is reached when check\(\) is false at line 49 \(possible resource leak\)`
	err := m.Start()
	if !check() {
		return nil, errors.New("check failed")
	}
	return m, err
}
