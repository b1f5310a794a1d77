package dial

import (
	"io"
	"net"
	"os"
)

// Relay leaks src when the second Dial fails.
func Relay(a, b string) error {
	src, err := net.Dial("tcp", a)
	if err != nil {
		return err
	}
	dst, err := net.Dial("tcp", b)
	if err != nil {
		return err
	}
	defer src.Close()
	defer dst.Close()
	_, err = io.Copy(dst, src)
	return err
}

// Size never closes the file.
func Size(name string) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
