package runtime

import (
	"context"
	"strings"
	"testing"
)

// fakeMain stands in for *testing.M: it runs "tests" that use the
// context path, as instrumented code would.
type fakeMain struct {
	code int
	leak bool
}

func (m *fakeMain) Run() int {
	//leakvet:ignore the fake tests leak on purpose when m.leak is set
	h, _ := Track(context.Background(), "net.Conn", "from a test")
	if !m.leak {
		h.Close()
	}
	return m.code
}

func TestVerifyMain(t *testing.T) {
	type verifyCase struct {
		name     string
		m        fakeMain
		want     int
		wantText string
	}
	cases := []verifyCase{
		{name: "clean", m: fakeMain{}, want: 0},
		{name: "failing tests keep their code", m: fakeMain{code: 3, leak: true}, want: 3},
	}
	if Enabled {
		// Only the context path reaches the default tracker, and it needs
		// the build tag.
		cases = append(cases, verifyCase{name: "leak", m: fakeMain{leak: true}, want: 1, wantText: `runtime: 1 resource open at end`})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			tr := New()
			if got := verifyMain(&c.m, tr, &out); got != c.want {
				t.Errorf("exit code = %d, want %d (output %q)", got, c.want, out.String())
			}
			if !strings.Contains(out.String(), c.wantText) {
				t.Errorf("output %q lacks %q", out.String(), c.wantText)
			}
			//leakvet:ignore borrowed: the default tracker belongs to VerifyMain
			if defaultTracker.Load() != nil {
				t.Error("VerifyMain left its tracker as the default")
			}
		})
	}
}
