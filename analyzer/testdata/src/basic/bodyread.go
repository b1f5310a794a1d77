package basic

import (
	"errors"
	"io"
	"io/ioutil"
	"net/http"
	"os"
)

// readFailedSafe returns when the read of the body fails: net/http's
// transport has then closed the connection, and the response holds
// nothing more.
func readFailedSafe(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	return b, nil
}

// readFailedOldSafe is readFailedSafe with ioutil.
func readFailedOldSafe(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	b, err := ioutil.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	return b, nil
}

var errStatus = errors.New("unexpected status")

// readThenStatusSafe returns, past a read of the body to its end, without
// closing it: at EOF net/http's transport put the connection back in its
// pool, and the response holds nothing more.
func readThenStatusSafe(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, errStatus
	}
	resp.Body.Close()
	return b, nil
}

// readFileFailedLeak: a file whose read fails is still open.
func readFileFailedLeak(name string) ([]byte, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths: the return at line 70 is reached when err != nil at line 69`
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	f.Close()
	return b, nil
}

// cachedReadLeak reads a response that a cache built around a file: a
// failed read of that body closes nothing.
func cachedReadLeak(path string) ([]byte, error) {
	resp, err := cachedResponse(path, http.StatusOK) // want `the body of resp returned by cachedResponse is not closed on all paths`
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	return b, nil
}

// eitherReadLeak reads the body of one of two responses: where that read
// fails, the other is still open.
func eitherReadLeak(c *http.Client, u1, u2 string, pickB bool) ([]byte, error) {
	a, err := c.Get(u1) // want `the body of a returned by c.Get is not closed on all paths`
	if err != nil {
		return nil, err
	}
	b, err := c.Get(u2) // want `the body of b returned by c.Get is not closed on all paths`
	if err != nil {
		a.Body.Close()
		return nil, err
	}
	r := a
	if pickB {
		r = b
	}
	out, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	a.Body.Close()
	b.Body.Close()
	return out, nil
}

// discardFailedSafe drains the body into io.Discard, whose writes never
// fail: where the copy fails, a read of the body failed.
func discardFailedSafe(c *http.Client, url string) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	return resp.Body.Close()
}

// copyFailedLeak copies the body into a file: the copy fails where a
// write fails too, with the body still open.
func copyFailedLeak(c *http.Client, url string, f *os.File) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		return err
	}
	return resp.Body.Close()
}

// copyThenStatusLeak copies the body into a file: where the write fails,
// the body is neither at its end nor closed.
func copyThenStatusLeak(url string, out *os.File) error {
	resp, err := http.Get(url) // want `the body of resp returned by http.Get is not closed on all paths: the return at line \d+ is reached when err != nil`
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, resp.Body); err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// limitedThenStatusLeak reads at most n bytes of the body: the rest, and
// the connection under it, stay.
func limitedThenStatusLeak(url string, n int64) ([]byte, error) {
	resp, err := http.Get(url) // want `the body of resp returned by http.Get is not closed on all paths`
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, n))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, errStatus
	}
	resp.Body.Close()
	return b, nil
}

// discardThenStatusSafe drains the body into io.Discard, whose writes
// never fail: the copy ends at EOF or where a read fails.
func discardThenStatusSafe(url string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != 200 {
		return errStatus
	}
	return resp.Body.Close()
}
