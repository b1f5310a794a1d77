package web_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"example.com/zerochange/web"
)

// TestFetchMissing gets a 404 from a real server.
func TestFetchMissing(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	if _, err := web.Fetch(srv.URL); err == nil {
		t.Fatal("Fetch of a missing page succeeded")
	}
}
