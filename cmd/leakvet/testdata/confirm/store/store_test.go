package store_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"

	"example.com/confirm/store"
)

// dir returns a real directory holding data.txt, as a tracked file system.
func dir(t *testing.T) fs.FS {
	d := t.TempDir()
	if err := os.WriteFile(filepath.Join(d, "data.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	return leakruntime.WrapFS(os.DirFS(d), leakruntime.ForTest(t))
}

// TestSize reaches Size's acquisition; Stat succeeds, so the file is
// closed each time.
func TestSize(t *testing.T) {
	fsys := dir(t)
	for range 2 {
		if n, err := store.Size(fsys, "data.txt"); err != nil || n != 5 {
			t.Fatalf("Size = %d, %v", n, err)
		}
	}
}

// TestVisit hands Visit a function that reads the file and forgets to
// close it.
func TestVisit(t *testing.T) {
	fsys := dir(t)
	err := store.Visit(fsys, "data.txt", func(f fs.File) error {
		_, err := f.Stat()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
