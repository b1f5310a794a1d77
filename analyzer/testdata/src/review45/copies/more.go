package copies

import "os"

// A Named file remembers the name it was opened with.
type Named struct {
	os.File
	as string
}

// OpenNamed hands the file over inside a Named, whose Close is the file's.
func OpenNamed(name string) (*Named, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Named{File: *f, as: name}, nil
}

// FirstByte drops the Named that OpenNamed gave it.
func FirstByte(name string) (byte, error) {
	n, err := OpenNamed(name) // want `n returned by OpenNamed is not closed`
	if err != nil {
		return 0, err
	}
	var b [1]byte
	if _, err := n.Read(b[:]); err != nil {
		return 0, err
	}
	return b[0], nil
}

// SafeFirstByte closes it.
func SafeFirstByte(name string) (byte, error) {
	n, err := OpenNamed(name)
	if err != nil {
		return 0, err
	}
	defer n.Close()
	var b [1]byte
	if _, err := n.Read(b[:]); err != nil {
		return 0, err
	}
	return b[0], nil
}

// Mode copies the file it opened into a local record, and drops both.
func Mode(name string) (string, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return "", err
	}
	rec := record{name: name, file: *f}
	st, err := rec.file.Stat()
	if err != nil {
		return "", err
	}
	return st.Mode().String(), nil
}

// OpenAddr returns the address of the copy inside a wrapper it keeps for
// itself in a local: the caller gets the file (as in byvalfield's
// openInto).
func OpenAddr(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	w := &Named{File: *f, as: name}
	return &w.File, nil
}

// ReadAddr drops what OpenAddr gave it.
func ReadAddr(name string) (int, error) {
	f, err := OpenAddr(name) // want `f returned by OpenAddr is not closed`
	if err != nil {
		return 0, err
	}
	var b [8]byte
	return f.Read(b[:])
}

// A cache keeps the files it opened, by value, and closes them in Close.
type cache struct {
	files map[string]*Named
}

// open opens name into the cache and gives back the address of the copy
// the cache holds: the cache owns it.
func (c *cache) open(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	n := &Named{File: *f, as: name}
	c.files[name] = n
	return &n.File, nil
}

// SafeRead reads through the cache's file and leaves it to the cache.
func (c *cache) SafeRead(name string) (int, error) {
	f, err := c.open(name) // want `f returned by c.open is not closed`
	if err != nil {
		return 0, err
	}
	var b [8]byte
	return f.Read(b[:])
}
