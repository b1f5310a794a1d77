// Package closealldep has helpers that close every value they are given,
// and helpers that close only some.
package closealldep

import (
	"fmt"
	"io"
	"os"
)

// CloseAll closes each value that is an io.Closer.
func CloseAll(closers ...any) error { // want CloseAll:"releases p0"
	var ret error
	for _, c := range closers {
		if c == nil {
			continue
		}
		switch c := c.(type) {
		case io.Closer:
			if err := c.Close(); err != nil {
				ret = err
			}
		}
	}
	return ret
}

// CloseEach closes each closer.
func CloseEach(cs ...io.Closer) { // want CloseEach:"releases p0"
	for i := range cs {
		cs[i].Close()
	}
}

// CloseUntilError stops at the first Close that fails: the rest stay open.
func CloseUntilError(cs ...io.Closer) error {
	for _, c := range cs {
		if err := c.Close(); err != nil {
			return err
		}
	}
	return nil
}

// CloseFirst closes the first only.
func CloseFirst(cs ...io.Closer) {
	cs[0].Close()
}

// CloseNamed closes those whose name says so.
func CloseNamed(files ...*os.File) {
	for _, f := range files {
		if f.Name() == "tmp" {
			f.Close()
		}
	}
}

// LogAll only prints what it is given.
func LogAll(vs ...any) {
	for _, v := range vs {
		fmt.Println(v)
	}
}


// CloseDown closes from the last to the second: the first stays open.
func CloseDown(cs ...io.Closer) {
	for i := len(cs) - 1; i > 0; i-- {
		cs[i].Close()
	}
}

// CloseRest closes all but the first.
func CloseRest(cs ...io.Closer) {
	for i := 1; i < len(cs); i++ {
		cs[i].Close()
	}
}

// CloseFiles closes the files among what it is given, and nothing else.
func CloseFiles(vs ...any) {
	for _, v := range vs {
		if f, ok := v.(*os.File); ok {
			f.Close()
		}
	}
}

// CloseUnlessDone closes nothing once done is set.
func CloseUnlessDone(done bool, cs ...io.Closer) {
	if done {
		return
	}
	for _, c := range cs {
		c.Close()
	}
}
