// Package dep serves responses from files, with the file as the body.
package dep

import (
	"net/http"
	"os"
)

// FileResponse gives a response whose body is the open file at path:
// reading it to the end does not close the file.
func FileResponse(path string) (*http.Response, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &http.Response{StatusCode: http.StatusOK, Body: f}, nil
}
