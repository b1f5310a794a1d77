package globaluse

import (
	"bytes"
	"globaldep"
	"os"
)

// encodeSafe encodes into memory through a variable that only ever holds
// globaldep.NewEncoder: the encoder wraps a buffer and holds nothing.
func encodeSafe(v string) string {
	var data bytes.Buffer
	enc := globaldep.MakeEncoder(&data)
	if err := enc.Encode(v); err != nil {
		return ""
	}
	return data.String()
}

// createLeak creates a file through a variable that holds os.Create.
func createLeak(p string) error {
	f, err := globaldep.Create(p) // want `f returned by globaldep.Create is not closed before the return at line 27`
	if err != nil {
		return err
	}
	_, err = f.Write(nil)
	return err
}

// openLeak opens through a variable that may hold anything that returns
// a file: the file is the caller's.
func openLeak(p string) error {
	f, err := globaldep.Opener(p) // want `f returned by globaldep.Opener is not closed before the return at line 38`
	if err != nil {
		return err
	}
	_, err = f.Read(nil)
	return err
}

var osCreate = os.Create

// seamLeak creates through the package's own variable.
func seamLeak(p string) error {
	f, err := osCreate(p) // want `f returned by osCreate is not closed before the return at line 50`
	if err != nil {
		return err
	}
	_, err = f.Write(nil)
	return err
}

var closeFile = (*os.File).Close

// closeThroughVarSafe releases through a variable that holds a method
// expression, which the package alone assigns.
func closeThroughVarSafe(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	return closeFile(f)
}
