package analyzer

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignorePrefix starts a suppression comment: //leakvet:ignore <reason>.
const ignorePrefix = "//leakvet:"

// ignores holds the lines that a //leakvet:ignore comment covers: its own
// line and the line after it.
type ignores struct {
	lines map[string]map[int]bool // by file name
}

// readIgnores collects the suppression comments of the package and
// reports the malformed ones.
func readIgnores(pass *analysis.Pass) *ignores {
	ig := &ignores{lines: map[string]map[int]bool{}}
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			for _, cm := range group.List {
				if !strings.HasPrefix(cm.Text, ignorePrefix) {
					continue
				}
				directive, reason, _ := strings.Cut(cm.Text, " ")
				reason, _, _ = strings.Cut(reason, "//") // a trailing comment is no reason
				switch {
				case directive != ignorePrefix+"ignore":
					pass.Reportf(cm.Pos(), msgUnknownDirective, directive)
				case strings.TrimSpace(reason) == "":
					pass.Reportf(cm.Pos(), msgIgnoreNoReason)
				default:
					ig.add(pass.Fset.Position(cm.Pos()))
				}
			}
		}
	}
	return ig
}

func (ig *ignores) add(p token.Position) {
	m := ig.lines[p.Filename]
	if m == nil {
		m = map[int]bool{}
		ig.lines[p.Filename] = m
	}
	m[p.Line] = true
	m[p.Line+1] = true
}

// covers reports whether a suppression comment covers the position.
func (ig *ignores) covers(p token.Position) bool {
	return ig.lines[p.Filename][p.Line]
}
