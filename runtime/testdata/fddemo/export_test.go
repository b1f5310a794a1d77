// Package fddemo is a deliberately leaky test of code that no tracker
// instruments, whose failure the README shows. It lives under testdata so
// that `go test ./...` skips it; run it with
// `go test ./runtime/testdata/fddemo` (on Linux).
package fddemo

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// Metrics sends counters to a statsd server over UDP.
type Metrics struct{ conn net.Conn }

// NewMetrics dials the statsd server at addr.
func NewMetrics(addr string) (*Metrics, error) {
	conn, err := net.Dial("udp", addr)
	if err != nil {
		return nil, err
	}
	return &Metrics{conn: conn}, nil
}

// Incr counts one event.
func (m *Metrics) Incr(name string) { fmt.Fprintf(m.conn, "%s:1|c", name) }

// Close closes the connection; nothing calls it.
func (m *Metrics) Close() error { return m.conn.Close() }

// metrics is dialled at the first export and kept for the process.
var metrics *Metrics

// lastLine returns the last line of a file. It forgets to close the file.
func lastLine(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	var last string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		last = sc.Text()
	}
	return last, sc.Err()
}

// Export writes the orders to dir and counts the export.
func Export(dir string) error {
	path := filepath.Join(dir, "orders.csv")
	if err := os.WriteFile(path, []byte("id,total\n1,9.90\n"), 0o600); err != nil {
		return err
	}
	if _, err := lastLine(path); err != nil {
		return err
	}
	if metrics == nil {
		m, err := NewMetrics("127.0.0.1:8125")
		if err != nil {
			return err
		}
		metrics = m
	}
	metrics.Incr("orders.exported")
	return nil
}

func TestExport(t *testing.T) {
	leakruntime.CheckDescriptors(t)
	if err := Export(t.TempDir()); err != nil {
		t.Fatal(err)
	}
}
