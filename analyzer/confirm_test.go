package analyzer

import (
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

func TestFuncPackage(t *testing.T) {
	tests := map[string]string{
		"example.com/a/b.F":                  "example.com/a/b",
		"example.com/a/b.(*T).M.func1":       "example.com/a/b",
		"example.com/a/b_test.TestX.gowrap1": "example.com/a/b_test",
		"example.com/a.v2.F":                 "example.com/a", // a dot in the last element cannot be told apart
		"main.main":                          "main",
		"os.Open":                            "os",
		"noDot":                              "",
	}
	for fn, want := range tests {
		if got := funcPackage(fn); got != want {
			t.Errorf("funcPackage(%q) = %q, want %q", fn, got, want)
		}
	}
}

func TestSiteOf(t *testing.T) {
	stack := []leakruntime.Frame{
		{Function: "database/sql.(*DB).Conn", File: "/usr/local/go/src/database/sql/sql.go", Line: 10},
		{Function: "example.com/dep.Open", File: "/root/go/pkg/mod/example.com/dep@v1.0.0/dep.go", Line: 20},
		{Function: "example.com/app/store.Open", File: "example.com/app/store/store.go", Line: 30},
		{Function: "example.com/app/store_test.TestOpen", File: "/src/app/store/store_test.go", Line: 40},
	}
	tests := []struct {
		name   string
		stack  []leakruntime.Frame
		module string
		want   lineKey
		ok     bool
	}{
		{"first frame in the module", stack, "example.com/app", lineKey{"example.com/app/store", "store.go", 30}, true},
		{"no module: first outside the standard library", stack, "", lineKey{"example.com/dep", "dep.go", 20}, true},
		{"a module that is a prefix of another", stack, "example.com/ap", lineKey{}, false},
		{"main package", []leakruntime.Frame{{Function: "main.run", File: `C:\app\main.go`, Line: 5}}, "example.com/app", lineKey{"main", "main.go", 5}, true},
		{"no frames", nil, "example.com/app", lineKey{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := siteOf(tt.stack, tt.module)
			if got != tt.want || ok != tt.ok {
				t.Errorf("siteOf = %+v, %v; want %+v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestTestList(t *testing.T) {
	tests := []struct {
		tests  []string
		others int
		want   string
	}{
		{[]string{"TestA"}, 0, "TestA"},
		{[]string{"TestA", "TestB"}, 0, "TestA and TestB"},
		{[]string{"TestA", "TestB", "TestC"}, 0, "TestA, TestB and TestC"},
		{[]string{"TestA", "TestB", "TestC", "TestD", "TestE"}, 0, "TestA, TestB, TestC and 2 more"},
		{[]string{"TestA", "TestB"}, 4, "TestA, TestB and 4 more"},
	}
	for _, tt := range tests {
		if got := testList(tt.tests, tt.others); got != tt.want {
			t.Errorf("testList(%v, %d) = %q, want %q", tt.tests, tt.others, got, tt.want)
		}
	}
}

func TestLockWording(t *testing.T) {
	held := []leakCount{{count: 1, how: leakruntime.OpenAtEnd, tests: []string{"TestA"}}}
	tests := []struct {
		got, want string
	}{
		{msgRuntimeOnly([]string{leakruntime.KindMutex}, held), "sync.Mutex locked here: 1 still held at end by TestA, not found by leakvet (runtime-only leak)"},
		{msgRuntimeOnly([]string{"*os.File"}, held), "*os.File opened here: 1 left open at end by TestA, not found by leakvet (runtime-only leak)"},
		{msgRuntimeOnly([]string{"*os.File", leakruntime.KindRWMutex}, held), "*os.File, sync.RWMutex opened here: 1 left open at end by TestA, not found by leakvet (runtime-only leak)"},
		{msgConfirmed([]string{leakruntime.KindRWMutex}, held), "confirmed: 1 still held at end by TestA"},
		{msgConfirmed([]string{"net.Conn"}, held), "confirmed: 1 left open at end by TestA"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
