// Package iuse walks irepo's iterators without importing ibase.
package iuse

import "review29/irepo"

func cb(string) error { return nil } // want cb:`nil r0`

// U1: partial's ForEach may return with the file open.
func U1(r *irepo.Repo) error {
	it, err := r.Partial() // want `it returned by r.Partial is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// U2 is fine.
func U2(r *irepo.Repo) error {
	it, err := r.Full()
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// (*full).ForEach, promoted, "releases p0" is taken for the outer value.
// U3: the promoted ForEach closes the inner file only.
func U3(r *irepo.Repo) error {
	it, err := r.Outer() // want `it returned by r.Outer is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// wrap's ForEach (from the embedded interface) has no function and is skipped; full's decides.
// U4: a wrap's ForEach is the wrapped iterator's: g stays open.
func U4(r *irepo.Repo) error {
	it, err := r.Wrapped(true) // want `it returned by r.Wrapped is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// U5: the connection iterator's ForEach does not close it.
func U5(r *irepo.Repo) error {
	it, err := r.Mixed(true) // want `it returned by r.Mixed is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// Was a false alarm: methodSummary uses c.prog.FuncValue, so slice (indirect) is not seen as inert.
// U6 is fine.
func U6(r *irepo.Repo) error {
	it, err := r.MaybeSlice(false, false)
	if err != nil {
		return err
	}
	if it == nil {
		return nil
	}
	return it.ForEach(cb)
}

// U7: partial or slice: the partial may stay open.
func U7(r *irepo.Repo) error {
	it, err := r.PartialOrSlice(false) // want `it returned by r.PartialOrSlice is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// U8 is fine: value's ForEach closes.
func U8(r *irepo.Repo) error {
	it, err := r.Value()
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// U9: own's ForEach does not close.
func U9(r *irepo.Repo) error {
	it, err := r.OwnOrFull(true) // want `it returned by r.OwnOrFull is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// U10: Next does not close.
func U10(r *irepo.Repo) error {
	it, err := r.Full() // want `it returned by r.Full is not closed`
	if err != nil {
		return err
	}
	_, err = it.Next()
	return err
}

// Was a false alarm, as U6.
// U11 is fine.
func U11(r *irepo.Repo) error {
	it, err := r.SliceOrFull(false)
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}

// U12: wrap's ForEach, the wrapped iterator's, leaves g open.
func U12(r *irepo.Repo) error {
	it, err := r.WrapOnly() // want `it returned by r.WrapOnly is not closed`
	if err != nil {
		return err
	}
	return it.ForEach(cb)
}
