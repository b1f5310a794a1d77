// Package globaluse calls the transports that globaldep keeps in
// package-level variables.
package globaluse

import "globaldep"

// SafeDefault is fine: only globaldep's initialization assigns
// DefaultServer (its fact says so), to a server whose sessions' Close
// does nothing.
func SafeDefault() error {
	s, err := globaldep.DefaultServer.NewSession()
	if err != nil {
		return err
	}
	return s.Send()
}

// leakFile leaks: FileServer's sessions hold a file.
func leakFile() error {
	s, err := globaldep.FileServer.NewSession() // want `s returned by globaldep.FileServer.NewSession is not closed before the return at line 24`
	if err != nil {
		return err
	}
	return s.Send()
}
