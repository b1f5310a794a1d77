package a

import "review29/dep"

// dep exports a Summary for Open5 although UseOS, a
// package-level function literal, reassigns it: pkgFuncs leaves out the
// anonymous functions of the package initializer (so globalAssigned and
// initStores do not see the store).
// A30: after dep.UseOS, dep.Open5 is os.Open.
func A30(p string) error {
	dep.UseOS()
	f, err := dep.Open5(p) // want `f returned by dep.Open5 is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}
