// Package util closes things quietly, as many code bases do.
package util

import "io"

// CloseQuietly closes c and drops the error.
func CloseQuietly(c io.Closer) { _ = c.Close() } // want CloseQuietly:"releases p0"
