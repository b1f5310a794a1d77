package runtime_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// tracedClient returns a client whose bodies are tracked by tr, over a
// transport of its own. Its idle connections are closed when the test
// ends, through the wrapper, which must pass the call on: the test's
// goroutine check fails otherwise.
func tracedClient(t *testing.T, tr *leakruntime.Tracker) *http.Client {
	client := &http.Client{Transport: &leakruntime.Transport{Base: &http.Transport{}, Tracker: tr}}
	t.Cleanup(client.CloseIdleConnections)
	return client
}

// helloServer starts a real HTTP server for the test and returns its URL.
func helloServer(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello")
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestTransportTracksBodies(t *testing.T) {
	url := helloServer(t)
	tr := leakruntime.New()
	defer tr.Close()
	client := tracedClient(t, tr)

	resp, err := client.Get(url + "/a")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil || string(body) != "hello" {
		t.Fatalf("body = %q, %v", body, err)
	}
	// Reading to the end does not release the body; Close does.
	if snap := tr.Snapshot(); len(snap) != 1 || snap[0].Name != "GET "+url+"/a" {
		t.Fatalf("after reading: %+v, want the body still open", snap)
	}
	resp.Body.Close()

	// HEAD replies have no body to close.
	resp, err = client.Head(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if n := len(tr.Snapshot()); n != 0 {
		t.Errorf("HEAD response tracked (%d open)", n)
	}
	if err := tr.Close(); err != nil {
		t.Fatal(err)
	}
}

// fetch makes a request and does not close the body, as leaky code does;
// the response is returned only so the test can clean up afterwards.
func fetch(client *http.Client, url string) (*http.Response, error) {
	return client.Get(url)
}

func TestTransportReportsUnclosedBody(t *testing.T) {
	url := helloServer(t)
	tr := leakruntime.New()
	defer tr.Close()
	client := tracedClient(t, tr)
	resp, err := fetch(client, url+"/leak")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	rep := tr.Check()
	if len(rep.Leaks) != 1 {
		t.Fatalf("leaks = %+v, want the body", rep.Leaks)
	}
	l := rep.Leaks[0]
	if l.Kind != leakruntime.KindBody || l.Name != "GET "+url+"/leak" {
		t.Errorf("leak = %s %q", l.Kind, l.Name)
	}
	// net/http's client frames are dropped: the site is the caller.
	if l.Stack[0].Function != thisPkg+"fetch" {
		t.Errorf("body reported as opened in %s, want fetch", l.Stack[0])
	}
	if !strings.Contains(rep.Error(), "open at end: 1 × http.Response.Body") {
		t.Errorf("report:\n%s", rep)
	}
}
