// Package fluent uses a compute context's chained methods: their results
// are the receiver or views of it, nothing new to close; what a method
// named for making gives is new.
package fluent

import "fluent/dep"

// Cache keeps one context per layer and closes them all.
type Cache struct {
	backend dep.Context
	ctxs    map[int]dep.Context
}

// Close closes every layer's context.
func (c *Cache) Close() { // want Close:"closes p0.ctxs\\[\\]"
	for _, ctx := range c.ctxs {
		ctx.Close()
	}
}

// Put records t in the caller's context: Forward gives that context back.
func Put(ctx dep.Context, t dep.Tensor) { // want Put:"keeps p1"
	ctx.Forward(t)
	ctx.Forward(t).Forward(t)
}

// Dump reads through a view of the caller's context.
func Dump(ctx dep.Context, t dep.Tensor) { // want Dump:"keeps p1"
	in := ctx.Input()
	in.Layer(0).Forward(t)
}

// Layer makes the context of layer i and keeps a view of it, which
// stands for it, in the cache, whose Close closes it.
func (c *Cache) Layer(i int) dep.Context { // want Layer:"borrows r0"
	if ctx, ok := c.ctxs[i]; ok {
		return ctx
	}
	c.ctxs[i] = c.backend.NewContext().Layer(i)
	return c.ctxs[i]
}

// Scratch makes a context and drops it: a leak, through the view too.
func (c *Cache) Scratch(t dep.Tensor) { // want Scratch:"keeps p1"
	ctx := c.backend.NewContext() // want `ctx returned by c.backend.NewContext is not closed`
	ctx.Forward(t).Input()
}

// Copy drops a clone: Clone makes a new context.
func Copy(ctx dep.Context, t dep.Tensor) { // want Copy:"keeps p1"
	ctx.Clone().Forward(t) // want `the dep.Context returned by ctx.Clone is`
}
