// Package must panics on errors.
package must

// Get returns v, or panics with err.
func Get[T any](v T, err error) T { // want Get:"keeps p0; borrows r0; returns p0 as r0"
	if err != nil {
		panic(err)
	}
	return v
}
