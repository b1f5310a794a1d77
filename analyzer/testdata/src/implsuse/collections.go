package implsuse

// This file calls Start on collections that implsdep's constructors
// return as an interface: the constructor's fact names the concrete type,
// and that type's Start says whether the call can fail.

import (
	"os"

	"implsdep"
)

// SafeOpenStore opens the file under the collection: Start cannot fail,
// so the return after it is never reached with the file open.
func SafeOpenStore(path, name string) (*os.File, implsdep.Collection, error) { // want SafeOpenStore:`r1 is \*implsdep\.collection`
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	c, err := implsdep.NewCollection(name)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

// OpenCheckedStore leaks the file when the checked collection's Start
// fails, which it can.
func OpenCheckedStore(path, dir string) (*os.File, implsdep.Collection, error) { // want OpenCheckedStore:`r1 is \*implsdep\.checked`
	f, err := os.Open(path) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, nil, err
	}
	c := implsdep.NewChecked(dir) // want `c returned by implsdep.NewChecked is not closed on all paths`
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}
