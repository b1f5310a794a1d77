package factsdep

// This file is a generic LRU cache over a doubly linked list: Add links
// a new entry holding the value into the receiver's list, which keeps
// it; the fact of Add says where, so that an importer's value given to
// Add belongs to the cache after.

// entry is an element of the list.
type entry[K comparable, V any] struct {
	next, prev *entry[K, V]
	key        K
	value      V
}

type list[K comparable, V any] struct {
	root entry[K, V]
	n    int
}

// insert links e after at and returns e.
func (l *list[K, V]) insert(e, at *entry[K, V]) *entry[K, V] { // want insert:"keeps p1,p2; returns p1 as r0"
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	l.n++
	return e
}

// pushFront links a new entry holding k and v at the front.
func (l *list[K, V]) pushFront(k K, v V) *entry[K, V] { // want pushFront:"keeps p1,p2"
	if l.root.next == nil {
		l.root.next, l.root.prev = &l.root, &l.root
	}
	return l.insert(&entry[K, V]{key: k, value: v}, &l.root)
}

// LRU maps keys to the values of the entries of its list.
type LRU[K comparable, V any] struct {
	items map[K]*entry[K, V]
	order list[K, V]
}

// NewLRU returns an empty cache.
func NewLRU[K comparable, V any]() *LRU[K, V] {
	return &LRU[K, V]{items: map[K]*entry[K, V]{}}
}

// Add keeps v under k.
func (c *LRU[K, V]) Add(k K, v V) { // want Add:"keeps p1,p2"
	c.items[k] = c.order.pushFront(k, v)
}

// Get returns the value under k.
func (c *LRU[K, V]) Get(k K) (V, bool) { // want Get:"borrows r0"
	if e, ok := c.items[k]; ok {
		return e.value, true
	}
	var zero V
	return zero, false
}

// tagged is an entry with a label.
type tagged[V any] struct {
	value V
	label string
}

// Label names t and returns it: it keeps nothing.
func Label[V any](t *tagged[V], label string) *tagged[V] { // want Label:"returns p0 as r0"
	t.label = label
	return t
}

// Tag returns a new tagged value holding v.
func Tag[V any](v V) *tagged[V] { // want Tag:"wraps p0 in r0"
	return Label(&tagged[V]{value: v}, "new")
}
