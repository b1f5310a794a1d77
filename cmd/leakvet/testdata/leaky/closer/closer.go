// Package closer closes what it is given: callers in other packages learn
// that from leakvet's facts.
package closer

import "io"

// Quietly closes c and drops the error.
func Quietly(c io.Closer) { _ = c.Close() }
