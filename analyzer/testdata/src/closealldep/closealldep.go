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

