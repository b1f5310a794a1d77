//go:build !unix

package analyzer_test

import "time"

// cpuTime reports that the CPU time of the process is not measured here.
func cpuTime() (time.Duration, bool) { return 0, false }
