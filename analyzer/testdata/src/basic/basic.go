package basic

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
)

// twoDials leaks the first connection when the second Dial fails.
func twoDials(a, b string) error {
	src, err := net.Dial("tcp", a) // want `src returned by net.Dial is not closed on all paths: the return at line 19 is reached when err != nil at line 18 \(possible resource leak\)`
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

// statFails leaks the file when Stat fails.
func statFails(name string) (int64, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 35 is reached when err != nil at line 34`
	if err != nil {
		return 0, err
	}
	st, err := f.Stat()
	if err != nil {
		return 0, fmt.Errorf("stat: %w", err)
	}
	f.Close()
	return st.Size(), nil
}

// closed is fine: the file is closed by defer right after the error check.
func closed(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// bodyNon200 leaks the body when the status is not 200.
func bodyNon200(url string) ([]byte, error) {
	resp, err := http.Get(url) // want `the body of resp returned by http.Get is not closed on all paths: the return at line 58 is reached when resp.StatusCode != http.StatusOK at line 57`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// forgotten never closes the file.
func forgotten(name string) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed before the return at line 71`
	if err != nil {
		return err
	}
	_, err = f.WriteString("x")
	return err
}

// discarded throws the file away.
func discarded(name string) error {
	_, err := os.Open(name) // want `the \*os.File returned by os.Open is discarded without being closed \(resource leak\)`
	return err
}

// returned is fine: the caller owns the file.
func returned(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return f, nil
}
