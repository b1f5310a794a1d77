package analyzer

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// This file works out whether a value that holds a resource in a field
// may release it when it is closed itself, reading the bodies of the
// package's own Close methods conservatively: a use it cannot follow (the
// receiver passed on as an any or to a function value) may release the
// field. Storing a file into &countingReader{r: f} hands the file to the
// reader only if the reader's Close may close r: a Close that merely
// records that it was called leaves the file with whoever still holds it,
// and returning the reader alone loses the file.

// A fieldKey names field k of the receiver (or parameter i) of fn.
type fieldKey struct {
	fn    *ssa.Function
	param int
	field int
}

// releasesField reports whether fn releases or hands off, on some path,
// what field k of its parameter i holds, itself or through the functions
// and methods to which it passes that parameter. Past a few calls deep it
// assumes so.
func (c *checker) releasesField(fn *ssa.Function, i, k, depth int) bool {
	key := fieldKey{fn, i, k}
	if done, ok := c.fieldReleases[key]; ok {
		return done
	}
	if depth > 4 || fn.Blocks == nil || i >= len(fn.Params) {
		return true
	}
	c.fieldReleases[key] = true // a recursive call assumes so
	done := c.fieldUsesRelease(fn.Params[i], k, depth)
	c.fieldReleases[key] = done
	return done
}

// fieldUsesRelease reports whether the uses of p, a parameter holding a
// struct or a pointer to one, release or hand off what its field k holds.
// A use it cannot follow (p converted, its field's address passed on)
// counts as a release.
func (c *checker) fieldUsesRelease(p *ssa.Parameter, k, depth int) bool {
	for _, r := range usesOf(p) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.Field == k && c.fieldAddrReleased(r) {
				return true
			}
		case *ssa.Field:
			if r.Field == k && c.valueReleased(r) {
				return true
			}
		case ssa.CallInstruction:
			if c.passesField(r.Common(), p, k, depth) {
				return true
			}
		case *ssa.DebugRef, *ssa.BinOp:
		default:
			return true
		}
	}
	return false
}

// fieldAddrReleased reports whether the value at the address of a field
// is released or handed off: loaded and then released, or the address
// itself given away.
func (c *checker) fieldAddrReleased(fa *ssa.FieldAddr) bool {
	for _, r := range usesOf(fa) {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL || c.valueReleased(r) {
				return true
			}
		case *ssa.Store:
			if r.Addr != fa {
				return true
			}
		case *ssa.DebugRef:
		default:
			return true
		}
	}
	return false
}

// passesField reports whether a call that receives p releases what field
// k of p holds: a static callee that does so with its parameter, or any
// code that cannot be read.
func (c *checker) passesField(call *ssa.CallCommon, p *ssa.Parameter, k, depth int) bool {
	callee := call.StaticCallee()
	for j, a := range call.Args {
		if a != p {
			continue
		}
		if callee == nil || c.releasesField(callee, j, k, depth+1) {
			return true
		}
	}
	return false
}

// valueReleased reports whether v, the value of a field, is released or
// handed off by the function that loaded it.
func (c *checker) valueReleased(v ssa.Value) bool {
	k := c.kindOf(v.Type())
	if k == notResource {
		k = closer
	}
	fl := c.trace(v, k, false)
	return len(fl.events) > 0 || c.passesReceiver(fl)
}

// passesReceiver reports whether the function calls a method of the
// resource of fl that may release or hand off its receiver on some path:
// sp.producer.AsyncClose(), which starts the goroutine that shuts the
// producer down. The trace leaves such calls out, because a method that
// starts a worker on its receiver leaves the caller to close it; but a
// Close that makes one on a field of its own may release what the field
// holds, as a Close that passes the field to a function that keeps it
// does.
func (c *checker) passesReceiver(fl *flow) bool {
	for v := range fl.aliases {
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			call, ok := r.(ssa.CallInstruction)
			if !ok {
				continue
			}
			common := call.Common()
			if common.IsInvoke() {
				if common.Value != v {
					continue
				}
				if s, ok := c.invokeSummary(call); ok && s.consumes(0) {
					return true
				}
			} else if fn := common.StaticCallee(); fn != nil && fn.Signature.Recv() != nil && len(common.Args) > 0 && common.Args[0] == v && c.summaryOf(fn).consumes(0) {
				return true
			}
		}
	}
	return false
}
