// Package fault probes rule 5 (errResult for a non-error interface).
package fault

import "os"

// Fault is a non-error failure report.
type Fault interface{ GetFault() string }

type fault struct{ msg string }

func (f *fault) GetFault() string { return f.msg }

// createSynced sets fault in a deferred closure after f is opened.
func createSynced(name string) (f *os.File, flt Fault) {
	defer func() {
		if f != nil {
			if err := f.Sync(); err != nil {
				flt = &fault{"sync: " + err.Error()} // f stays open and is returned
			}
		}
	}()
	f, err := os.Create(name)
	if err != nil {
		return nil, &fault{err.Error()}
	}
	return f, nil
}

// LeakDeferredFault returns on the fault and drops f.
func LeakDeferredFault(name string, b []byte) Fault {
	f, flt := createSynced(name) // want `f returned by createSynced is not closed`
	if flt != nil {
		return flt
	}
	defer f.Close()
	f.Write(b)
	return nil
}

// Warning is advisory: returned beside a good file.
type Warning interface{ Warn() string }

type warn struct{}

func (warn) Warn() string { return "large" }

func openWarn(name string) (*os.File, Warning) { // want openWarn:"borrows r1; r1 is warn"
	f, err := os.Open(name)
	if err != nil {
		return nil, nil
	}
	if st, _ := f.Stat(); st != nil && st.Size() > 1<<20 {
		return f, warn{}
	}
	return f, nil
}

// LeakWarned drops f where a warning came with it.
func LeakWarned(name string) string {
	f, w := openWarn(name) // want `f returned by openWarn is not closed`
	if w != nil {
		return w.Warn()
	}
	if f == nil {
		return ""
	}
	f.Close()
	return ""
}

// panicking: a recover sets the fault after f was opened (named results).
func createRecover(name string) (f *os.File, flt Fault) {
	defer func() {
		if r := recover(); r != nil {
			flt = &fault{"panic"}
		}
	}()
	f, err := os.Create(name)
	if err != nil {
		return nil, &fault{err.Error()}
	}
	mustHeader(f)
	return f, nil
}

func mustHeader(f *os.File) {
	if _, err := f.Write([]byte("hdr")); err != nil {
		panic(err)
	}
}

// LeakRecovered drops f where a panic after the open set the fault.
func LeakRecovered(name string) Fault {
	f, flt := createRecover(name) // want `f returned by createRecover is not closed`
	if flt != nil {
		return flt
	}
	return toFault(f.Close())
}

func toFault(err error) Fault { // want toFault:"r0 is \\*fault"
	if err != nil {
		return &fault{err.Error()}
	}
	return nil
}

// create: fault only beside nil (intended).
func create(name string) (*os.File, Fault) { // want create:"r1 is \\*fault"
	f, err := os.Create(name)
	if err != nil {
		return nil, &fault{err.Error()}
	}
	return f, nil
}

// SafeFault: no file where the fault is set.
func SafeFault(name string, b []byte) Fault { // want SafeFault:"r0 is \\*fault"
	f, flt := create(name)
	if flt != nil {
		return flt
	}
	defer f.Close()
	f.Write(b)
	return nil
}
