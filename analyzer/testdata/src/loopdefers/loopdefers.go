// Package loopdefers holds deferred closures that close a variable
// declared in a loop's body, which some turns leave without a resource.
package loopdefers

import (
	"io"
	"os"
)

// progressWriter wraps the destination of a copy, as a progress bar does.
type progressWriter struct {
	io.WriteCloser
	done int64
}

func (p *progressWriter) Write(b []byte) (int, error) { // want Write:"keeps p1"
	n, err := p.WriteCloser.Write(b)
	p.done += int64(n)
	return n, err
}

// SafePullEach is fine: each turn declares its own f, which the closure
// deferred in that turn closes when the function returns. The next turn's
// f = os.Stdout goes into the next turn's f, not into the one the closure
// reads.
func SafePullEach(targets []string, src io.Reader) error {
	for _, target := range targets {
		var f *os.File
		var err error
		if target == "-" {
			f = os.Stdout
		} else {
			f, err = os.Create(target)
			if err != nil {
				return err
			}
			defer func() { _ = f.Close() }()
			err = os.Chmod(target, 0o600)
			if err != nil {
				return err
			}
		}
		w := &progressWriter{WriteCloser: f}
		for {
			_, err = io.CopyN(w, src, 1<<20)
			if err != nil {
				if err == io.EOF {
					break
				}
				return err
			}
		}
	}
	return nil
}

// SafeCreateSome is fine: a turn that creates nothing leaves the earlier
// turns' files to their own closures.
func SafeCreateSome(targets []string, src io.Reader) error {
	for _, target := range targets {
		var f *os.File
		var err error
		if target != "" {
			f, err = os.Create(target)
			if err != nil {
				return err
			}
			defer func() { _ = f.Close() }()
		}
		if f == nil {
			continue
		}
		if _, err = io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}

// leakPullOuterVar declares f once, before the loop: every closure closes
// the last file stored into it, and a later turn that writes to standard
// output leaves the file of the turn before open.
func leakPullOuterVar(targets []string, src io.Reader) error {
	var f *os.File
	for _, target := range targets {
		var err error
		if target == "-" {
			f = os.Stdout
		} else {
			f, err = os.Create(target) // want `f returned by os.Create is not closed on all paths: the return at line 97 is reached when err != nil at line 96`
			if err != nil {
				return err
			}
			defer func() { _ = f.Close() }()
		}
		if _, err = io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}

// leakPullRestored stores standard output into f after deferring the
// closure: the closure closes standard output, and the file stays open.
func leakPullRestored(targets []string, src io.Reader) error {
	for _, target := range targets {
		var f *os.File
		var err error
		if target == "-" {
			f = os.Stdout
		} else {
			f, err = os.Create(target) // want `f returned by os.Create is not closed on all paths: the return at line 119 is reached when err != nil at line 117`
			if err != nil {
				return err
			}
			defer func() { _ = f.Close() }()
			if _, err = io.Copy(f, src); err != nil {
				f = os.Stdout
				return err
			}
		}
	}
	return nil
}

// leakPullLateDefer returns where Chmod fails before deferring the close.
func leakPullLateDefer(targets []string, src io.Reader) error {
	for _, target := range targets {
		var f *os.File
		var err error
		if target == "-" {
			f = os.Stdout
		} else {
			f, err = os.Create(target) // want `f returned by os.Create is not closed on all paths: the return at line 139 is reached when err != nil at line 138`
			if err != nil {
				return err
			}
			if err = os.Chmod(target, 0o600); err != nil {
				return err
			}
			defer func() { _ = f.Close() }()
		}
		if _, err = io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}

// leakPullOtherClosed defers a closure that closes the log, not f.
func leakPullOtherClosed(targets []string, src io.Reader, log *os.File) error { // want leakPullOtherClosed:"keeps p2"
	for _, target := range targets {
		var f *os.File
		var err error
		if target == "-" {
			f = os.Stdout
		} else {
			f, err = os.Create(target) // want `f returned by os.Create is not closed on all paths: the return at line 165 is reached when err != nil at line 164`
			if err != nil {
				return err
			}
			defer func() { _ = log.Close() }()
		}
		if _, err = io.Copy(f, src); err != nil {
			return err
		}
	}
	return nil
}

// leakPullDropped sets f to nil at the end of the turn: the closure
// closes nothing.
func leakPullDropped(targets []string, src io.Reader) error {
	for _, target := range targets {
		var f *os.File
		var err error
		if target == "-" {
			f = os.Stdout
		} else {
			f, err = os.Create(target) // want `f returned by os.Create is not closed on all paths: the return at line 191 is reached when err != nil at line 190`
			if err != nil {
				return err
			}
			defer func() {
				if f != nil {
					_ = f.Close()
				}
			}()
		}
		if _, err = io.Copy(f, src); err != nil {
			return err
		}
		f = nil
	}
	return nil
}
