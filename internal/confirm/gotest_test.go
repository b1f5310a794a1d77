package confirm

import (
	"strings"
	"testing"
)

// TestReportFailuresShowsSubtests checks that the output of a failing
// test includes its subtests', which go test -json files under their own
// names and which hold the failure messages.
func TestReportFailuresShowsSubtests(t *testing.T) {
	events := `{"Action":"run","Package":"p","Test":"TestX"}
{"Action":"output","Package":"p","Test":"TestX","Output":"=== RUN   TestX\n"}
{"Action":"output","Package":"p","Test":"TestX/sub","Output":"    x_test.go:9: the message\n"}
{"Action":"fail","Package":"p","Test":"TestX/sub"}
{"Action":"output","Package":"p","Test":"TestX","Output":"--- FAIL: TestX (0.00s)\n"}
{"Action":"fail","Package":"p","Test":"TestX"}
{"Action":"fail","Package":"p"}
`
	results, order, n := readEvents(strings.NewReader(events))
	if n != 7 {
		t.Fatalf("read %d events, want 7", n)
	}
	var b strings.Builder
	reportFailures(&b, results, order)
	want := "leakvet: tests of p failed (TestX); the reports they wrote are joined:\n" +
		"\t=== RUN   TestX\n\t--- FAIL: TestX (0.00s)\n\t    x_test.go:9: the message\n"
	if b.String() != want {
		t.Errorf("reportFailures wrote\n%s\nwant\n%s", b.String(), want)
	}
}
