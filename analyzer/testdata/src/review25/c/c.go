// Package c fetches with an api.Fetcher: one function closes the
// response's body, as a response is closed; two drop it.
package c

import (
	"io"

	"review25/api"
)

func Body(f api.Fetcher) ([]byte, error) {
	resp, err := f.Fetch()
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func Status(f api.Fetcher) (int, error) {
	resp, err := f.Fetch() // want `resp returned by f\.Fetch is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func Alive(f api.Fetcher) bool {
	resp, err := f.Fetch() // want `resp returned by f\.Fetch is not closed`
	return err == nil && resp.StatusCode == 200
}
