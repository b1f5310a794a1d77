//go:build !linux

package runtime_test

import (
	"errors"
	"strings"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// TestCheckDescriptorsUnsupported checks that where descriptors cannot be
// listed the check says so and returns an error, and that the test is
// neither failed nor claimed as checked.
func TestCheckDescriptorsUnsupported(t *testing.T) {
	rec := &recorder{name: "TestAnything"}
	err := leakruntime.CheckDescriptors(rec)
	if !errors.Is(err, leakruntime.ErrDescriptorsUnsupported) {
		t.Errorf("CheckDescriptors = %v, want ErrDescriptorsUnsupported", err)
	}
	if out := rec.finish(); out != "" {
		t.Errorf("test failed with %q", out)
	}
	if len(rec.logs) != 1 || !strings.Contains(rec.logs[0], "Linux only") {
		t.Errorf("logs = %q, want the reason the check did not run", rec.logs)
	}
}
