package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leakvet/leakvet/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// oneLineSrc holds locks and unlocks that share their line with other
// code, as gofmt never leaves them, so it lives here and not under
// testdata, whose files gofmt checks: deleting the unlock's line would
// delete its if, and a defer after the lock's line would land outside
// its if, so neither gets the fix. Fixed gets it, for the golden file to
// be compared.
const oneLineSrc = `package lockoneline

import (
	"errors"
	"sync"
)

type S struct {
	mu sync.Mutex
	n  int
}

var errNegative = errors.New("negative")

func (s *S) OneLineIf(err error) error { // want OneLineIf:"keeps p1; returns p1 as r0"
	s.mu.Lock() // want "s.mu is locked"
	if err != nil { s.mu.Unlock(); return err }
	if s.n < 0 {
		return errNegative
	}
	s.mu.Unlock()
	return nil
}

func (s *S) LockInIf(c bool) error {
	if c { s.mu.Lock() } // want "s.mu is locked"
	if s.n < 0 {
		return errNegative
	}
	s.mu.Unlock()
	return nil
}

func (s *S) Fixed() error {
	s.mu.Lock() // want "s.mu is locked"
	if s.n < 0 {
		return errNegative
	}
	s.mu.Unlock()
	return nil
}
`

// TestUnlockFixOneLine checks that the fix that defers an unlock leaves
// alone the statements that share their line with other code.
func TestUnlockFixOneLine(t *testing.T) {
	dir := t.TempDir()
	pkg := filepath.Join(dir, "src", "lockoneline")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	fixed := strings.Replace(oneLineSrc, "\ts.mu.Lock() // want \"s.mu is locked\"\n\tif s.n < 0 {\n\t\treturn errNegative\n\t}\n\ts.mu.Unlock()\n\treturn nil\n}\n",
		"\ts.mu.Lock() // want \"s.mu is locked\"\n\tdefer s.mu.Unlock()\n\tif s.n < 0 {\n\t\treturn errNegative\n\t}\n\treturn nil\n}\n", 1)
	if fixed == oneLineSrc {
		t.Fatal("the golden file does not differ from the source")
	}
	for name, text := range map[string]string{"lockoneline.go": oneLineSrc, "lockoneline.go.golden": fixed} {
		if err := os.WriteFile(filepath.Join(pkg, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer, "lockoneline")
}
