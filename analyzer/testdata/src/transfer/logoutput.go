package transfer

import (
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
	f, err := os.Create(name) // want `f returned by os.Create is not closed before the return at line 37`
	if err != nil {
		return err
	}
	l := log.New(f, "", 0)
	l.Print("started")
	return nil
}
