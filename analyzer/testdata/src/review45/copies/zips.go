package copies

import "archive/zip"

// An Archive holds a zip.ReadCloser by value. zip.ReadCloser is
// struct{ f *os.File; Reader }: not pointers only (Reader is a struct),
// but its Close is rc.f.Close(), which a copy does as well. The rule does
// not reach it.
type Archive struct {
	zip.ReadCloser
	path string
}

// SafeOpenArchive hands the archive over inside the wrapper, whose Close
// is the ReadCloser's.
func SafeOpenArchive(path string) (*Archive, error) { // want SafeOpenArchive:"borrows r0"
	rc, err := zip.OpenReader(path) // want `rc returned by zip.OpenReader is not closed`
	if err != nil {
		return nil, err
	}
	return &Archive{ReadCloser: *rc, path: path}, nil
}
