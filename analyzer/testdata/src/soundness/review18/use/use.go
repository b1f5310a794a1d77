package use

import (
	"os"

	"soundness/review18/dep"
)

func switched(path, dir string) (*os.File, dep.Collection, error) { // want switched:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.NewSwitched(dir)
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

func recovered(path, dir string) (*os.File, dep.Collection, error) { // want recovered:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c, err := dep.NewRecovered(dir)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

func init() { dep.Default = dep.NewFlaky("") }

func defaulted(path string) (*os.File, dep.Collection, error) { // want defaulted:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.NewDefault()
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

func localSet(path, dir string) (*os.File, dep.Collection, error) { // want localSet:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.NewLocalSet(dir)
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

func boxed(path string, fail bool) (*os.File, dep.Collection, error) { // want boxed:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.NewBoxed(fail)
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

func embedding(path, dir string) (*os.File, dep.Collection, error) { // want embedding:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.NewEmbedding(dir)
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

func valued(path, dir string, ptr bool) (*os.File, dep.Collection, error) { // want valued:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.NewValue(dir, ptr)
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}

func factory(path, dir string) (*os.File, dep.Collection, error) { // want factory:"borrows r1"
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, nil, err
	}
	c := dep.Factory{Dir: dir}.New()
	if err := c.Start(); err != nil {
		return nil, nil, err
	}
	return f, c, nil
}
