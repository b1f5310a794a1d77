// Review of 06a4788 (inertflags.go, bornInert). All three leaks below are
// reported by 47eb96a and missed by 06a4788: the constructors are taken
// as giving a single-use value whose Close does nothing ("borrows r0"),
// because
//   - loggerLeak: NewLogger stores discard=true on one path only (the
//     other path opens a file into the same struct); bornInert only asks
//     that every store into the field be the constant, not that it
//     happens on every path to the return;
//   - sharedLeak: the flag is an exported field that another package
//     (this one) clears; flagOnlySetTo only scans the type's own package;
//   - itemLeak: Keep clears the flag through a pointer
//     (setBool(&it.once, false)); flagOnlySetTo only sees stores whose
//     address is a FieldAddr of the type.
// gLeak (a generic type) is fine. All fixed: the flag must be set before
// every return, be unexported, and have its address go only into loads
// and stores; and the constructor must store no resource into the value.
package inertuse

import (
	"os"

	"review30/inertdep"
)

// loggerLeak: NewLogger opens a file when path is not empty.
func loggerLeak(path string) {
	l, err := inertdep.NewLogger(path) // want `l returned by inertdep.NewLogger is not closed`
	if err != nil {
		return
	}
	l.Write([]byte("x"))
}

// sharedLeak: the caller clears the exported flag, then attaches a file.
func sharedLeak(f *os.File) { // want sharedLeak:"keeps p0"
	t := inertdep.NewShared() // want `t returned by inertdep.NewShared is not closed`
	t.Shared = false
	t.Attach(f)
}

// itemLeak: Keep clears the flag through a pointer.
func itemLeak(name string) {
	it, err := inertdep.NewItem(name) // want `it returned by inertdep.NewItem is not closed`
	if err != nil {
		return
	}
	it.Keep()
}

// gLeak: Keep, a method of a generic type, clears the flag.
func gLeak(name string) {
	g, err := inertdep.NewG(name) // want `g returned by inertdep.NewG is not closed`
	if err != nil {
		return
	}
	g.Keep()
}
