package a

import "review29/dep"

func A36(p string) error {
	dep.SetGeneric(1)
	f, err := dep.Open6(p) // want `f returned by dep.Open6 is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

func A37(p string) error {
	(&dep.Box[int]{}).Reset()
	f, err := dep.Open7(p) // want `f returned by dep.Open7 is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}
