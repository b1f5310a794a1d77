package runtime_test

import (
	"encoding/json"
	"strings"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// TestDescriptorReportFormat checks how a report shows descriptors, which
// have no opening time or stack, after a tracked resource, which has.
func TestDescriptorReportFormat(t *testing.T) {
	clock := newFakeClock()
	tr := leakruntime.New(leakruntime.Clock(clock.Now))
	defer tr.Close()
	openFile(t, tr, "a.txt")
	rep := tr.Check()
	rep.Leaks = append(rep.Leaks,
		leakruntime.Leak{Resource: leakruntime.Resource{Kind: leakruntime.KindFDSocket,
			Name: "fd 9: tcp 127.0.0.1:40312 -> 127.0.0.1:8080", Stack: []leakruntime.Frame{}}, How: leakruntime.OpenAtEnd},
		leakruntime.Leak{Resource: leakruntime.Resource{Kind: leakruntime.KindFDSocket,
			Name: "fd 11: udp 127.0.0.1:53530", Stack: []leakruntime.Frame{}}, How: leakruntime.OpenAtEnd},
	)
	text := rep.String()
	if !strings.HasPrefix(text, "runtime: 3 resources open at end\n\nopen at end: 1 × fs.File, oldest 1s\n") {
		t.Errorf("report does not start with the tracked file:\n%s", text)
	}
	want := "\n\nopen at end: 2 × fd.socket\n" +
		`  "fd 9: tcp 127.0.0.1:40312 -> 127.0.0.1:8080", "fd 11: udp 127.0.0.1:53530"` + "\n" +
		"  opened at: unknown (no tracker saw it opened)"
	if !strings.HasSuffix(text, want) {
		t.Errorf("report does not end with the descriptors:\n%s\nwant suffix:%s", text, want)
	}
	data, err := json.Marshal(rep.Leaks[1])
	if err != nil {
		t.Fatal(err)
	}
	if got := string(data); strings.Contains(got, "opened_at") || !strings.Contains(got, `"frames":[]`) {
		t.Errorf("descriptor as JSON = %s, want no opening time and no frames", got)
	}
}
