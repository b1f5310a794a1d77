package confirm

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"fmt"
	"go/build/constraint"
	"io/fs"
	"path"
	"strings"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// The tracker in the module under test
//
// The instrumented files import a copy of leakvet's runtime package that
// lives, in the overlay only, in a directory of the module's own root:
// a package of the main module needs no requirement in go.mod. The copy
// is made from the sources embedded in the runtime package, plus the
// files of hooks/, whose functions the instrumented sites call.

//go:embed hooks/*.go
var hooksSource embed.FS

// trackerLanguage is the language version of leakvet's go.mod, which the
// runtime package is written in. Each file of the copy says so in its
// build constraint, which sets its language version whatever the
// module's go.mod says (TestTrackerLanguage keeps the two in step).
const trackerLanguage = "go1.26"

// trackerPkgPath is the import path of leakvet's runtime package, which
// -confirm does not instrument (TestTrackerPkgPath keeps it in step).
const trackerPkgPath = "github.com/leakvet/leakvet/runtime"

// oldPkgPath is the import path of the runtime package, which its
// options name so that reports drop its frames; the copy names its own.
const oldPkgPath = `const pkgPath = "github.com/leakvet/leakvet/runtime"`

// trackerDirName returns the name of the directory of the copy: one that
// no module has, and the same for one leakvet binary, so that the go
// command's cache compiles the copy once.
func trackerDirName() string {
	h := sha256.New()
	// The embedded files can always be read; an error would only make
	// the name less telling, never wrong.
	for _, fsys := range []fs.FS{hooksSource, leakruntime.Source()} {
		_ = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				data, _ := fs.ReadFile(fsys, name)
				fmt.Fprintf(h, "%s %d\n", name, len(data))
				h.Write(data)
			}
			return nil
		})
	}
	return fmt.Sprintf("leakvet_instrument_%x", h.Sum(nil)[:4])
}

// trackerFiles returns the files of the copy, by name, for the import
// path pkgPath: the runtime package's Go files without its tests, each
// kept or dropped as the go command would without the leakvet tag (the
// tracker is used explicitly, and with the tag the locks of the code
// under test would be tracked too), and the hooks.
//
// The assembler cannot read an overlay (it runs in the package's
// directory, which does not exist on disk), so the copy is built as on an
// architecture for which the package has no assembly: the files that need
// it are dropped and their portable counterparts kept.
func trackerFiles(pkgPath string) (map[string][]byte, error) {
	src := leakruntime.Source()
	entries, err := fs.ReadDir(src, ".")
	if err != nil {
		return nil, err
	}
	tags := map[string]bool{"leakvet": false}
	for _, e := range entries {
		if arch, ok := strings.CutSuffix(e.Name(), ".s"); ok {
			tags[arch[strings.LastIndex(arch, "_")+1:]] = false
		}
	}
	files := map[string][]byte{}
	renamed := 0
	for _, e := range entries {
		name := e.Name()
		if path.Ext(name) != ".go" || strings.HasSuffix(name, "_test.go") {
			continue
		}
		data, err := fs.ReadFile(src, name)
		if err != nil {
			return nil, err
		}
		if bytes.Contains(data, []byte("\n//go:embed ")) {
			continue // Source: an overlay has no files to embed, and the copy no use for them
		}
		if bytes.Contains(data, []byte(oldPkgPath)) {
			data = bytes.Replace(data, []byte(oldPkgPath), []byte(`const pkgPath = "`+pkgPath+`"`), 1)
			renamed++
		}
		data, keep, err := constrain(data, tags)
		if err != nil {
			return nil, fmt.Errorf("runtime/%s: %v", name, err)
		}
		if keep {
			files[name] = data
		}
	}
	if renamed != 1 {
		return nil, fmt.Errorf("the runtime package's sources name their import path %d times, want once", renamed)
	}
	hooks, err := fs.ReadDir(hooksSource, "hooks")
	if err != nil {
		return nil, err
	}
	for _, e := range hooks {
		data, err := fs.ReadFile(hooksSource, "hooks/"+e.Name())
		if err != nil {
			return nil, err
		}
		data, _, err = constrain(data, map[string]bool{"ignore": true})
		if err != nil {
			return nil, fmt.Errorf("hooks/%s: %v", e.Name(), err)
		}
		files["instrument_"+e.Name()] = data
	}
	return files, nil
}

// constrain replaces the //go:build line of a file, if any, with one
// that requires trackerLanguage and what remains of the original once the
// tags in known have their values there (the other tags stay for the go
// command to decide). keep is false when the file is never built that way.
func constrain(data []byte, known map[string]bool) (out []byte, keep bool, err error) {
	lines := bytes.SplitAfter(data, []byte("\n"))
	expr := constraint.Expr(&constraint.TagExpr{Tag: trackerLanguage})
	for i, line := range lines {
		text := string(bytes.TrimSpace(line))
		if strings.HasPrefix(text, "package ") {
			break
		}
		if !constraint.IsGoBuild(text) {
			continue
		}
		e, err := constraint.Parse(text)
		if err != nil {
			return nil, false, err
		}
		rest, decided, value := simplify(e, known)
		if decided && !value {
			return nil, false, nil
		}
		if !decided {
			expr = &constraint.AndExpr{X: expr, Y: rest}
		}
		lines[i] = nil
	}
	head := "//go:build " + expr.String() + "\n\n"
	return append([]byte(head), bytes.Join(lines, nil)...), true, nil
}

// simplify gives the tags in known their values in e. When the result
// does not depend on the other tags, decided is true and value is the
// result; otherwise rest is what remains to decide.
func simplify(e constraint.Expr, known map[string]bool) (rest constraint.Expr, decided, value bool) {
	switch e := e.(type) {
	case *constraint.TagExpr:
		if v, ok := known[e.Tag]; ok {
			return nil, true, v
		}
		return e, false, false
	case *constraint.NotExpr:
		x, decided, value := simplify(e.X, known)
		if decided {
			return nil, true, !value
		}
		return &constraint.NotExpr{X: x}, false, false
	case *constraint.AndExpr, *constraint.OrExpr:
		var x, y constraint.Expr
		isAnd := false
		if and, ok := e.(*constraint.AndExpr); ok {
			x, y, isAnd = and.X, and.Y, true
		} else {
			or := e.(*constraint.OrExpr)
			x, y = or.X, or.Y
		}
		xr, xk, xv := simplify(x, known)
		yr, yk, yv := simplify(y, known)
		switch {
		case xk && yk && isAnd:
			return nil, true, xv && yv
		case xk && yk:
			return nil, true, xv || yv
		case xk && xv == !isAnd: // true || y, false && y
			return nil, true, xv
		case yk && yv == !isAnd:
			return nil, true, yv
		case xk: // true && y, false || y
			return yr, false, false
		case yk:
			return xr, false, false
		case isAnd:
			return &constraint.AndExpr{X: xr, Y: yr}, false, false
		}
		return &constraint.OrExpr{X: xr, Y: yr}, false, false
	}
	return e, false, false
}
