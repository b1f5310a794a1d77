package analyzer

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// This file reads sync/atomic's functions on unsafe.Pointer variables as
// the plain stores and loads that they are:
//
//	atomic.StorePointer(&unixConn, unsafe.Pointer(sock))
//	return (*net.UnixConn)(atomic.LoadPointer(&unixConn))
//
// store sock in the package-level variable unixConn, which keeps it from
// then on, and return what the variable holds, which the caller does not
// own. The conversions of the value to and from unsafe.Pointer are
// aliases like any conversion; those of the address, as in
// (*unsafe.Pointer)(unsafe.Pointer(&c.conn)), are looked through here.

// pointerStore returns the address and the value that common stores when
// it calls one of sync/atomic's pointer stores (see pointerStores), or
// nils.
func (c *checker) pointerStore(common *ssa.CallCommon) (addr, val ssa.Value) {
	i, ok := pointerStores[c.staticName(common)]
	if !ok || i >= len(common.Args) {
		return nil, nil
	}
	return unconvertPointer(common.Args[0]), common.Args[i]
}

// pointerLoad returns the address that common loads from when it calls
// atomic.LoadPointer, or nil.
func (c *checker) pointerLoad(common *ssa.CallCommon) ssa.Value {
	if !pointerLoads[c.staticName(common)] || len(common.Args) == 0 {
		return nil
	}
	return unconvertPointer(common.Args[0])
}

// unconvertPointer returns the pointer that v converts, through
// conversions to and from unsafe.Pointer and named types, or v itself.
// (unconvert, for values, stops at unsafe.Pointer, which changes what a
// value is; an address stays the same place.)
func unconvertPointer(v ssa.Value) ssa.Value {
	for range 8 {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
	return v
}

// isAtomicLocal reports whether addr is a local variable whose address
// only plain loads and stores, and sync/atomic's pointer loads and stores,
// use: what the function stores there stays its own, as in a variable
// that only loads and stores use (see isLocalCell).
func (c *checker) isAtomicLocal(addr ssa.Value) bool {
	alloc, ok := addr.(*ssa.Alloc)
	return ok && c.onlyAtomicUses(alloc, alloc, 0)
}

// onlyAtomicUses reports whether every use of v, the address of the local
// variable alloc or a conversion of it, loads or stores the variable.
func (c *checker) onlyAtomicUses(v, alloc ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, r := range usesOf(v) {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if r.Val == v {
				return false
			}
		case *ssa.Convert:
			if !c.onlyAtomicUses(r, alloc, depth+1) {
				return false
			}
		case *ssa.ChangeType:
			if !c.onlyAtomicUses(r, alloc, depth+1) {
				return false
			}
		case *ssa.Call:
			if !c.loadsOrStoresAt(&r.Call, alloc) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// loadsOrStoresAt reports whether common is an atomic load of, or store
// into, the variable at addr, which it gets as its address only.
func (c *checker) loadsOrStoresAt(common *ssa.CallCommon, addr ssa.Value) bool {
	at, val := c.pointerStore(common)
	if at == nil {
		at = c.pointerLoad(common)
	}
	if at != addr || unconvertPointer(val) == addr {
		return false
	}
	for _, a := range common.Args[1:] {
		if unconvertPointer(a) == addr {
			return false
		}
	}
	return true
}

// pointerStoreUse classifies call, one of sync/atomic's pointer stores,
// which stores at addr the resource itself (h owns it at an empty path)
// or a struct that holds it as h says. It does what a plain store there
// does: a field of a new struct makes the struct hold it, and anywhere
// else hands it off, to the function's owner when that place outlives the
// call (a global, what a parameter reaches). Only a local variable that
// nothing else reaches leaves the resource to the function, which a store
// with the variable's address passed on would not.
func (c *checker) pointerStoreUse(f *flow, call ssa.CallInstruction, addr ssa.Value, h structHolding, derived bool, add func(ssa.Value, bool)) {
	if c.isAtomicLocal(addr) {
		return
	}
	roots, path := freshHolder(addr)
	if roots == nil {
		roots, path = c.emptyHolder(addr)
	}
	if roots != nil {
		c.storeInHolder(f, roots, append(path, h.path...), h.owns, add)
		return
	}
	if h.owns {
		f.note(call, handedOff, !derived && (isKeptBy(addr) || isKeptContainer(addr)))
	}
}

// loadsKept reports whether common is an atomic load from a place that
// the function does not own new: a global, what a parameter or a free
// variable reaches, or anything else but a local variable or a field of a
// new struct. What it loads belongs there, as a plain load's value does.
func (c *checker) loadsKept(common *ssa.CallCommon) bool {
	addr := c.pointerLoad(common)
	if addr == nil || isAlloc(addr) {
		return false
	}
	if roots, _ := freshHolder(addr); roots != nil {
		return false
	}
	roots, _ := c.emptyHolder(addr)
	return roots == nil
}
