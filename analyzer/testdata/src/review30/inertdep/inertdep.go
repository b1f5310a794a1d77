// Package inertdep has values whose Close is guarded by a bool flag.
package inertdep

import "os"

// Logger writes to a file, or discards everything when disabled.
type Logger struct {
	discard bool
	f       *os.File
}

// Close closes the file unless the logger discards.
func (l *Logger) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if l.discard {
		return nil
	}
	return l.f.Close()
}

// Write writes p.
func (l *Logger) Write(p []byte) (int, error) {
	if l.discard {
		return len(p), nil
	}
	return l.f.Write(p)
}

// NewLogger opens path, or returns a discarding logger when path is
// empty: the flag is set on one path only.
func NewLogger(path string) (*Logger, error) {
	l := &Logger{}
	if path == "" {
		l.discard = true
		return l, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	l.f = f
	return l, nil
}

// Tx is a transaction; Shared is exported and callers may clear it.
type Tx struct {
	Shared bool
	f      *os.File
}

// Close closes the session unless the transaction is shared.
func (t *Tx) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if t.Shared {
		return nil
	}
	return t.f.Close()
}

// Attach gives the transaction a session of its own.
func (t *Tx) Attach(f *os.File) { t.f = f } // want Attach:"keeps p1"

// NewShared returns a shared transaction.
func NewShared() *Tx { // want NewShared:"empty r0"
	return &Tx{Shared: true}
}

// Item has a flag set through a pointer by a helper.
type Item struct {
	once bool
	f    *os.File
}

// Close closes the file unless single-use.
func (it *Item) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if it.once {
		return nil
	}
	return it.f.Close()
}

func setBool(p *bool, v bool) { *p = v }

// Keep makes the item hold its file until closed.
func (it *Item) Keep() {
	setBool(&it.once, false)
}

// NewItem returns a single-use item, which Keep may make hold its file.
func NewItem(name string) (*Item, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Item{once: true, f: f}, nil
}

// G is generic; its method clears the flag.
type G[K any] struct {
	once bool
	k    K
	f    *os.File
}

// Close closes the file unless single-use.
func (g *G[K]) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.f"
	if g.once {
		return nil
	}
	return g.f.Close()
}

// Keep makes g hold its file until closed.
func (g *G[K]) Keep() { // want Keep:"nothing when zero"
	g.once = false
}

// NewG returns a single-use G, which Keep may make hold its file.
func NewG(name string) (*G[int], error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &G[int]{once: true, f: f}, nil
}
