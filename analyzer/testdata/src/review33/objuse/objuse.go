// Package objuse tests rule 3 (isKeyedGetter) with an S3-like store:
// GetObject(ctx, bucket, key string) (*Object, error) is Get + the name
// of its result's type, with string keys and an error, so the rule takes
// it for a lookup of something the store holds. But every call starts a
// new download whose Close frees the connection: downloadLeak reads the
// object and never closes it, and SHOULD be reported. (The package closes
// no *regdep.Object anywhere, as a package whose only download forgets it
// does not.)
//
// Base (30494aa): reported. Head: the leak in downloadLeak is hidden by rule 3 (REAL leak missed).
//
// Fixed since (round twenty-two): a keyed Get of a type named Object or Blob makes it: reported again.
package objuse

import (
	"context"
	"io"

	"review33/regdep"
)

// downloadLeak reads bucket/key whole.
func downloadLeak(ctx context.Context, s regdep.ObjectStore, bucket, key string) ([]byte, error) { // want downloadLeak:"keeps p0"
	obj, err := s.GetObject(ctx, bucket, key) // want `obj returned by s.GetObject is not closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(obj)
}
