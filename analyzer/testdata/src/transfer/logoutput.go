package transfer

import (
	"io"
	"log"
	"os"
)

// setLogFile gives the file to the standard logger, which writes to it
// for the rest of the program.
func setLogFile(name string) error {
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	log.SetOutput(f)
	return nil
}

// setLoggerFile gives the file to a logger that outlives the call.
func setLoggerFile(l *log.Logger, name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	l.SetOutput(f)
	return nil
}

// logOnceLeak only logs to the file: printing does not keep it.
func logOnceLeak(name string) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed before the return at line 38`
	if err != nil {
		return err
	}
	l := log.New(f, "", 0)
	l.Print("started")
	return nil
}

// setLogTee gives the standard logger a writer to both the terminal and
// the file: the writer holds the file, and the logger keeps the writer.
func setLogTee(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	log.SetOutput(io.MultiWriter(os.Stderr, f))
	return nil
}

// teeTo returns a writer to both; the caller closes the file through
// whatever it knows of it.
func teeTo(name string) (io.Writer, error) { // want teeTo:`r0 is \*io\.multiWriter`
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return io.MultiWriter(os.Stderr, f), nil
}

// teeLeak writes through a writer to both and drops it with the file.
func teeLeak(name string) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed before the return at line 70`
	if err != nil {
		return err
	}
	w := io.MultiWriter(os.Stderr, f)
	_, err = w.Write([]byte("started\n"))
	return err
}
