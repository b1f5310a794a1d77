package a

import (
	"io"
	"net/http"
	"os"

	"review29/dep"
	"review29/hook"
	_ "review29/hook"
)

// another package (hook) reassigns dep.Open in its init.
// A1: dep.Open is os.Open once hook (which a imports) has run.
func A1(p string) error {
	f, err := dep.Open(p) // known miss: another package assigns the variable
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A2: hook.UseOSForLit replaced dep.Lit with os.Open.
func A2(p string) error {
	hook.UseOSForLit()
	f, err := dep.Lit(p) // known miss: another package assigns the variable
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A3: set twice in init: unknown, a new file.
func A3(p string) error {
	f, err := dep.Open2(p) // want `f returned by dep.Open2 is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

func A4(p string) error {
	f, err := dep.Open3(p) // want `f returned by dep.Open3 is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A5 is fine: Open4 is cached or nil.
func A5(p string) error {
	f, err := dep.Open4(p)
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A6 is fine: Lit gives the cached file... unless hook replaced it,
// which A2 does: a leak.
func A6(p string) error {
	f, err := dep.Lit(p) // known miss: another package assigns the variable
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

func A7(p string) error {
	f, err := dep.LitOpen(p) // want `f returned by dep.LitOpen is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A8 is fine: closed through the method expression.
func A8(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	return dep.CloseFile(f)
}

// Was missed: StatFile has no fact (its summary is trivial), so a call is unknown.
// A9: Stat does not close.
func A9(p string) error {
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	_, err = dep.StatFile(f)
	return err
}

// A10 is fine.
func A10(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	return dep.CloseAny(f)
}

func A11(u string) error {
	resp, err := dep.Get(u) // want `resp returned by dep.Get is not closed|resp.Body`
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

func A12(u string) error {
	c, err := dep.Dial("tcp", u) // want `c returned by dep.Dial is not closed`
	if err != nil {
		return err
	}
	_, err = c.Write(nil)
	return err
}

func A13(u string) error {
	db, err := dep.SQLOpen("x", u) // want `db returned by dep.SQLOpen is not closed`
	if err != nil {
		return err
	}
	return db.Ping()
}

func A14() error {
	f, err := dep.CreateTemp("", "x") // want `f returned by dep.CreateTemp is not closed`
	if err != nil {
		return err
	}
	_, err = f.Write(nil)
	return err
}

func A15(fd uintptr) error {
	f := dep.NewFile(fd, "x") // want `f returned by dep.NewFile is not closed`
	_, err := f.Write(nil)
	return err
}

func A16() error {
	r, w, err := dep.Pipe() // want `r returned by dep.Pipe is not closed` `w returned by dep.Pipe is not closed`
	if err != nil {
		return err
	}
	_, err = w.Write(nil)
	_, _ = r.Read(nil)
	return err
}

// A17: leakvet takes gzip.NewWriter's result to stand for w (see
// wrappers), so a direct call is silent too: fine.
func A17(w io.Writer) error {
	zw := dep.GzipWriter(w)
	_, err := zw.Write(nil)
	return err
}

// Was missed: ReadAll gets no fact; the borrowers table is not applied.
// A18: the file read through the alias of io.ReadAll is not closed.
func A18(p string) error {
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	_, err = dep.ReadAll(f)
	return err
}

// (closeIfErr's own fact says "keeps p0", a direct call misses too)
// A19: CloseIfErr closes only on error.
func A19(p string) error {
	f, err := os.Open(p) // known miss: closeIfErr keeps what it may close
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return dep.CloseIfErr(f, err)
}

// A20 is fine.
func A20(p string) {
	f, err := os.Open(p)
	if err != nil {
		return
	}
	dep.CloseQuietly(f)
}

// A21 is fine: kept.
func A21(p string) {
	f, err := os.Open(p)
	if err != nil {
		return
	}
	dep.Keep(f)
}

// A22: First gives f back, and it is dropped.
func A22(p string) {
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return
	}
	g := dep.First(f)
	_, _ = g.Read(nil)
}

// A23 is fine: a named type holding cached.
func A23(p string) error {
	f, err := dep.Named(p)
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

func A24(p string) error {
	f, err := dep.GenOpen(p, 1) // want `f returned by dep.GenOpen is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A25 is fine.
func A25(p string) error {
	f, err := dep.GenCached(p, 1)
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A26: the second file is new.
func A26(p string) error {
	c, f, err := dep.Pair(p) // want `f returned by dep.Pair is not closed`
	if err != nil {
		return err
	}
	_, _ = c.Read(nil)
	_, err = f.Read(nil)
	return err
}

// A27: SetHook is assigned by Install.
func A27(p string) error {
	f, err := dep.SetHook(p) // want `f returned by dep.SetHook is not closed`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

// A28: http.Head: no body.
func A28(u string) error {
	resp, err := dep.Head(u)
	if err != nil {
		return err
	}
	_ = resp.StatusCode
	return nil
}

// A29 is fine: NopCloser.
func A29(r io.Reader) error {
	rc := dep.Nop(r)
	_, err := rc.Read(nil)
	return err
}

var _ = http.Get
