// Package user sets the exported flag of selfclose.Public.
package user

import "review42/selfclose"

// PublicLeak: LEAKS (the importer sets Closed without closing; Next then
// returns false at once and nobody closes the file).
func PublicLeak(name string) int {
	c, err := selfclose.OpenPublic(name) // want `c returned by selfclose\.OpenPublic is not closed`
	if err != nil {
		return 0
	}
	c.Closed = true
	n := 0
	for c.Next() {
		n++
	}
	return n
}
