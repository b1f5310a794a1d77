// Package reguse is the safe twin of the rule-3 probes (isKeyedGetter):
// GetHandler(tag) Handler and GetIndexedHandler(i) (Handler, bool) look
// up handlers that the registry holds and owns, so SafeTag and
// SafeTagAt are fine; GetStream's Stream is a handed-out name, so
// streamLeak SHOULD still be reported.
//
// Base (30494aa): streamLeak reported; SafeTag and SafeTagAt also reported (false alarms). Head: streamLeak reported, SafeTag and SafeTagAt fine (rule 3 does its job).
package reguse

import (
	"context"

	"review33/regdep"
)

// SafeTag gives the tag of the handler of tag.
func SafeTag(r regdep.Registry, tag string) string {
	h := r.GetHandler(tag)
	if h == nil {
		return ""
	}
	return h.Tag()
}

// SafeTagAt gives the tag of the handler at i.
func SafeTagAt(r regdep.Registry, i int) string {
	h, ok := r.GetIndexedHandler(i)
	if !ok {
		return ""
	}
	return h.Tag()
}

// streamLeak writes to a stream it never closes.
func streamLeak(ctx context.Context, r regdep.Registry, tag string) error { // want streamLeak:"keeps p0"
	s, err := r.GetStream(ctx, tag) // want `s returned by r.GetStream is not closed`
	if err != nil {
		return err
	}
	_, err = s.Write([]byte("x"))
	return err
}
