// Package demo is a deliberately leaky test whose failure the README
// shows. It lives under testdata so that `go test ./...` skips it; run it
// with `go test ./runtime/testdata/demo`.
package demo

import (
	"context"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// connectReplicas opens one connection per replica; the caller is meant
// to close them.
func connectReplicas(ctx context.Context, d *leakruntime.Dialer, addr string) ([]net.Conn, error) {
	var conns []net.Conn
	for range 3 {
		conn, err := d.DialContext(ctx, "tcp", addr)
		if err != nil {
			return nil, err
		}
		conns = append(conns, conn)
	}
	return conns, nil
}

// readConfig forgets to close the file it opens.
func readConfig(fsys fs.FS) ([]byte, error) {
	f, err := fsys.Open("config.yaml")
	if err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}

func TestCheckout(t *testing.T) {
	tr := leakruntime.ForTest(t)

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	conns, err := connectReplicas(t.Context(), &leakruntime.Dialer{Tracker: tr}, l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conns }) // kept until the end, never closed

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("replicas: 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readConfig(leakruntime.WrapFS(os.DirFS(dir), tr)); err != nil {
		t.Fatal(err)
	}
}
