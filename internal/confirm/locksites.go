package confirm

import (
	"go/ast"
	"go/types"
	"strings"
)

// Lock sites
//
// A method of a sync mutex, called or taken as a method value, is reached
// through the hooks' twin of the mutex's type, on the same line: the
// receiver expression X of `X.Lock()` is wrapped into the conversion
// `H.ConfirmMutex(&X)`, so that `mu.Lock()` becomes
// `H.ConfirmMutex(&mu).Lock()`, `defer s.rw.RUnlock()` becomes
// `defer H.ConfirmRWMutex(&s.rw).RUnlock()` and `return mu.Unlock`
// becomes `return H.ConfirmMutex(&mu).Unlock`. The receiver is evaluated
// when Go evaluated it before (a defer statement, a method value), the
// mutex is the same sync.Mutex, and nothing is removed from the line.
// A mutex promoted from an embedded field is named through the fields,
// `s.Lock()` becoming `H.ConfirmMutex(&s.Mutex).Lock()`.

// lockConversions names, for each method of a sync mutex that locks or
// unlocks it, the hook that converts a pointer to the mutex into its
// tracked twin, whose method of the same name tracks the lock.
var lockConversions = map[string]string{
	"(*sync.Mutex).Lock":       "ConfirmMutex",
	"(*sync.Mutex).TryLock":    "ConfirmMutex",
	"(*sync.Mutex).Unlock":     "ConfirmMutex",
	"(*sync.RWMutex).Lock":     "ConfirmRWMutex",
	"(*sync.RWMutex).TryLock":  "ConfirmRWMutex",
	"(*sync.RWMutex).Unlock":   "ConfirmRWMutex",
	"(*sync.RWMutex).RLock":    "ConfirmRWMutex",
	"(*sync.RWMutex).TryRLock": "ConfirmRWMutex",
	"(*sync.RWMutex).RUnlock":  "ConfirmRWMutex",
}

// lockReceiver returns the text to insert before and after the receiver
// of sel, a method of a sync mutex, to convert it, or ok false when sel
// is no such method or the mutex cannot be named from pkg: promoted
// through an unexported embedded field of another package.
func lockReceiver(pkg *types.Package, info *types.Info, sel *ast.SelectorExpr) (open, end string, ok bool) {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return "", "", false // a method expression, (*sync.Mutex).Lock, is left alone
	}
	fn, _ := s.Obj().(*types.Func)
	if fn == nil {
		return "", "", false
	}
	hook := lockConversions[fn.FullName()]
	if hook == "" {
		return "", "", false
	}
	var path strings.Builder
	t := s.Recv()
	for _, i := range s.Index()[:len(s.Index())-1] {
		st, isStruct := deref(t).Underlying().(*types.Struct)
		if !isStruct {
			return "", "", false
		}
		f := st.Field(i)
		if !f.Exported() && f.Pkg() != pkg {
			return "", "", false
		}
		path.WriteString("." + f.Name())
		t = f.Type()
	}
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		return hook + "(", path.String() + ")", true
	}
	return hook + "(&", path.String() + ")", true
}

// deref returns what t points to, or t.
func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
