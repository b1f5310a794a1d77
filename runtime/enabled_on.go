//go:build leakvet

package runtime

// Enabled reports whether the package was built with the leakvet build tag.
// With the tag, the context path ([Track], and wrappers built without a
// [Tracker]) records resources; without it, that path compiles to nothing.
// Trackers created with [New] or [ForTest] record resources either way.
const Enabled = true
