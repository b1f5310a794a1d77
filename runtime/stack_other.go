//go:build !amd64 && !arm64

package runtime

import goruntime "runtime"

// callerPCs fills buf with the return addresses of the goroutine's
// frames, starting with the one into the caller of callerPCs's caller,
// and returns how many it wrote. Where frame pointers cannot be relied on,
// it asks runtime.Callers.
//
//go:noinline
func callerPCs(buf []uintptr) int {
	return goruntime.Callers(3, buf)
}
