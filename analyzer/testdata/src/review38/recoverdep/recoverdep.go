// Package recoverdep reports and recovers from panics: deferred by a
// worker loop, it ends the loop, which then returns to its caller.
package recoverdep

import "log"

// LogPanic recovers from a panic and logs it.
func LogPanic() {
	if r := recover(); r != nil {
		log.Printf("recovered: %v", r)
	}
}
