// Package copies probes rule 2 (045e012): when the Close of a type is not
// visible (another package), a copy *f of a struct whose fields are all
// pointers stands for the resource: return &Wrapper{File: *f} hands it
// over, and &w.File of such a copy is the resource.
package copies

import (
	"os"

	"review45/copies/dep"
)

// Tracked is a pooled connection with a name, held by value.
type Tracked struct {
	dep.Conn
	name string
}

// DialTracked copies the Conn into the wrapper. dep.Conn is a struct of
// pointers, but its Close refuses a copy (it compares its receiver with
// the address it remembers, as strings.Builder does): Tracked.Close,
// promoted from the copy, returns ErrCopied and closes nothing, and the
// connection that Dial made is never closed. The rule takes the copy for
// the resource from the field types alone. HIDDEN by rule 2.
func DialTracked(addr string) (*Tracked, error) { // want DialTracked:"borrows r0"
	c, err := dep.Dial(addr) // want `c returned by dep.Dial is not closed`
	if err != nil {
		return nil, err
	}
	return &Tracked{Conn: *c, name: addr}, nil
}

// SafeDialTracked keeps the pointer: Close reaches the pool's Conn.
type TrackedPtr struct {
	*dep.Conn
	name string
}

func SafeDialTracked(addr string) (*TrackedPtr, error) {
	c, err := dep.Dial(addr)
	if err != nil {
		return nil, err
	}
	return &TrackedPtr{Conn: c, name: addr}, nil
}

// A LogFile buffers lines into a file that it holds by value; its own
// Close shadows the file's and only flushes: the file is never closed.
type LogFile struct {
	os.File
	pending []string
}

// Close flushes the pending lines; it forgets the file.
func (l *LogFile) Close() error {
	for _, s := range l.pending {
		if _, err := l.WriteString(s); err != nil {
			return err
		}
	}
	l.pending = nil
	return nil
}

// OpenLog hands the file to a LogFile whose Close does not close it: the
// copy goes into a field of a returned value that does not release it.
// The rule says the wrapper took the file. HIDDEN by rule 2.
func OpenLog(name string) (*LogFile, error) {
	f, err := os.Create(name) // HIDDEN (see README.md)
	if err != nil {
		return nil, err
	}
	return &LogFile{File: *f}, nil
}

// A LogFilePtr is LogFile with a pointer to the file.
type LogFilePtr struct {
	*os.File
	pending []string
}

// Close flushes the pending lines; it forgets the file.
func (l *LogFilePtr) Close() error {
	for _, s := range l.pending {
		if _, err := l.WriteString(s); err != nil {
			return err
		}
	}
	l.pending = nil
	return nil
}

// OpenLogPtr is OpenLog with a pointer: reported, before the rule and
// after, as the wrapper's Close does not close the file.
func OpenLogPtr(name string) (*LogFilePtr, error) {
	f, err := os.Create(name) // want `f returned by os.Create is not closed`
	if err != nil {
		return nil, err
	}
	return &LogFilePtr{File: f}, nil
}

// A record describes a file for a log line; it holds a copy of the file.
type record struct {
	name string
	file os.File
}

// describe is given a file it does not own; it copies it into a record
// that it drops. The file stays its caller's. copyUse takes the store of
// the copy of a lent file into a field (r.file = *f) for a handoff, which
// the rule now reaches for os.File: describe "keeps p0" (a wrong fact),
// and Describe's leak is hidden.
func describe(f *os.File) string {
	r := &record{name: f.Name()}
	r.file = *f
	st, err := r.file.Stat()
	if err != nil {
		return r.name
	}
	return r.name + " " + st.Mode().String()
}

// Describe opens a file, describes it, and never closes it. HIDDEN by
// rule 2 (through describe's fact).
func Describe(name string) (string, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return "", err
	}
	return describe(f), nil
}

// sizeOf is given a copy of a file by value. (Reported, correctly.)
func sizeOf(fv os.File) int64 {
	st, err := fv.Stat()
	if err != nil {
		return -1
	}
	return st.Size()
}

// Size opens a file, gives a copy to sizeOf, and never closes it.
func Size(name string) (int64, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return 0, err
	}
	return sizeOf(*f), nil
}

// A Registry remembers the files opened, by value, for a status page.
type Registry struct {
	opened []os.File
}

// Note records a copy of f for the status page: the registry never
// closes what it holds.
func (r *Registry) Note(f *os.File) { r.opened = append(r.opened, *f) }

// OpenNoted notes the file and drops it where it is empty. (Reported,
// correctly: the registry's copy is no owner.)
func OpenNoted(r *Registry, name string) (*os.File, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	r.Note(f)
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return nil, os.ErrNotExist
	}
	return f, nil
}
