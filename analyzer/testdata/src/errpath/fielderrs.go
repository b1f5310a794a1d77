package errpath

import "os"

// allocation keeps the error of its run in a field, as a torrent client's
// allocator does.
type allocation struct {
	Error error
	Files []*os.File
}

func (a *allocation) check() error { return nil } // want check:"nil r0; nothing when zero; nothing when nil"

// SafeFieldError checks the error that the call stored into a field: where
// it is not nil, nothing was opened.
func (a *allocation) SafeFieldError(names []string) {
	for _, n := range names {
		var f *os.File
		f, a.Error = os.Open(n)
		if a.Error != nil {
			return
		}
		a.Files = append(a.Files, f)
	}
}

// SafeFieldErrorDeferred is the same where a deferred closure captures the
// receiver.
func (a *allocation) SafeFieldErrorDeferred(names []string) {
	defer func() {
		if a.Error != nil {
			a.Files = nil
		}
	}()
	for _, n := range names {
		var f *os.File
		f, a.Error = os.Open(n)
		if a.Error != nil {
			return
		}
		a.Files = append(a.Files, f)
	}
}

// leakFieldErrorRechecked overwrites the field with another error before
// the check: where that one is not nil, the file is open.
func (a *allocation) leakFieldErrorRechecked(name string) {
	var f *os.File
	f, a.Error = os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 52 is reached when a.Error != nil at line 51`
	a.Error = a.check()
	if a.Error != nil {
		return
	}
	a.Files = append(a.Files, f)
}
