// Package gen holds generic helpers whose result is a type parameter V
// and that store V's into struct fields or maps (rule 11,
// keepsMadeValues), but keep nothing of what they give.
package gen

// Boxed calls make once and gives what it made, passing it through a
// local box: a one-shot helper that keeps nothing.
func Boxed[V any](make func() (V, error)) (V, error) { // want Boxed:"gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"
	var box struct{ v V }
	v, err := make()
	box.v = v
	return box.v, err
}

// Tracked records the value in a map for the duration of a check, then
// deletes it: it keeps nothing.
func Tracked[V comparable](make func() (V, error), check func(V) bool) (V, error) { // want Tracked:"gives r0 of p0\\(\\) as r0; gives r1 of p0\\(\\) as r1"
	inflight := map[int]V{}
	v, err := make()
	if err != nil {
		return v, err
	}
	inflight[0] = v
	delete(inflight, 0)
	return v, nil
}

// Stats remembers the default it was given, and gives what make made.
type Stats[V any] struct{ last V }

// OrDefault stores def (not what make made) in a field, and gives what
// make made: the caller's.
func OrDefault[V any](s *Stats[V], def V, make func() (V, error)) (V, error) { // want OrDefault:"keeps p1; gives r0 of p2\\(\\) as r0; gives r1 of p2\\(\\) as r1"
	s.last = def
	return make()
}

// Cache keeps values only when keep says so; otherwise the value made is
// given to the caller alone.
type Cache[K comparable, V any] struct{ m map[K]V }

// GetMaybe keeps what make made only where keep is true.
func (c *Cache[K, V]) GetMaybe(key K, keep bool, make func() (V, error)) (V, error) { // want GetMaybe:"keeps p1; gives r0 of p3\\(\\) as r0; gives r1 of p3\\(\\) as r1"
	if v, ok := c.m[key]; ok {
		return v, nil
	}
	v, err := make()
	if err != nil {
		return v, err
	}
	if keep {
		c.m[key] = v
	}
	return v, nil
}

// Retry calls make until it succeeds and keeps the last failure's value
// in a field of a local result struct it returns from.
type attempt[V any] struct {
	v   V
	err error
}

func Retry[V any](n int, make func() (V, error)) (V, error) { // want Retry:"gives r0 of p1\\(\\) as r0"
	var last attempt[V]
	for range n {
		last.v, last.err = make()
		if last.err == nil {
			break
		}
	}
	return last.v, last.err
}
