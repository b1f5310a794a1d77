// Package dep declares a compute context as an interface whose
// implementations live elsewhere: methods that return the same interface
// (Forward, Input, Layer) give the receiver or a view of it, as a
// builder's chained methods do; NewContext and Clone make new ones.
package dep

// Tensor is a value in a graph.
type Tensor interface {
	Shape() []int
}

// Context holds the memory of a graph.
type Context interface {
	Forward(ts ...Tensor) Context
	Input() Context
	Layer(i int) Context
	NewContext() Context
	Clone() Context
	Close()
}
