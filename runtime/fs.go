package runtime

import (
	"io"
	"io/fs"
)

// KindFile is the kind of files opened through [WrapFS].
const KindFile = "fs.File"

// WrapFS returns a file system whose Open tracks every file it opens in t,
// under kind [KindFile] and the opened name, until the file is closed.
// Files keep their optional methods: directories stay fs.ReadDirFile and
// files that can seek and read at offsets (such as *os.File from
// os.DirFS) stay io.Seeker and io.ReaderAt. With a nil t, WrapFS returns
// fsys itself.
//
// The file system's own optional interfaces (fs.ReadFileFS and the like)
// are not forwarded, so fs.ReadFile and fs.ReadDir go through Open and
// Close and are tracked too.
func WrapFS(fsys fs.FS, t *Tracker) fs.FS {
	if t == nil {
		return fsys
	}
	return &trackedFS{fsys: fsys, t: t}
}

type trackedFS struct {
	fsys fs.FS
	t    *Tracker
}

// Open opens name in the wrapped file system and tracks the file.
func (f *trackedFS) Open(name string) (fs.File, error) {
	file, err := f.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	h, err := f.t.track(KindFile, name, 3, 0)
	if err != nil {
		file.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	base := trackedFile{File: file, h: h}
	dir, isDir := file.(fs.ReadDirFile)
	seeker, isSeeker := file.(seekReaderAt)
	switch {
	case isDir && isSeeker: // *os.File
		return &trackedOSFile{trackedSeeker{base, seeker}, dir}, nil
	case isDir:
		return &trackedDir{base, dir}, nil
	case isSeeker:
		return &trackedSeeker{base, seeker}, nil
	}
	return &base, nil
}

// seekReaderAt is what a random-access file offers besides fs.File.
type seekReaderAt interface {
	io.Seeker
	io.ReaderAt
}

// trackedFile is an fs.File whose Close releases its handle.
type trackedFile struct {
	fs.File
	h *Handle
}

// Close closes the file and releases its handle, even if closing failed:
// the file cannot be closed again usefully either way.
func (f *trackedFile) Close() error {
	return releaseAfter(f.h, f.File.Close())
}

// trackedDir keeps fs.ReadDirFile.
type trackedDir struct {
	trackedFile
	dir fs.ReadDirFile
}

// ReadDir reads the directory's entries.
func (d *trackedDir) ReadDir(n int) ([]fs.DirEntry, error) { return d.dir.ReadDir(n) }

// trackedSeeker keeps io.Seeker and io.ReaderAt.
type trackedSeeker struct {
	trackedFile
	s seekReaderAt
}

// Seek sets the offset for the next Read.
func (s *trackedSeeker) Seek(offset int64, whence int) (int64, error) {
	return s.s.Seek(offset, whence)
}

// ReadAt reads len(p) bytes at offset off.
func (s *trackedSeeker) ReadAt(p []byte, off int64) (int, error) { return s.s.ReadAt(p, off) }

// trackedOSFile keeps fs.ReadDirFile, io.Seeker and io.ReaderAt.
type trackedOSFile struct {
	trackedSeeker
	dir fs.ReadDirFile
}

// ReadDir reads the directory's entries.
func (f *trackedOSFile) ReadDir(n int) ([]fs.DirEntry, error) { return f.dir.ReadDir(n) }
