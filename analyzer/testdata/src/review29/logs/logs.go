// Package logs probes log.SetOutput and (*log.Logger).SetOutput as
// keepers of their writer.
package logs

import (
	"io"
	"log"
	"os"
)

// log.SetOutput is a keeper whatever follows.
// L1: the file is the standard logger's output only during the call:
// the deferred SetOutput takes it back, and nothing closes it.
func L1(name string) error {
	f, err := os.Create(name) // known miss: the logger is taken to keep its output
	if err != nil {
		return err
	}
	log.SetOutput(f)
	defer log.SetOutput(os.Stderr)
	log.Print("work")
	return nil
}

// any (*log.Logger).SetOutput hands off, even to a logger that dies here.
// L2: a local logger that dies with the call is given the file.
func L2(name string) error {
	f, err := os.Create(name) // known miss: the logger is taken to keep its output
	if err != nil {
		return err
	}
	l := log.New(io.Discard, "", 0)
	l.SetOutput(f)
	l.Print("work")
	return nil
}

// L3: same, the logger is a local value, not a pointer from New.
func L3(name string) error {
	f, err := os.Create(name) // known miss: the logger is taken to keep its output
	if err != nil {
		return err
	}
	var l log.Logger
	l.SetOutput(f)
	l.Print("work")
	return nil
}

// L4 is fine: the logger is a parameter, which outlives the call.
func L4(l *log.Logger, name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	l.SetOutput(f)
	return nil
}

// L5 is fine: a global logger keeps the file.
var std = log.New(os.Stderr, "", 0)

func L5(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	std.SetOutput(f)
	return nil
}

// SetLogFile hands w to the standard logger (keeps p0 globally).
func SetLogFile(w io.Writer) { log.SetOutput(w) } // want SetLogFile:`keeps p0`

// SetLoggerFile hands w to l.
func SetLoggerFile(l *log.Logger, w io.Writer) { l.SetOutput(w) } // want SetLoggerFile:`keeps p1`

// L6 is fine: through the wrapper, the standard logger keeps it.
func L6(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	SetLogFile(f)
	return nil
}

// SetLoggerFile gets "keeps p1", not "keeps p1 in p0".
// L7: through the wrapper, a local logger gets it and dies.
func L7(name string) error {
	f, err := os.Create(name) // known miss: the logger is taken to keep its output
	if err != nil {
		return err
	}
	l := log.New(io.Discard, "", 0)
	SetLoggerFile(l, f)
	l.Print("x")
	return nil
}

// L8: the logger's output is replaced: the old file, never closed, leaks.
func L8(l *log.Logger, a, b string) error {
	f, err := os.Create(a) // known miss: the logger is taken to keep its output
	if err != nil {
		return err
	}
	l.SetOutput(f)
	l.Print("phase 1")
	g, err := os.Create(b)
	if err != nil {
		return err
	}
	l.SetOutput(g)
	return nil
}

// L9: log.New with a file, logger returned: fine (the logger is handed
// over with the file).
func L9(name string) (*log.Logger, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return log.New(f, "", 0), nil
}

// L10: the file is set as output on an error path only, and closed
// otherwise: fine.
func L10(name string, keep bool) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if keep {
		log.SetOutput(f)
		return nil
	}
	return f.Close()
}

// L11 is fine: the standard logger writes to both, for the rest of the
// program.
func L11(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	log.SetOutput(io.MultiWriter(os.Stderr, f))
	return nil
}

// L12 is fine: the default logger is the standard one.
func L12(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	log.Default().SetOutput(f)
	return nil
}

// L13 is fine: the logger, with its file, is returned.
func L13(name string) (*log.Logger, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	l := log.New(io.Discard, "", 0)
	l.SetOutput(f)
	return l, nil
}

// L14: log.New over the file, logger dropped.
func L14(name string) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	l := log.New(f, "", 0)
	l.SetOutput(os.Stderr)
	return nil
}
