package runtime_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing/fstest"
	"time"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// Track a resource by hand: Track when it is opened, Close the handle when
// it is released, and check the tracker at the end.
func Example() {
	tr := leakruntime.New()
	defer tr.Close()

	//leakvet:ignore deliberate leak: the example shows how it is reported
	h, err := tr.Track("net.Conn", "tcp 127.0.0.1:5432")
	if err != nil {
		fmt.Println(err)
		return
	}
	// ... use the connection, then forget to close it ...
	_ = h

	rep := tr.Check()
	for _, l := range rep.Leaks {
		fmt.Println(l.How, l.Kind, l.Name)
	}
	// Output:
	// open-at-end net.Conn tcp 127.0.0.1:5432
}

// exampleT stands in for the *testing.T an example does not have; it
// prints the first line of what the test would fail with.
type exampleT struct{ cleanups []func() }

func (*exampleT) Helper()            {}
func (*exampleT) Name() string       { return "TestLeaky" }
func (t *exampleT) Cleanup(f func()) { t.cleanups = append(t.cleanups, f) }
func (*exampleT) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Println("FAIL:", strings.SplitN(msg, "\n", 2)[0])
}

// In a test, one line scopes a tracker to the test; the test fails when it
// ends if anything tracked is still open.
func ExampleForTest() {
	t := &exampleT{} // in a real test: t *testing.T

	tr := leakruntime.ForTest(t)
	fsys := leakruntime.WrapFS(fstest.MapFS{"users.csv": {Data: []byte("ada\n")}}, tr)
	f, err := fsys.Open("users.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	// ... forget f.Close() ...

	t.cleanups[0]() // the testing package runs this when the test ends
	f.Close()       // (keeps f reachable, so it is open, not abandoned)
	// Output:
	// FAIL: runtime: TestLeaky: 1 resource open at end
}

// Wrap a file system: every file it opens is tracked until closed.
func ExampleWrapFS() {
	tr := leakruntime.New()
	fsys := leakruntime.WrapFS(fstest.MapFS{"a.txt": {}, "b.txt": {}}, tr)

	a, _ := fsys.Open("a.txt")
	b, _ := fsys.Open("b.txt")
	a.Close()
	for _, r := range tr.Snapshot() {
		fmt.Println(r.Kind, r.Name)
	}
	b.Close()
	fmt.Println(tr.Close())
	// Output:
	// fs.File b.txt
	// <nil>
}

// Reports group leaks by kind and opening site: a loop leaking 500
// connections is one group with a count, not 500 stacks.
func ExampleReport_Groups() {
	tr := leakruntime.New()
	defer tr.Close()
	for i := range 500 {
		//leakvet:ignore deliberate leak: the example shows how leaks are grouped
		tr.Track("net.Conn", fmt.Sprintf("tcp 10.0.0.1:%d", 5000+i))
	}
	//leakvet:ignore deliberate leak: the example shows how leaks are grouped
	tr.Track("fs.File", "config.yaml")

	for _, g := range tr.Check().Groups() {
		fmt.Println(g.How, len(g.Leaks), g.Kind, "opened in", g.Site.Function)
	}
	// Output:
	// open-at-end 500 net.Conn opened in github.com/leakvet/leakvet/runtime_test.ExampleReport_Groups
	// open-at-end 1 fs.File opened in github.com/leakvet/leakvet/runtime_test.ExampleReport_Groups
}

// Reports marshal to JSON for tools that match leaks with static findings.
func ExampleReport_MarshalJSON() {
	start := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	clock := func() time.Time { return start }
	tr := leakruntime.New(leakruntime.Clock(clock))
	defer tr.Close()
	//leakvet:ignore deliberate leak: the example shows the JSON report
	tr.Track("sql.Rows", "select id from users")

	rep := tr.Check()
	rep.Leaks[0].Stack = nil // file paths differ between machines
	out, _ := json.MarshalIndent(rep, "", "  ")
	fmt.Println(string(out))
	// Output:
	// {
	//   "checked_at": "2026-01-02T03:04:05Z",
	//   "leaks": [
	//     {
	//       "kind": "sql.Rows",
	//       "name": "select id from users",
	//       "opened_at": "2026-01-02T03:04:05Z",
	//       "frames": null,
	//       "leak": "open-at-end"
	//     }
	//   ],
	//   "double_closes": []
	// }
}

// Code deep in a call chain tracks through its context. Track compiles to
// nothing unless the program is built with -tags leakvet.
func ExampleTrack() {
	open := func(ctx context.Context, path string) (*os.File, *leakruntime.Handle, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		h, err := leakruntime.Track(ctx, leakruntime.KindFile, path)
		if err != nil {
			f.Close()
			return nil, nil, err
		}
		return f, h, nil
	}

	tr := leakruntime.New()
	ctx := leakruntime.WithTracker(context.Background(), tr)
	f, h, err := open(ctx, os.DevNull)
	if err != nil {
		fmt.Println(err)
		return
	}
	f.Close()
	h.Close()
	//leakvet:ignore borrowed: FromContext returns the tracker the example owns
	fmt.Println(leakruntime.FromContext(ctx) == tr, tr.Close())
	// Output:
	// true <nil>
}
