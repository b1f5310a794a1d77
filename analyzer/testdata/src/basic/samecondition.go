package basic

// This file opens a file under a condition, and closes it under the same
// condition later: a path that opened the file takes the second branch
// too.

import "os"

// SafeOptional is fine: the file exists only where verbose holds, and
// is closed where verbose holds.
func SafeOptional(name string, verbose bool, work func() error) error {
	var f *os.File
	if verbose {
		var err error
		f, err = os.Create(name)
		if err != nil {
			return err
		}
		f.WriteString("start\n")
	}
	werr := work()
	if verbose {
		f.WriteString("done\n")
		if err := f.Close(); err != nil {
			return err
		}
	}
	return werr
}

// optionalLeak returns between the two checks when the work fails.
func optionalLeak(name string, verbose bool, work func() error) error {
	var f *os.File
	if verbose {
		var err error
		f, err = os.Create(name) // want `f returned by os.Create is not closed on all paths: the return at line 42 is reached when err != nil at line 41 \(possible resource leak\)`
		if err != nil {
			return err
		}
	}
	if err := work(); err != nil {
		return err
	}
	if verbose {
		return f.Close()
	}
	return nil
}
