package closures

import (
	"io"
	"os"
)

// This file: a deferred closure that closes a file where the error of the
// call that opened it is nil, as an RPM signer's write-and-rename does.

func writeAll(w io.Writer) error {
	_, err := w.Write([]byte("rpm"))
	return err
}

// SafeCloseWhereNil is fine: nothing but os.CreateTemp sets err, and where
// the file is open err is nil, so the closure closes it.
func SafeCloseWhereNil(dir, out string) error {
	tmp, err := os.CreateTemp(dir, "sig")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		} else {
			if err = tmp.Close(); err != nil {
				return
			}
			err = os.Rename(tmp.Name(), out)
		}
	}()
	return writeAll(tmp)
}

// leakNamedError leaves the file open where the write fails: err is the
// result, which the return sets before the closure runs.
func leakNamedError(dir string) (err error) {
	tmp, err := os.CreateTemp(dir, "sig") // want `tmp returned by os.CreateTemp is not closed before the return at line 48`
	if err != nil {
		return err
	}
	defer func() {
		if err == nil {
			err = tmp.Close()
		}
	}()
	return writeAll(tmp)
}

// leakErrSetAgain leaves the file open where the write fails: the write
// sets err too.
func leakErrSetAgain(dir string) error {
	tmp, err := os.CreateTemp(dir, "sig") // want `tmp returned by os.CreateTemp is not closed before the return at line 64`
	if err != nil {
		return err
	}
	defer func() {
		if err == nil {
			err = tmp.Close()
		}
	}()
	err = writeAll(tmp)
	return err
}
