package ifaces

// A Chan is a channel of a scheduler of its own: Close ends it and wakes
// its receivers.
type Chan interface {
	Receive() (any, bool)
	Close()
}

// A Ctx is a context of that scheduler, as context.Context is of Go's:
// Done gives the channel that its end closes.
type Ctx interface {
	Done() Chan
	Err() error
	// Stream opens a channel of the caller's.
	Stream(name string) Chan
}

// SafeAwait polls the context's Done channel, which the context owns.
func SafeAwait(ctx Ctx, ready func() bool) error {
	for !ready() {
		done := ctx.Done()
		if done == nil {
			continue
		}
		if _, more := done.Receive(); !more {
			return ctx.Err()
		}
	}
	return nil
}

// leakStream drops a channel that Stream opened for it.
func leakStream(ctx Ctx) error {
	ch := ctx.Stream("events") // want `ch returned by ctx.Stream is not closed`
	if _, more := ch.Receive(); !more {
		return ctx.Err()
	}
	ch.Close()
	return nil
}
