package driver

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// A listedPackage is the part of `go list -json` output that a unit needs.
type listedPackage struct {
	ImportPath        string // for a test variant, "p [p.test]"
	Name              string
	Dir               string
	GoFiles           []string
	CgoFiles          []string
	CompiledGoFiles   []string
	IgnoredGoFiles    []string
	IgnoredOtherFiles []string
	Imports           []string          // resolved, as IDs
	ImportMap         map[string]string // import path in the source → ID, where they differ
	DepOnly           bool
	Module            *struct {
		Path, Version, GoVersion string
	}
	Error *struct {
		Pos, Err    string
		ImportStack []string
	}
}

// A unit is one package of a run: a package that the command line names
// (a root) or one that a root imports, directly or not.
type unit struct {
	pkg   *listedPackage
	id    string   // package ID, as go/packages names it
	path  string   // package path, without the test variant suffix
	files []string // absolute paths of the Go files to type-check
	deps  []*unit  // direct imports (unsafe excluded)
	// rawImports lists the import paths as written in the source, sorted,
	// as singlechecker's driver orders its visit; imports maps each to
	// the imported unit.
	rawImports []string
	imports    map[string]*unit
	root       bool
	// importsUnsafe records an import of unsafe, which needs no unit.
	importsUnsafe bool

	done        chan struct{}  // closed when the unit is analyzed, or failed
	err         error          // why it failed
	types       *types.Package // once type-checked
	analyzer    string         // name of the analyzer that reported diagnostics
	diagnostics []diagnostic   // what the analyzer reported, for a root
	// errors are the package's parse and type errors, as go/packages
	// spells them; illTyped is set when it has any or an import is
	// ill-typed, and the package is then not analyzed.
	errors   []string
	illTyped bool

	key         [32]byte    // cache key, see plan
	cached      *cachedUnit // the cache's entry, if any
	typesNeeded bool        // a unit that imports this one is analyzed
}

// errUnsuitable reports that the packages are better served by the
// in-process driver, which reports their errors in its own words.
var errUnsuitable = errors.New("packages not suited to per-package analysis")

