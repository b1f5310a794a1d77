//go:build review32tag

// tag_on.go: with the review32tag tag, taggedLeak's block runs and leaks.
package deadgoos

const tagged = true
