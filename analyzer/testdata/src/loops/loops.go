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
