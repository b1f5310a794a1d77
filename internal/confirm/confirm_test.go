package confirm

import (
	"flag"
	"slices"
	"testing"
)

// analyzerFlags stands for the analyzer's flags: one boolean, one with a value.
func analyzerFlags() *flag.FlagSet {
	fs := flag.NewFlagSet("leakvet", flag.ContinueOnError)
	fs.Bool("takeover", false, "")
	fs.String("borrowers", "", "")
	return fs
}

func TestAsksForConfirm(t *testing.T) {
	tests := []struct {
		args []string
		want bool
	}{
		{[]string{"-confirm", "./..."}, true},
		{[]string{"--confirm=true", "./..."}, true},
		{[]string{"-json", "-confirm-run=X", "./..."}, true},
		{[]string{"-takeover", "-confirm", "./..."}, true},
		{[]string{"-borrowers", "example.com/x.F", "-confirm", "./..."}, true}, // a flag's value is no pattern
		{[]string{"-borrowers=example.com/x.F", "-confirm", "./..."}, true},
		{[]string{"-c", "3", "-confirm", "./..."}, true},
		{[]string{"-confirmed-only", "./..."}, false},
		{[]string{"./...", "-confirm"}, false}, // a pattern ends the flags
		{[]string{"--", "-confirm"}, false},
		{[]string{"-borrowers", "-confirm"}, false}, // the value of -borrowers
		{nil, false},
	}
	for _, tt := range tests {
		if got := asksForConfirm(newFlagSet(&options{}, analyzerFlags()), tt.args); got != tt.want {
			t.Errorf("asksForConfirm(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}

// TestDescribeFlags checks that the -confirm flags are described for
// -help, and left out of -flags, which go vet reads.
func TestDescribeFlags(t *testing.T) {
	all := []string{"confirm", "confirm-count", "confirm-race", "confirm-run", "confirm-timeout"}
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"-help"}, all},
		{[]string{"./..."}, all},
		{[]string{"-flags"}, nil},
		{[]string{"--flags=true"}, nil},
		{[]string{"-json", "-flags"}, nil},
		{[]string{"-flags=false", "./..."}, all},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("leakvet", flag.ContinueOnError)
		DescribeFlags(fs, tt.args)
		var got []string
		fs.VisitAll(func(f *flag.Flag) { got = append(got, f.Name) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("DescribeFlags with %q defines %q, want %q", tt.args, got, tt.want)
		}
	}
}
