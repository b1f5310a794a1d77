//go:build !review32tag

// tag_off.go: in builds without the review32tag tag, tagged is false, so
// taggedLeak's block is dead here but live (and leaking) with the tag.
package deadgoos

const tagged = false
