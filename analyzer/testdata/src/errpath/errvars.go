package errpath

// This file keeps the acquisition's error in a variable that a closure
// captures, so that it lives in memory, and assigns other errors to it on
// some paths only.

import (
	"errors"
	"log"
	"os"
)

var errClosing = errors.New("closing")

// fifo opens its file in the background and records the error.
type fifo struct {
	file    *os.File
	closing chan struct{}
	err     error
	report  func(func())
}

// SafeOpenInBackground closes the file when it gives up after opening it;
// where it gives up because the open failed, there is no file. The error
// is captured by the closure that reports it, and other errors are
// assigned to it only after the open succeeded.
func (f *fifo) SafeOpenInBackground(name string) {
	var file *os.File
	file, err := os.Open(name)
	select {
	case <-f.closing:
		if err == nil {
			err = errClosing
			if file != nil {
				file.Close()
			}
		}
	default:
	}
	if err != nil {
		f.report(func() { log.Print(err) })
		return
	}
	f.file = file
}

// checkFile fails for an empty file.
func checkFile(f *os.File) error {
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.Size() == 0 {
		return errors.New("empty")
	}
	return nil
}

// openChecked replaces the open's error with the check's, and then
// returns without closing the file that failed the check.
func (f *fifo) openChecked(name string) {
	file, err := os.Open(name) // want `file returned by os.Open is not closed on all paths: the return at line 68 is reached when err != nil at line 66`
	if err == nil {
		err = checkFile(file)
	}
	if err != nil {
		f.report(func() { log.Print(err) })
		return
	}
	f.file = file
}
