package basic

import (
	"encoding/json"
	"net/http"
	"os"
)

// noContentSafe returns before closing where the status says there is no
// body: net/http then gives http.NoBody and reuses the connection.
func noContentSafe(c *http.Client, url string, v any) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusNoContent {
		return nil
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

// notModifiedSafe is noContentSafe for 304, tested the other way round.
func notModifiedSafe(c *http.Client, url string, v any) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	if http.StatusNotModified != resp.StatusCode {
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(v)
	}
	return nil
}

// emptySafe returns where the response says its body is empty.
func emptySafe(c *http.Client, url string, v any) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	if resp.ContentLength == 0 {
		return nil
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

// createdLeak returns before closing where the status is 201, which has
// a body.
func createdLeak(c *http.Client, url string) error {
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths: the return at line 57 is reached when resp.StatusCode == http.StatusCreated at line 56`
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusCreated {
		return nil
	}
	return resp.Body.Close()
}

// cachedResponse answers from a file: the response is the package's own,
// and its body needs closing whatever the status says.
func cachedResponse(path string, status int) (*http.Response, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &http.Response{StatusCode: status, Body: f}, nil
}

// cachedNotModifiedLeak drops a 304 that a cache built around a file.
func cachedNotModifiedLeak(path string, v any) error {
	resp, err := cachedResponse(path, http.StatusNotModified) // want `the body of resp returned by cachedResponse is not closed on all paths`
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusNotModified {
		return nil
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

// eitherNoContentLeak tests the status of one of two responses: the other
// may still have its body.
func eitherNoContentLeak(c *http.Client, u1, u2 string, pickB bool) error {
	a, err := c.Get(u1) // want `the body of a returned by c.Get is not closed on all paths`
	if err != nil {
		return err
	}
	b, err := c.Get(u2) // want `the body of b returned by c.Get is not closed on all paths`
	if err != nil {
		a.Body.Close()
		return err
	}
	r := a
	if pickB {
		r = b
	}
	if r.StatusCode == http.StatusNoContent {
		return nil
	}
	a.Body.Close()
	return b.Body.Close()
}
