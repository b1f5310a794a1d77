package runtime_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// tempFS returns a real directory holding data.csv and sub/, as an fs.FS.
func tempFS(t *testing.T) fs.FS {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "data.csv"), []byte("a,b\n1,2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o700); err != nil {
		t.Fatal(err)
	}
	return os.DirFS(dir)
}

func TestWrapFSTracksRealFiles(t *testing.T) {
	tr := leakruntime.New()
	fsys := leakruntime.WrapFS(tempFS(t), tr)

	f, err := fsys.Open("data.csv")
	if err != nil {
		t.Fatal(err)
	}
	if snap := tr.Snapshot(); len(snap) != 1 || snap[0].Kind != leakruntime.KindFile || snap[0].Name != "data.csv" {
		t.Fatalf("open file not tracked: %+v", snap)
	}
	// An *os.File keeps its optional methods through the wrapper.
	if _, ok := f.(io.Seeker); !ok {
		t.Error("wrapped *os.File lost io.Seeker")
	}
	buf := make([]byte, 3)
	if _, err := f.(io.ReaderAt).ReadAt(buf, 4); err != nil || string(buf) != "1,2" {
		t.Errorf("ReadAt = %q, %v", buf, err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	// Helpers that open and close through the wrapper leave nothing open.
	if data, err := fs.ReadFile(fsys, "data.csv"); err != nil || len(data) == 0 {
		t.Fatalf("ReadFile: %q, %v", data, err)
	}
	if entries, err := fs.ReadDir(fsys, "."); err != nil || len(entries) != 2 {
		t.Fatalf("ReadDir: %v, %v", entries, err)
	}
	if err := tr.Close(); err != nil {
		t.Fatalf("after closing every file: %v", err)
	}
}

func TestWrapFSReportsLeakedFile(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close() // last: the file system does not close tr
	fsys := leakruntime.WrapFS(tempFS(t), tr)
	f, err := fsys.Open("data.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep := tr.Check()
	if len(rep.Leaks) != 1 {
		t.Fatalf("leaks = %+v, want the open file", rep.Leaks)
	}
	if site := rep.Leaks[0].Stack[0].Function; site != thisPkg+"TestWrapFSReportsLeakedFile" {
		t.Errorf("file reported as opened in %s, want the test (wrapper frames skipped)", site)
	}
}

func TestWrapFSAbandonedFile(t *testing.T) {
	tr := leakruntime.New(leakruntime.DetectAbandoned(true))
	defer tr.Close()
	openAndDrop(t, leakruntime.WrapFS(tempFS(t), tr))
	rep := checkUntil(tr, func(r *leakruntime.Report) bool { return countHow(r, leakruntime.Abandoned) == 1 })
	if countHow(rep, leakruntime.Abandoned) != 1 || rep.Leaks[0].Name != "data.csv" {
		t.Fatalf("leaks = %+v, want data.csv abandoned", rep.Leaks)
	}
}

//go:noinline
func openAndDrop(t *testing.T, fsys fs.FS) {
	//leakvet:ignore deliberately dropped: the test checks it is reported as abandoned
	if _, err := fsys.Open("data.csv"); err != nil {
		t.Fatal(err)
	}
}

func TestWrapFSKeepsOptionalInterfaces(t *testing.T) {
	tr := leakruntime.New()
	fsys := leakruntime.WrapFS(fstest.MapFS{"dir/f.txt": {Data: []byte("x")}}, tr)
	dir, err := fsys.Open("dir")
	if err != nil {
		t.Fatal(err)
	}
	if rd, ok := dir.(fs.ReadDirFile); !ok {
		t.Error("directory lost fs.ReadDirFile")
	} else if entries, err := rd.ReadDir(-1); err != nil || len(entries) != 1 {
		t.Errorf("ReadDir = %v, %v", entries, err)
	}
	dir.Close()
	if err := fstest.TestFS(fsys, "dir/f.txt"); err != nil {
		t.Errorf("wrapped FS fails fstest.TestFS: %v", err)
	}
	// fstest.TestFS closes every file it opens, and closes some twice on
	// purpose to check that this does not crash: the tracker sees both.
	rep := tr.Check()
	if len(rep.Leaks) != 0 {
		t.Errorf("fstest.TestFS leaked files: %v", rep)
	}
	if len(rep.DoubleCloses) == 0 {
		t.Error("fstest.TestFS's deliberate double closes were not reported")
	}
	for _, d := range rep.DoubleCloses {
		if !strings.HasPrefix(d.SecondClose[0].Function, "testing/fstest.") {
			t.Errorf("unexpected double close of %s at %s", d.Name, d.SecondClose[0])
		}
	}
}

func TestWrapFSClosedTracker(t *testing.T) {
	tr := leakruntime.New()
	tr.Close()
	f, err := leakruntime.WrapFS(tempFS(t), tr).Open("data.csv")
	if err == nil {
		f.Close()
	}
	if !errors.Is(err, leakruntime.ErrClosed) || !strings.Contains(err.Error(), "open data.csv") {
		t.Errorf("Open after Close = %v, want a path error wrapping ErrClosed", err)
	}
}

func TestWrapFSNilTracker(t *testing.T) {
	fsys := fstest.MapFS{}
	if got := leakruntime.WrapFS(fsys, nil); got == nil {
		t.Fatal("WrapFS(fsys, nil) = nil")
	} else if _, ok := got.(fstest.MapFS); !ok {
		t.Errorf("WrapFS(fsys, nil) = %T, want fsys itself", got)
	}
}
