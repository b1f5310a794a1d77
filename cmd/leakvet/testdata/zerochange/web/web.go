// Package web leaks a response body when the status is not 200.
package web

import (
	"fmt"
	"io"
	"net/http"
)

// Fetch returns the body of url.
func Fetch(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", url, resp.Status)
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
