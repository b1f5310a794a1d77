package runtime_test

import (
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// tempFile returns the path of a new empty file in a temporary directory,
// with symbolic links resolved, as /proc/self/fd shows it.
func tempFile(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "data.txt")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCheckDescriptorsReportsOpenFile(t *testing.T) {
	path := tempFile(t)
	rec := &recorder{name: "TestLeaky"}
	if err := leakruntime.CheckDescriptors(rec); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	out := rec.finish()
	f.Close()
	for _, want := range []string{
		"runtime: TestLeaky: 1 resource open at end",
		"open at end: 1 × fd.file\n",
		path + `"`,
		"opened at: unknown (no tracker saw it opened)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// openFileAndDrop opens path and drops the file without closing it.
//
//go:noinline
func openFileAndDrop(t *testing.T, path string) {
	//leakvet:ignore deliberate leak: the test checks that the dropped file is reported
	if _, err := os.Open(path); err != nil {
		t.Fatal(err)
	}
}

func TestCheckDescriptorsReportsDroppedFile(t *testing.T) {
	// No garbage collection but the check's may close the file first.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	path := tempFile(t)
	rec := &recorder{name: "TestDrops"}
	if err := leakruntime.CheckDescriptors(rec); err != nil {
		t.Fatal(err)
	}
	openFileAndDrop(t, path)
	out := rec.finish()
	if !strings.Contains(out, "TestDrops: 1 resource abandoned") || !strings.Contains(out, path+`"`) {
		t.Errorf("report = %s", out)
	}
}

func TestCheckDescriptorsReportsOpenConn(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	rec := &recorder{name: "TestLeaky"}
	if err := leakruntime.CheckDescriptors(rec); err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	s.Close() // only the client's end leaks
	out := rec.finish()
	c.Close()
	want := `: tcp ` + c.LocalAddr().String() + ` -> ` + ln.Addr().String()
	if !strings.Contains(out, "open at end: 1 × fd.socket\n") || !strings.Contains(out, want) {
		t.Errorf("report lacks the connection %q:\n%s", want, out)
	}
}

// TestCheckDescriptorsWaitsForAsyncClose closes a file on another
// goroutine after the check has begun: the check waits for it.
func TestCheckDescriptorsWaitsForAsyncClose(t *testing.T) {
	path := tempFile(t)
	rec := &recorder{name: "TestAsync"}
	if err := leakruntime.CheckDescriptors(rec, leakruntime.GracePeriod(time.Minute)); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		f.Close()
	}()
	if out := rec.finish(); out != "" {
		t.Errorf("check did not wait for the file to close: %s", out)
	}
}

// TestCheckDescriptorsClean runs code that opens and closes files,
// pipes and connections, through an HTTP server and an io.Copy between
// connections (which fills the standard library's pool of splice pipes),
// and the first use of the network may create the netpoller: the real
// test must pass. Run it many times with -count.
func TestCheckDescriptorsClean(t *testing.T) {
	if err := leakruntime.CheckDescriptors(t); err != nil {
		t.Fatal(err)
	}
	path := tempFile(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	w.Close()

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "hello")
	}))
	// Registered after CheckDescriptors, so it runs before the check.
	t.Cleanup(srv.Close)
	// Leaves an idle connection in http.DefaultTransport.
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()

	copyBetweenConns(t)
}

// copyBetweenConns copies from one TCP connection to another, which
// splices through a pipe from the standard library's pool, and closes
// everything.
func copyBetweenConns(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	// Two connections, each as its two ends: the copy reads src's server
	// end and writes dst's client end.
	var srcClient, srcServer, dstClient, dstServer net.Conn
	for _, ends := range [][2]*net.Conn{{&srcClient, &srcServer}, {&dstClient, &dstServer}} {
		if *ends[0], err = net.Dial("tcp", ln.Addr().String()); err != nil {
			t.Fatal(err)
		}
		defer (*ends[0]).Close()
		if *ends[1], err = ln.Accept(); err != nil {
			t.Fatal(err)
		}
		defer (*ends[1]).Close()
	}
	wrote, read := make(chan error), make(chan error)
	go func() {
		_, err := io.WriteString(srcClient, strings.Repeat("x", 1<<16))
		wrote <- errors.Join(err, srcClient.Close())
	}()
	go func() {
		_, err := io.Copy(io.Discard, dstServer)
		read <- err
	}()
	if _, err := io.Copy(dstClient, srcServer); err != nil { // splices
		t.Error(err)
	}
	dstClient.Close()
	if err := errors.Join(<-wrote, <-read); err != nil {
		t.Error(err)
	}
}
