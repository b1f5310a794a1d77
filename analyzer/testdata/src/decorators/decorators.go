// Package decorators asks a protocol for its transport, through
// decorators that delegate to each other: what it gets is the protocol's,
// not its own; a dialer's transport, through the same shape of decorator,
// is new.
package decorators

import (
	"context"
	"time"

	"decorators/dep"
)

// Watch cancels when the protocol's transport closes.
func Watch(ctx context.Context, iprot dep.Protocol, cancel func()) {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			if !iprot.Transport().IsOpen() {
				cancel()
				return
			}
		}
	}
}

// Probe dials and drops what it dialed: a leak.
func Probe(d dep.Dialer) bool {
	t := d.Transport() // want `t returned by d.Transport is not closed`
	return t.IsOpen()
}
