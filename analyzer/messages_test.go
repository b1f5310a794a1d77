package analyzer

import "testing"

// TestNeverReleasedWording checks how the message of a value that no path
// closes lists the exits that leave it open: all of them up to four, the
// first three and a count past that.
func TestNeverReleasedWording(t *testing.T) {
	s := subject{source: "os.Open", name: "f", kind: closer}
	ret := func(lines ...int) []exit {
		var es []exit
		for _, l := range lines {
			es = append(es, exit{line: l})
		}
		return es
	}
	for _, tc := range []struct {
		exits []exit
		want  string
	}{
		{ret(12, 20), "f returned by os.Open is not closed on any path: it is left open at the return at line 12 and the return at line 20 (possible resource leak)"},
		{append(ret(12, 14, 16), exit{line: 20, implicit: true}), "f returned by os.Open is not closed on any path: it is left open at the return at line 12, the return at line 14, the return at line 16 and the end of the function at line 20 (possible resource leak)"},
		{ret(3, 5, 7, 9, 11, 13), "f returned by os.Open is not closed on any path: it is left open at the return at line 3, the return at line 5, the return at line 7 and 3 other exits (possible resource leak)"},
	} {
		if got := msgNeverReleased(s, tc.exits); got != tc.want {
			t.Errorf("msgNeverReleased(%v):\n got %s\nwant %s", tc.exits, got, tc.want)
		}
	}
}
