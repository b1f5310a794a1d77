//go:build amd64 || arm64

package runtime

import "unsafe"

// Stacks are captured by following frame pointers, as the runtime's
// execution tracer and block profiler do: on amd64 and arm64 every Go
// function with a frame saves its caller's frame pointer at the bottom of
// that frame, with the return address one word above. Walking that chain
// costs a few nanoseconds a frame, where runtime.Callers, which consults
// the unwinding tables for every frame, costs tens; it was half the cost of
// Track. The result holds one return address per physical frame, which
// runtime.CallersFrames expands into inlined calls when a report is made.

// framePointer returns the frame pointer of its caller (stack_*.s).
func framePointer() unsafe.Pointer

// stackFrame is the start of a frame as the frame pointer sees it.
type stackFrame struct {
	next *stackFrame // the caller's frame pointer
	ret  uintptr     // the return address into the caller
}

// maxFrameSize bounds the distance between two frame pointers that the
// walk follows. Callers' frames sit above their callees', so a chain that
// goes down, or jumps further than any sensible frame, has left Go's
// frames (C code called through cgo may use the register for anything)
// and the walk stops there rather than read what it points to.
const maxFrameSize = 1 << 20

// callerPCs fills buf with the return addresses of the goroutine's
// frames, starting with the one into the caller of callerPCs's caller,
// and returns how many it wrote. The walk makes no call of its own, so
// the stack cannot move under it; the pointers are typed so that the
// garbage collector would adjust them if it did.
//
//go:noinline
func callerPCs(buf []uintptr) int {
	f := (*stackFrame)(framePointer()) // callerPCs's own frame
	if f != nil {
		f = f.next // its caller's
	}
	n := 0
	for f != nil && n < len(buf) {
		buf[n] = f.ret
		n++
		next := f.next
		if d := uintptr(unsafe.Pointer(next)) - uintptr(unsafe.Pointer(f)); next != nil && (d == 0 || d > maxFrameSize) {
			break // d wraps around when next is below f
		}
		f = next
	}
	return n
}
