package driver

import "testing"

// TestQuietList: what go list writes on stderr beside a listing that
// succeeded. A cold build cache makes -compiled run the cgo steps, whose C
// warnings must not send a large run to the in-process driver (which
// holds every package's syntax at once); the go command's own complaints
// must.
func TestQuietList(t *testing.T) {
	for _, tc := range []struct {
		name, stderr string
		quiet        bool
	}{
		{"nothing", "", true},
		{"downloads", "go: downloading github.com/lib/pq v1.10.9\ngo: downloading golang.org/x/sys v0.30.0\n", true},
		{"cgo warnings", "# github.com/mattn/go-sqlite3\nsqlite3-binding.c: In function 'sqlite3SelectNew':\n" +
			"sqlite3-binding.c:128049:10: warning: function may return address of local variable [-Wreturn-local-addr]\n" +
			"128049 |   return pNew;\n       |          ^~~~\n", true},
		{"downloads then cgo", "go: downloading github.com/mattn/go-sqlite3 v1.14.22\n# github.com/mattn/go-sqlite3\nwarning: x\n", true},
		{"no packages", "go: warning: \"./nothing/...\" matched no packages\n", false},
		{"module error", "go: github.com/x/y@v1.0.0: missing go.sum entry\n", false},
		{"cgo then go error", "# github.com/mattn/go-sqlite3\nwarning: x\ngo: inconsistent vendoring\n", false},
		{"stray text", "something else\n", false},
	} {
		if got := quietList(tc.stderr); got != tc.quiet {
			t.Errorf("%s: quietList(%q) = %v, want %v", tc.name, tc.stderr, got, tc.quiet)
		}
	}
}
