package g

import (
	"errors"
	"os"
)

func check(err *error) {
	if *err != nil {
		*err = errors.New("wrapped")
	}
}

func validate(s string) error {
	if len(s) > 5 {
		return errors.New("long")
	}
	return nil
}

func E1d(name string) (err error) {
	defer check(&err)
	f, oerr := os.Open(name) // want `f returned by os.Open is not closed`
	if oerr != nil {
		return oerr
	}
	err = validate(name)
	if err != nil {
		return err
	}
	f.Close()
	return nil
}

func E1e(name string) (err error) {
	f, oerr := os.Open(name) // want `f returned by os.Open is not closed`
	if oerr != nil {
		return oerr
	}
	err = validate(name)
	if err != nil {
		return err
	}
	f.Close()
	return nil
}

// E1 without the comparison of x: x is no tracked load.
func E1g(name string) (err error) {
	var e2 error
	defer func() { _ = e2 }()
	defer check(&err)
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	e2 = nil
	if len(name) > 2 {
		e2 = validate(name)
		x := e2
		err = x
	}
	if err != nil {
		return err
	}
	f.Close()
	return nil
}

// E1 with e2 = nil removed: e2 not known nil before.
func E1h(name string) (err error) {
	var e2 error
	defer func() { _ = e2 }()
	defer check(&err)
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	if len(name) > 2 {
		e2 = validate(name)
		x := e2
		err = x
		if x == nil {
			name += "!"
		}
	}
	if err != nil {
		return err
	}
	f.Close()
	return nil
}