// listUnits runs go list on patterns and returns the units in dependency
// order (every unit after its imports), or errUnsuitable when nothing
// matched or go list reports an error that listError does not handle.
func listUnits(patterns []string, tests bool) ([]*unit, error) {
	args := []string{"list", "-e", "-deps", "-compiled", "-test=" + fmt.Sprint(tests),
		"-json=ImportPath,Name,Dir,GoFiles,CgoFiles,CompiledGoFiles,IgnoredGoFiles,IgnoredOtherFiles,Imports,ImportMap,DepOnly,Module,Error",
		"--"}
	cmd := exec.Command("go", append(args, patterns...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || !quietList(stderr.String()) {
		return nil, errUnsuitable
	}
	var units []*unit
	byID := map[string]*unit{}
	seen := map[string]bool{}
	dec := json.NewDecoder(&stdout)
	for {
		p := new(listedPackage)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading go list output: %v", err)
		}
		if seen[p.ImportPath] {
			return nil, errUnsuitable // a variant go list makes up for an import error
		}
		seen[p.ImportPath] = true
		if p.ImportPath == "unsafe" {
			continue // types.Unsafe: nothing to analyze
		}
		u := &unit{pkg: p, id: p.ImportPath, path: packagePath(p.ImportPath), root: !p.DepOnly, imports: map[string]*unit{}}
		u.files = p.CompiledGoFiles
		if len(u.files) == 0 {
			u.files = p.GoFiles // a test main: its file is generated
		}
		if p.Error != nil {
			files, msg, ok := listError(p)
			if !ok {
				return nil, errUnsuitable
			}
			u.files, u.errors = files, []string{msg}
		} else if len(u.files) == 0 {
			if u.root {
				continue // only test files, not asked for: nothing to report
			}
			return nil, errUnsuitable
		}
		u.files = absolute(p.Dir, u.files)
		raw := map[string]string{} // import path in the source → ID
		mapped := map[string]bool{}
		for r, id := range p.ImportMap {
			raw[r] = id
			mapped[id] = true
		}
		for _, id := range p.Imports {
			if !mapped[id] {
				raw[id] = id
			}
		}
		for r, id := range raw {
			if id == "unsafe" {
				u.importsUnsafe = true
				continue
			}
			if id == "C" {
				continue // cgo: the compiled files import what it needs
			}
			dep, ok := byID[id]
			if !ok {
				return nil, errUnsuitable // go list lists imports first
			}
			u.imports[r] = dep
			u.rawImports = append(u.rawImports, r)
		}
		sort.Strings(u.rawImports)
		seen := map[*unit]bool{}
		for _, r := range u.rawImports {
			if d := u.imports[r]; !seen[d] {
				seen[d] = true
				u.deps = append(u.deps, d)
			}
		}
		byID[u.id] = u
		units = append(units, u)
	}
	roots := 0
	for _, u := range units {
		if u.root {
			roots++
		}
	}
	if roots == 0 {
		return nil, errUnsuitable
	}
	return units, nil
}

// quietList reports whether what go list wrote on stderr, when it
// succeeded, says nothing of the packages listed: modules it downloaded,
// and the C compiler's warnings from the cgo step that -compiled runs on
// a cold build cache ("# github.com/mattn/go-sqlite3" and the warnings
// under it). Anything else from the go command sends the run to the
// in-process driver, which reports it in its own words.
func quietList(stderr string) bool {
	cgo := false // inside the output of a cgo step, after its "# path" line
	for line := range strings.Lines(stderr) {
		line = strings.TrimRight(line, "\n")
		switch {
		case line == "":
		case strings.HasPrefix(line, "go: downloading "), strings.HasPrefix(line, "go: extracting "):
		case strings.HasPrefix(line, "# "):
			cgo = true
		case strings.HasPrefix(line, "go: "), !cgo:
			return false
		}
	}
	return true
}

// listError returns the files that go/packages type-checks for a package
// that go list reports an error for (a cgo package whose cgo step failed,
// an import that no module provides), and the error as go/packages spells
// it. ok is false for the shapes that it treats in ways not copied here.
func listError(p *listedPackage) (files []string, msg string, ok bool) {
	msg = strings.TrimSpace(p.Error.Err)
	if strings.HasPrefix(msg, "import cycle not allowed") || filepath.IsAbs(p.ImportPath) {
		return nil, "", false
	}
	pos := cmp.Or(p.Error.Pos, "-")
	for _, f := range p.CompiledGoFiles {
		if ext := filepath.Ext(f); ext == ".go" || ext == "" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		files = append(slices.Clip(p.GoFiles), p.CgoFiles...)
	}
	if len(files) == 0 {
		// go/packages takes the file that the error names for one of
		// the package's (golang.org/issue/39986).
		stack := p.Error.ImportStack
		if len(stack) == 0 || stack[len(stack)-1] == p.ImportPath {
			for _, s := range []string{p.Error.Pos, p.Error.Err} {
				name := strings.TrimSpace(strings.Split(s, ":")[0])
				if name == "" {
					continue
				}
				if _, err := os.Stat(name); err == nil {
					files = []string{name}
					break
				}
			}
		}
	}
	return files, pos + ": " + msg, true
}

// packagePath strips the test variant suffix from a package ID:
// "p [p.test]" is package p compiled with its tests.
func packagePath(id string) string {
	if i := strings.Index(id, " ["); i >= 0 {
		return id[:i]
	}
	return id
}

func absolute(dir string, files []string) []string {
	out := make([]string, len(files))
	for i, f := range files {
		if !filepath.IsAbs(f) {
			f = filepath.Join(dir, f)
		}
		out[i] = f
	}
	return out
}
