package basic

import (
	"encoding/json"
	"net/http"
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
	resp, err := c.Get(url) // want `the body of resp returned by c.Get is not closed on all paths: the return at line 56 is reached when resp.StatusCode == http.StatusCreated at line 55`
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusCreated {
		return nil
	}
	return resp.Body.Close()
}
