package loops

import (
	"os"
)

// overwrite leaks every file but the last one.
func overwrite(names []string) error {
	var last *os.File
	for _, n := range names {
		f, err := os.Open(n) // want `f returned by os.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return err
		}
		last = f
	}
	if last != nil {
		return last.Close()
	}
	return nil
}

// closedEachTime is fine: each file is closed before the next is opened.
func closedEachTime(names []string) error {
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return err
		}
		if _, err := f.Stat(); err != nil {
			f.Close()
			return err
		}
		f.Close()
	}
	return nil
}

// continueOnError is fine: a failed open has nothing to close.
func continueOnError(names []string) {
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			continue
		}
		f.Close()
	}
}

// forgotInLoop leaks each file opened by the loop.
func forgotInLoop(names []string) int {
	count := 0
	for _, n := range names {
		f, err := os.Open(n) // want `f returned by os.Open is not closed before the loop acquires the next one here`
		if err != nil {
			continue
		}
		_ = f.Name()
		count++
	}
	return count
}

// layer reads a file over the layers below it; Close closes them all.
type layer struct {
	f     *os.File
	below *layer
}

func (l *layer) Close() error { // want Close:"releases p0; nothing when zero; closes p0.below,p0.f"
	if l.below != nil {
		l.below.Close()
	}
	return l.f.Close()
}

func newLayer(f *os.File, below *layer) *layer { return &layer{f: f, below: below} } // want newLayer:"keeps p0,p1; wraps p0 in r0"

// stackLayers is fine: each layer owns its file and the layer before it,
// which the loop carries into the next iteration and closes when an open
// fails.
func stackLayers(names []string) (*layer, error) {
	var top *layer
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			if top != nil {
				top.Close()
			}
			return nil, err
		}
		top = newLayer(f, top)
	}
	return top, nil
}
