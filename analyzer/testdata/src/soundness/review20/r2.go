package review20

import (
	"errors"
	"os"
)

func use(err *error) {}

var errNone error

// isNilTargetLeak: errors.Is(nil, nil) is true, so the branch runs on success.
func isNilTargetLeak(p string) (err error) {
	defer use(&err)
	f, err := os.Open(p) // want `not closed`
	if errors.Is(err, errNone) {
		_, err = os.Stat(p + ".x")
	}
	if err != nil {
		return err
	}
	return f.Close()
}

func isNilLitLeak(p string) (err error) {
	defer use(&err)
	f, err := os.Open(p) // want `not closed`
	if errors.Is(err, nil) {
		_, err = os.Stat(p + ".x")
	}
	if err != nil {
		return err
	}
	return f.Close()
}

func isParamTargetLeak(p string, target error) (err error) { // want isParamTargetLeak:"keeps p1"
	defer use(&err)
	f, err := os.Open(p) // want `not closed`
	if errors.Is(err, target) {
		_, err = os.Stat(p + ".x")
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// otherVarLeak: the retry is guarded by another error variable.
func otherVarLeak(p string) (err error) {
	defer use(&err)
	_, serr := os.Stat(p)
	f, err := os.Open(p) // want `not closed`
	if os.IsNotExist(serr) {
		_, err = os.Stat(p + ".x")
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// successStoreLeak: store under err == nil.
func successStoreLeak(p string) (err error) {
	defer use(&err)
	f, err := os.Open(p) // want `not closed`
	if err == nil {
		_, err = os.Stat(p + ".x")
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// elseLeak: store on the else of err != nil.
func elseLeak(p string) (err error) {
	defer use(&err)
	f, err := os.Open(p) // want `not closed`
	if err != nil && os.IsNotExist(err) {
		f, err = os.Create(p)
	} else {
		_, err = os.Stat(p + ".x")
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// ptrStoreLeak: a store through a pointer alias.
func ptrStoreLeak(p string) (err error) {
	defer use(&err)
	ep := &err
	f, err := os.Open(p) // want `not closed`
	if err != nil && os.IsNotExist(err) {
		f, err = os.Create(p) // want `f returned by os.Create is not closed`
	}
	if f != nil {
		_, *ep = os.Stat(p + ".x")
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// asLeak: errors.As with a target; retries, but then stores on success via a later path.
func loopLeak(ps []string) (err error) {
	defer use(&err)
	for _, p := range ps {
		f, err := os.Open(p) // want `not closed`
		if os.IsNotExist(err) {
			continue
		}
		_, err = os.Stat(p + ".x")
		if err != nil {
			return err
		}
		f.Close()
	}
	return nil
}
