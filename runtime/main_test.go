package runtime_test

import (
	"bytes"
	"fmt"
	"os"
	goruntime "runtime"
	"strings"
	"testing"
	"time"
)

// TestMain checks that the package's tests leave no goroutines behind:
// the tracker's wrappers start servers, dial and listen, and a leaked
// goroutine there is as much a bug as a leaked connection.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		if err := checkGoroutines(2 * time.Second); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	}
	os.Exit(code)
}

// benignGoroutines are started by the testing and runtime packages and
// outlive the tests by design.
var benignGoroutines = []string{
	"testing.(*M).startAlarm",
	"os/signal.signal_recv",
	"runtime.ensureSigM",
}

// checkGoroutines waits up to timeout for all goroutines but this one and
// the benign ones to end, and describes those that remain.
func checkGoroutines(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		extra := extraGoroutines()
		if len(extra) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("leaked %d goroutines:\n\n%s", len(extra), strings.Join(extra, "\n\n"))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// extraGoroutines returns the stacks of goroutines other than the caller's
// and the benign ones.
func extraGoroutines() []string {
	buf := make([]byte, 1<<20)
	buf = buf[:goruntime.Stack(buf, true)]
	stacks := strings.Split(string(bytes.TrimSpace(buf)), "\n\n")
	var extra []string
	for _, s := range stacks[1:] { // the first is the caller's
		if !isBenign(s) {
			extra = append(extra, s)
		}
	}
	return extra
}

func isBenign(stack string) bool {
	for _, fn := range benignGoroutines {
		if strings.Contains(stack, fn) {
			return true
		}
	}
	return false
}
