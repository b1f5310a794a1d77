package wrappers

// This file returns a resource inside a struct whose Close calls a close()
// through an interface of the package: every implementation the package
// has closes all that its receiver holds, so the call releases what the
// interface value holds, and returning the struct hands the resource over.

import (
	"errors"
	"io"
	"os"
)

type channel interface {
	io.ReadWriteCloser
	Log() []byte
}

type fileChannel struct {
	io.ReadWriteCloser
}

func (fileChannel) Log() []byte { return nil }

type backend interface {
	close() error
	info() string
}

// direct holds a channel and closes it in close.
type direct struct {
	kind int
	rwc  channel
}

func (d *direct) close() error { return d.rwc.Close() } // want close:"closes p0.rwc"

func (d *direct) info() string { return "direct" }

type Device struct {
	dev backend
}

func (d *Device) Close() error { return d.dev.close() } // want Close:"closes p0.dev"

// SafeOpenDevice is fine: the file goes into the device it returns, whose
// Close closes it through direct.close.
func SafeOpenDevice(path string) (*Device, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &Device{dev: &direct{kind: 1, rwc: &fileChannel{f}}}, nil
}

// OpenCheckedDevice leaks the file where the check fails.
func OpenCheckedDevice(path string) (*Device, error) {
	f, err := os.Open(path) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeDevice == 0 {
		return nil, errors.New("not a device")
	}
	return &Device{dev: &direct{kind: 1, rwc: &fileChannel{f}}}, nil
}

// logged keeps a reader it never closes beside the log it closes.
type logBackend interface {
	close() error
}

type logged struct {
	r   io.Reader
	log *os.File
}

func (l *logged) close() error { return l.log.Close() } // want close:"closes p0.log"

type LogDevice struct {
	dev logBackend
}

func (d *LogDevice) Close() error { return d.dev.close() }

// OpenLogged leaks the file it reads: close only closes the log.
func OpenLogged(path, logPath string) (*LogDevice, error) {
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	lf, err := os.Create(logPath) // want `lf returned by os.Create is not closed`
	if err != nil {
		f.Close()
		return nil, err
	}
	return &LogDevice{dev: &logged{r: f, log: lf}}, nil
}
