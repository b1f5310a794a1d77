// Package generics uses review42/generics/gen with callbacks that open
// files.
package generics

import (
	"os"

	"review42/generics/gen"
)

// BoxedLeak: LEAKS (Boxed keeps nothing).
func BoxedLeak(name string) (string, error) {
	f, err := gen.Boxed(func() (*os.File, error) { return os.Open(name) }) // want `f returned by gen\.Boxed is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// TrackedLeak: LEAKS (Tracked deletes what it stored).
func TrackedLeak(name string) (string, error) {
	f, err := gen.Tracked(func() (*os.File, error) { return os.Open(name) }, nil) // want `f returned by gen\.Tracked is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// OrDefaultLeak: LEAKS (OrDefault stores only the default).
func OrDefaultLeak(s *gen.Stats[*os.File], name string) (string, error) {
	f, err := gen.OrDefault(s, nil, func() (*os.File, error) { return os.Open(name) }) // want `f returned by gen\.OrDefault is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// GetMaybeLeak: LEAKS (keep is false: the cache keeps nothing).
func GetMaybeLeak(c *gen.Cache[string, *os.File], name string) (string, error) {
	f, err := c.GetMaybe(name, false, func() (*os.File, error) { return os.Open(name) }) // want `f returned by c\.GetMaybe is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// RetryLeak: LEAKS (Retry keeps nothing).
func RetryLeak(name string) (string, error) {
	f, err := gen.Retry(3, func() (*os.File, error) { return os.Open(name) }) // want `f returned by gen\.Retry is not closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}
