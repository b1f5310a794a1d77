package unreadbytes

import (
	"bufio"
	"errors"
	"os"
)

// OpenSafe reads the format byte and puts it back for the caller:
// UnreadByte right after a ReadByte that succeeded cannot fail, so its
// error return, which would drop the file, is never taken.
func OpenSafe(path string) (*bufio.Reader, *os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	br := bufio.NewReader(f)
	format, err := br.ReadByte()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if format == 2 {
		if err := br.UnreadByte(); err != nil {
			return nil, nil, err
		}
		return br, f, nil
	}
	f.Close()
	return nil, nil, errors.New("unknown format")
}

// OpenLeak peeks instead of reading: after a Peek, UnreadByte fails, and
// that return drops the file.
func OpenLeak(path string) (*bufio.Reader, *os.File, error) {
	f, err := os.Open(path) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, nil, err
	}
	br := bufio.NewReader(f)
	head, err := br.Peek(1)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if head[0] == 2 {
		if err := br.UnreadByte(); err != nil {
			return nil, nil, err
		}
		return br, f, nil
	}
	f.Close()
	return nil, nil, errors.New("unknown format")
}
