// Package funcreleasersdep has a helper that calls the function it is
// given, as a datastore's logging helper does for cleanups.
package funcreleasersdep

// LogOnError calls f and reports what it returns.
func LogOnError(f func() error) { // want LogOnError:"releases p0"
	if err := f(); err != nil {
		println(err.Error())
	}
}

// MaybeRun calls f only when asked.
func MaybeRun(run bool, f func() error) error { // want MaybeRun:"gives r0 of p1\\(\\) as r0"
	if run {
		return f()
	}
	return nil
}
