package errmarksuse

import (
	"errmarks"
	"os"
)

// SafeCreate is fine: the loop opens again only while the last open
// failed because the file exists, which left nothing open.
func SafeCreate(name string) (*os.File, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	for errmarks.IsExist(err) {
		if rerr := os.Remove(name); rerr != nil && !os.IsNotExist(rerr) {
			return f, rerr
		}
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	}
	return f, err
}

// createLeak drops the file when it is empty.
func createLeak(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666) // want `f returned by os.OpenFile is not closed on all paths`
	if errmarks.Is(err, errmarks.ErrExist) {
		return err
	}
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return err
	}
	return f.Close()
}
