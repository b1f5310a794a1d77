package runtime

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestInetSocket(t *testing.T) {
	if binary.NativeEndian.Uint16([]byte{1, 0}) != 1 {
		t.Skip("the rows below were written by a little-endian kernel")
	}
	cases := []struct {
		network, row, want string
	}{
		{"tcp", "2: 0100007F:BA34 0100007F:9497 01", "tcp 127.0.0.1:47668 -> 127.0.0.1:38039"},
		{"tcp", "2: 0100007F:BA34 0100007F:9497 08", "tcp 127.0.0.1:47668 -> 127.0.0.1:38039 (CLOSE_WAIT)"},
		{"tcp", "1: 0100007F:9497 00000000:0000 0A", "tcp 127.0.0.1:38039 (LISTEN)"},
		{"udp", "6207: 0100007F:AA82 00000000:0000 07", "udp 127.0.0.1:43650"},
		{"udp", "6207: 0100007F:AA82 0202A8C0:0035 01", "udp 127.0.0.1:43650 -> 192.168.2.2:53"},
		{"tcp6", "0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A", "tcp [::1]:8080 (LISTEN)"},
		{"tcp6", "0: 0000000000000000FFFF00000100007F:1F90 0000000000000000FFFF00000100007F:C350 01", "tcp 127.0.0.1:8080 -> 127.0.0.1:50000"},
		{"tcp6", "0: B80D0120000000000000000001000000:0050 00000000000000000000000000000000:0000 0A", "tcp [2001:db8::1]:80 (LISTEN)"},
	}
	for _, c := range cases {
		got, ok := inetSocket(c.network, strings.Fields(c.row))
		if !ok || got != c.want {
			t.Errorf("inetSocket(%s, %q) = %q, %v; want %q", c.network, c.row, got, ok, c.want)
		}
	}
	if got, ok := inetSocket("tcp", strings.Fields("0: 0100007G:0050 00000000:0000 0A")); ok {
		t.Errorf("a malformed address gave %q", got)
	}
}

func TestUnixSocket(t *testing.T) {
	cases := []struct{ row, want string }{
		{"0000000000000000: 00000002 00000000 00010000 0001 01 316708 /tmp/s.sock", "unix /tmp/s.sock (LISTEN)"},
		{"0000000000000000: 00000003 00000000 00000000 0001 03 316709", "unix"},
		{"0000000000000000: 00000002 00000000 00000000 0002 01 1234 @abstract name", "unixgram @abstract name"},
		{"0000000000000000: 00000002 00000000 00000000 0005 01 1234", "unixpacket"},
	}
	for _, c := range cases {
		if got := unixSocket(strings.Fields(c.row)); got != c.want {
			t.Errorf("unixSocket(%q) = %q, want %q", c.row, got, c.want)
		}
	}
}

func TestDescriptorKinds(t *testing.T) {
	cases := []struct {
		target, kind string
		runtimes     bool
	}{
		{"/tmp/a.txt", KindFDFile, false},
		{"/tmp/a.txt (deleted)", KindFDFile, false},
		{"socket:[123]", KindFDSocket, false},
		{"pipe:[456]", KindFDPipe, false},
		{"anon_inode:inotify", KindFDAnonInode, false},
		{"anon_inode:[eventpoll]", KindFDAnonInode, true},
		{"anon_inode:[eventfd]", KindFDAnonInode, true},
		{"anon_inode:[pidfd]", KindFDAnonInode, true},
		{"net:[4026531840]", KindFDOther, false},
	}
	for _, c := range cases {
		d := descriptor{fd: 3, target: c.target}
		if d.kind() != c.kind || d.ownedByRuntime() != c.runtimes {
			t.Errorf("%q: kind %q, the runtime's %v; want %q, %v", c.target, d.kind(), d.ownedByRuntime(), c.kind, c.runtimes)
		}
	}
}

// fileMain stands in for *testing.M: its "tests" open a file and, if
// leak is set, leave it open.
type fileMain struct {
	path string
	leak bool
	f    *os.File
}

func (m *fileMain) Run() int {
	f, err := os.Open(m.path)
	if err != nil {
		return 2
	}
	if m.leak {
		m.f = f //leakvet:ignore deliberate leak: the test closes it after VerifyMain's check
		return 0
	}
	f.Close()
	return 0
}

// TestVerifyMainDescriptors checks that VerifyMain reports the
// descriptors its tests left open, and not those opened before it.
func TestVerifyMainDescriptors(t *testing.T) {
	path := t.TempDir() + "/data.txt"
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, leak := range []bool{false, true} {
		tr := New(WatchDescriptors(true))
		before, err := os.Open(path) // as TestMain's setup would
		if err != nil {
			t.Fatal(err)
		}
		m := &fileMain{path: path, leak: leak}
		var out strings.Builder
		code := verifyMain(m, tr, &out)
		before.Close()
		if m.f != nil {
			m.f.Close()
		}
		switch {
		case !leak && (code != 0 || out.String() != ""):
			t.Errorf("clean tests: exit code %d, output %q", code, out.String())
		case leak && (code != 1 || strings.Count(out.String(), "fd.file") != 1):
			t.Errorf("leaky tests: exit code %d, output %q; want 1 and the leaked file", code, out.String())
		}
	}
}

// TestDescriptorsInReportFile checks that the descriptors a check finds
// are written to the report file, without an opening time or frames,
// which `leakvet -reports` skips.
func TestDescriptorsInReportFile(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	path := dir + "/data.txt"
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tr := New(WatchDescriptors(true), testName("TestLeaky"))
	tr.sink = newReportSink(dir + "/reports")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fd := f.Fd()
	if err := tr.Close(); err == nil {
		t.Error("Close did not report the file")
	}
	f.Close()
	files, err := filepath.Glob(dir + "/reports/*.json")
	if err != nil || len(files) != 1 {
		t.Fatalf("report files %v, %v", files, err)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Leaks []map[string]any `json:"leaks"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"kind": KindFDFile, "name": fmt.Sprintf("fd %d: %s", fd, path),
		"leak": "open-at-end", "frames": []any{}, "test": "TestLeaky"}
	if len(rep.Leaks) != 1 || !reflect.DeepEqual(rep.Leaks[0], want) {
		t.Errorf("leaks in the file = %v, want [%v]", rep.Leaks, want)
	}
}
