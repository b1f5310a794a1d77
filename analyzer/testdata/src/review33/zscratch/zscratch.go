package zscratch

import (
	"errors"
	"io"
	"net/http"
	"os"
)

const limit = 1 << 20

func maxFileLeak(c *http.Client, url string, f *os.File) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	resp.Body = http.MaxBytesReader(nil, resp.Body, limit)
	if _, err := io.Copy(f, resp.Body); err != nil {
		return err
	}
	return resp.Body.Close()
}

func maxLocalLeak(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	body := http.MaxBytesReader(nil, resp.Body, limit)
	if _, err := io.Copy(io.Discard, body); err != nil {
		return err
	}
	return body.Close()
}

type progress struct {
	io.ReadCloser
	n, max int64
}

var errTooBig = errors.New("too big")

func (p *progress) Read(b []byte) (int, error) {
	if p.n > p.max {
		return 0, errTooBig
	}
	n, err := p.ReadCloser.Read(b)
	p.n += int64(n)
	return n, err
}

func progLeak(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	resp.Body = &progress{ReadCloser: resp.Body, max: limit}
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	return resp.Body.Close()
}

func progReadAllLeak(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths`
	if err != nil {
		return nil, err
	}
	resp.Body = &progress{ReadCloser: resp.Body, max: limit}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	return b, resp.Body.Close()
}
