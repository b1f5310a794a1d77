// Package deadgoos tests rule 3b (deadBlocks): acquisitions in blocks that
// a constant condition rules out are skipped. The constants here differ by
// platform (runtime.GOOS, strconv.IntSize) or by build tag (tagged, see
// tag_on.go/tag_off.go), so on windows, on 32-bit builds or with the tag
// windowsLeak, narrowLeak and taggedLeak leak a file. Analysed on linux/amd64
// the blocks are dead; leakvet reporting them is what 7502aa3 did and
// arguably what a vet should do (the code is compiled on other builds).
// SafeDebug, under a plain `const debug = false`, is truly dead code and
// is fine to skip.
//
// Fixed since (round twenty-one): an acquisition that a constant of this
// build rules out is searched as in a build where the function's constant
// conditions are the other way, so the three leaks are reported; code
// under a constant of the package that every build fixes alike (debug) is
// not (see deadcode.go).
package deadgoos

import (
	"errors"
	"os"
	"runtime"
	"strconv"
)

func work(p string) error {
	if p == "" {
		return errors.New("empty")
	}
	return nil
}

func windowsLeak(p string) error {
	if runtime.GOOS == "windows" {
		f, err := os.Open(p) // want `f returned by os.Open is not closed`
		if err != nil {
			return err
		}
		if err := work(p); err != nil {
			return err
		}
		return f.Close()
	}
	return nil
}

func narrowLeak(p string) error {
	if strconv.IntSize == 32 {
		f, err := os.Open(p) // want `f returned by os.Open is not closed`
		if err != nil {
			return err
		}
		if err := work(p); err != nil {
			return err
		}
		return f.Close()
	}
	return nil
}

const debug = false

// SafeDebug is fine: debug is false in every build.
func SafeDebug(p string) error {
	if debug {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		if err := work(p); err != nil {
			return err
		}
		return f.Close()
	}
	return nil
}

// taggedLeak leaks in builds with the review32tag tag (see tag_on.go).
func taggedLeak(p string) error {
	if tagged {
		f, err := os.Open(p) // want `f returned by os.Open is not closed`
		if err != nil {
			return err
		}
		if err := work(p); err != nil {
			return err
		}
		return f.Close()
	}
	return nil
}
