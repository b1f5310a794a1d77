package files

import (
	"os"
	"path/filepath"
	"testing"
)

func write(t *testing.T, content string) string {
	name := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// TestHeaderShort takes Header's leaking path: the file is too short.
func TestHeaderShort(t *testing.T) {
	if _, err := Header(write(t, "ab")); err == nil {
		t.Fatal("Header of a 2-byte file succeeded")
	}
}

// TestSize opens and closes Size's file twice.
func TestSize(t *testing.T) {
	name := write(t, "hello")
	for range 2 {
		if n, err := Size(name); err != nil || n != 5 {
			t.Fatalf("Size = %d, %v", n, err)
		}
	}
}

// TestVisit hands Visit a function that reads the file's size and forgets
// to close it.
func TestVisit(t *testing.T) {
	err := Visit(write(t, "hello"), func(f *os.File) error {
		_, err := f.Stat()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
