package locks

// This file locks a mutex that lives at a raw address, as code translated
// from C does: each (*rawMutex)(unsafe.Pointer(mu)) converts the same
// address, so it is the same mutex.

import (
	"errors"
	"sync"
	"unsafe"
)

type rawMutex struct {
	sync.Mutex
}

var rawMutexes [4]rawMutex

func rawAlloc(i int) uintptr { return uintptr(unsafe.Pointer(&rawMutexes[i%len(rawMutexes)])) }

// SafeRawWait is fine: every Lock is matched by an Unlock of the same
// address, the first one on the early return too.
func SafeRawWait(i int, busy bool) error {
	mu := rawAlloc(i)
	(*rawMutex)(unsafe.Pointer(mu)).Lock()
	if busy {
		(*rawMutex)(unsafe.Pointer(mu)).Unlock()
		return errors.New("busy")
	}
	(*rawMutex)(unsafe.Pointer(mu)).Unlock()
	return nil
}

// rawWaitLeak unlocks another address on its early return.
func rawWaitLeak(i int, busy bool) error {
	mu := rawAlloc(i)
	other := rawAlloc(i + 1)
	(*rawMutex)(unsafe.Pointer(mu)).Lock() // want `rawAlloc\(i\) is locked at line 38 and still held at the return at line 41 \(reached when busy at line 39\)`
	if busy {
		(*rawMutex)(unsafe.Pointer(other)).Unlock()
		return errors.New("busy")
	}
	(*rawMutex)(unsafe.Pointer(mu)).Unlock()
	return nil
}

type hdrA struct {
	mu sync.Mutex
	n  int
}

type hdrB struct {
	n  int
	mu sync.Mutex
}

// mixedHeaders unlocks a mutex at another offset than the one it locked:
// two places, the first left locked for its caller (its fact says so).
func mixedHeaders(p unsafe.Pointer) { // want mixedHeaders:"locks p0<locks_hdrA>.mu; unlocks p0<locks_hdrB>.mu"
	(*hdrA)(p).mu.Lock()
	(*hdrB)(p).mu.Unlock()
}
