//go:build leakvet

package runtime

import (
	"strings"
	"testing"
)

// lockingMain stands in for *testing.M: its tests lock a zero Mutex,
// which finds VerifyMain's tracker as the default, and leave it locked
// when hold is set.
type lockingMain struct {
	mu   Mutex
	hold bool
}

func (m *lockingMain) Run() int {
	m.mu.Lock()
	if !m.hold {
		m.mu.Unlock()
	}
	return 0
}

// TestVerifyMainLocks: a lock held when the tests end fails VerifyMain.
func TestVerifyMainLocks(t *testing.T) {
	for _, hold := range []bool{false, true} {
		var out strings.Builder
		m := &lockingMain{hold: hold}
		code := verifyMain(m, New(), &out)
		want, wantText := 0, ""
		if hold {
			want, wantText = 1, "open at end: 1 × sync.Mutex"
		}
		if code != want || !strings.Contains(out.String(), wantText) {
			t.Errorf("hold=%v: exit code %d, output %q; want %d and %q", hold, code, out.String(), want, wantText)
		}
		if hold {
			m.mu.Unlock()
		}
	}
}
