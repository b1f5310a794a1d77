package c

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

// E1: err is first checked early; later a value loaded from another kept
// variable is stored into err; the second check returns with f open.
func E1(name string) (err error) {
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

// E2: err set nil beside the file, then set by a deferred-only closure?
// No: by a closure called directly.
func E2(name string) (err error) {
	defer check(&err)
	fd, err := os.Open(name)
	if os.IsPermission(err) {
		if wfd, werr := os.Open(name + ".w"); werr == nil { // want `wfd returned by os.Open is not closed`
			fd, err = wfd, nil
			set := func() { err = validate(name) }
			set()
		}
	}
	if err != nil {
		return err
	}
	fd.Close()
	return nil
}

// E3: err = nil beside the file in a loop; a later iteration stores a
// call's error.
func E3(names []string) (err error) {
	defer check(&err)
	var fd *os.File
	for _, n := range names {
		if fd != nil {
			err = validate(n)
			continue
		}
		wfd, werr := os.Open(n) // want `wfd returned by os.Open is not closed`
		if werr != nil {
			continue
		}
		fd, err = wfd, nil
	}
	if err != nil {
		return err
	}
	if fd != nil {
		fd.Close()
	}
	return nil
}

// E4: shadowed err: the inner err is set nil, the outer one is what is
// checked.
func E4(name string) (err error) {
	defer check(&err)
	err = validate(name)
	wfd, werr := os.Open(name) // want `wfd returned by os.Open is not closed`
	if werr != nil {
		return werr
	}
	{
		err := error(nil)
		_ = err
	}
	if err != nil {
		return err
	}
	wfd.Close()
	return nil
}

// E5: the deferred closure assigns err, and the direct check after a
// store of nil; then err assigned through a pointer alias taken by a
// deferred call... and through a goroutine.
func E5(name string) (err error) {
	defer check(&err)
	wfd, werr := os.Open(name) // want `wfd returned by os.Open is not closed`
	if werr != nil {
		return werr
	}
	err = nil
	done := make(chan bool)
	go func() {
		err = validate(name)
		close(done)
	}()
	<-done
	if err != nil {
		return err
	}
	wfd.Close()
	return nil
}

// E6: err stored nil in one branch, a type-asserted value in another.
type myErr struct{}

func (*myErr) Error() string { return "x" }

func E6(name string, v any) (err error) { // want E6:"keeps p1; wraps p1 in r0"
	defer check(&err)
	wfd, werr := os.Open(name) // real leak, reported by neither build: `wfd returned by os.Open is not closed`
	if werr != nil {
		return werr
	}
	if p, ok := v.(*myErr); ok {
		err = p
	} else {
		err = nil
	}
	if err != nil {
		return err
	}
	wfd.Close()
	return nil
}

// E7: errors.Is against a package variable.
var ErrSkip error

func E7(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if errors.Is(err, ErrSkip) {
		return nil
	}
	if err != nil {
		return err
	}
	f.Close()
	return nil
}

// E1b: E1 without the early check of err: the cells are tracked in the
// other order, and the leak is reported.
func E1b(name string) (err error) {
	var e2 error
	defer func() { _ = e2 }()
	defer check(&err)
	f, oerr := os.Open(name) // real leak, reported by neither build: `f returned by os.Open is not closed`
	if oerr != nil {
		return oerr
	}
	e2 = nil
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

// E1c: E1 with the early check on the open's own error variable.
func E1c(name string) (err error) {
	var e2 error
	defer func() { _ = e2 }()
	defer check(&err)
	if err = validate(name); err != nil {
		return err
	}
	f, oerr := os.Open(name) // real leak, reported by neither build: `f returned by os.Open is not closed`
	if oerr != nil {
		return oerr
	}
	e2 = nil
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
