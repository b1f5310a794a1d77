package driver

import (
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"

	"golang.org/x/tools/go/analysis"
)

// errSkipped is what the analysis of a package that does not parse or
// type-check, or imports one that does not, reports, in the in-process
// driver's words.
const errSkipped = "analysis skipped due to errors in package"

// check parses and type-checks u, whose imports are done, and runs a on
// it. It keeps u's types, for its importers, and its diagnostics, as text;
// the syntax, type information and analysis results are dropped on return.
func (r *run) check(u *unit, a *analysis.Analyzer) error {
	files, info := r.parseAndCheck(u, true)
	if u.illTyped {
		u.analyzer = r.root.Name
		return nil // its errors are reported; nothing is analyzed
	}
	pkg := u.types

	var module *analysis.Module
	if m := u.pkg.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	results := map[*analysis.Analyzer]any{}
	var exec func(a *analysis.Analyzer) error
	exec = func(a *analysis.Analyzer) error {
		if _, done := results[a]; done {
			return nil
		}
		inputs := map[*analysis.Analyzer]any{}
		for _, req := range a.Requires {
			if err := exec(req); err != nil {
				return err
			}
			inputs[req] = results[req]
		}
		pass := &analysis.Pass{
			Analyzer: a, Fset: r.fset, Files: files, Pkg: pkg, TypesInfo: info, TypesSizes: r.sizes,
			Module: module, ResultOf: inputs, ReadFile: os.ReadFile,
			Report: func(analysis.Diagnostic) {},
		}
		if a == r.root || a == r.deps {
			u.analyzer = a.Name
			pass.Report = func(d analysis.Diagnostic) { u.diagnostics = append(u.diagnostics, r.record(d)) }
		}
		r.facts.passFacts(pass, u)
		res, err := a.Run(pass)
		if err != nil {
			return fmt.Errorf("%s: %v", a.Name, err)
		}
		results[a] = res
		return nil
	}
	return exec(a)
}

// typeCheck type-checks u without the bodies of its functions, for the
// units that import it.
func (r *run) typeCheck(u *unit) error {
	r.parseAndCheck(u, false)
	if len(u.errors) > 0 {
		// A cached unit analyzed without errors before: its files
		// changed since it was hashed.
		return fmt.Errorf("%s: %s", u.id, u.errors[0])
	}
	return nil
}

// parseAndCheck parses u's files and type-checks them, as go/packages
// does; without bodies, it records no type information. It records in
// u the errors of both, as go/packages spells them, and marks u
// ill-typed when there are any or when an import is ill-typed; the types
// it makes of what did check are still u's, for its importers.
func (r *run) parseAndCheck(u *unit, bodies bool) ([]*ast.File, *types.Info) {
	var files []*ast.File
	for _, name := range u.files {
		f, err := parser.ParseFile(r.fset, name, nil, parser.AllErrors|parser.ParseComments)
		var list scanner.ErrorList
		switch {
		case errors.As(err, &list):
			for _, e := range list {
				u.errors = append(u.errors, e.Pos.String()+": "+e.Msg)
			}
		case err != nil:
			u.errors = append(u.errors, err.Error())
		}
		if f != nil {
			files = append(files, f)
		}
	}
	conf := &types.Config{
		Importer:         importer(u),
		Sizes:            r.sizes,
		GoVersion:        goVersion(u),
		IgnoreFuncBodies: !bodies,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				u.errors = append(u.errors, te.Fset.Position(te.Pos).String()+": "+te.Msg)
				return
			}
			u.errors = append(u.errors, err.Error())
		},
	}
	var info *types.Info
	if bodies {
		info = &types.Info{
			Types:        map[ast.Expr]types.TypeAndValue{},
			Defs:         map[*ast.Ident]types.Object{},
			Uses:         map[*ast.Ident]types.Object{},
			Implicits:    map[ast.Node]types.Object{},
			Instances:    map[*ast.Ident]types.Instance{},
			Scopes:       map[ast.Node]*types.Scope{},
			Selections:   map[*ast.SelectorExpr]*types.Selection{},
			FileVersions: map[*ast.File]string{},
		}
	}
	pkg := types.NewPackage(u.path, u.pkg.Name)
	// Every error went to conf.Error; the first one comes back here too.
	_ = types.NewChecker(conf, r.fset, pkg, info).Files(files)
	u.types = pkg
	for _, d := range u.deps {
		u.illTyped = u.illTyped || d.illTyped
	}
	u.illTyped = u.illTyped || len(u.errors) > 0
	return files, info
}

// importer resolves the imports of u to the types of its imports.
func importer(u *unit) types.Importer {
	return importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		d, ok := u.imports[path]
		if !ok || d.types == nil {
			return nil, fmt.Errorf("no metadata for %s", path)
		}
		return d.types, nil
	})
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// goVersion is the language version the package is checked with: that of
// its module, as go/packages does, and none for the standard library.
func goVersion(u *unit) string {
	if m := u.pkg.Module; m != nil && m.GoVersion != "" {
		return "go" + m.GoVersion
	}
	return ""
}

// A diagnostic is an analysis.Diagnostic with its positions spelled out,
// which outlives the syntax and the file set.
type diagnostic struct {
	Category string    `json:"category,omitempty"`
	Posn     string    `json:"posn"`
	End      string    `json:"end"`
	Message  string    `json:"message"`
	Fixes    []fix     `json:"suggested_fixes,omitempty"`
	Related  []related `json:"related,omitempty"`
	rawEnd   string    // the end as the text output compares it
}

type fix struct {
	Message string `json:"message"`
	Edits   []edit `json:"edits"`
}

type edit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type related struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// record spells out the positions of d, in the JSON form of
// golang.org/x/tools/go/analysis drivers.
func (r *run) record(d analysis.Diagnostic) diagnostic {
	pos := func(p token.Pos) string { return r.fset.Position(p).String() }
	out := diagnostic{
		Category: d.Category, Posn: pos(d.Pos), End: pos(cmp.Or(d.End, d.Pos)), Message: d.Message,
		rawEnd: pos(d.End),
	}
	for _, f := range d.SuggestedFixes {
		jf := fix{Message: f.Message}
		for _, e := range f.TextEdits {
			start, end := r.fset.Position(e.Pos), r.fset.Position(e.End)
			jf.Edits = append(jf.Edits, edit{Filename: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
		}
		out.Fixes = append(out.Fixes, jf)
	}
	for _, rel := range d.Related {
		out.Related = append(out.Related, related{Posn: pos(rel.Pos), End: pos(cmp.Or(rel.End, rel.Pos)), Message: rel.Message})
	}
	return out
}

var defaultSizes = types.SizesFor("gc", build.Default.GOARCH)
