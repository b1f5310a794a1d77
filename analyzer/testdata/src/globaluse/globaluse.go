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

// SafeSock is fine: Sock's fact says that the socket stays globaldep's.
func SafeSock(b []byte) error {
	c := globaldep.Sock()
	if c == nil {
		return nil
	}
	_, err := c.Write(b)
	return err
}

// leakTakenSock leaks: the socket that TakeSock took out is its own.
func leakTakenSock(b []byte) error {
	c := globaldep.TakeSock() // want `c returned by globaldep.TakeSock is not closed`
	if c == nil {
		return nil
	}
	_, err := c.Write(b)
	return err
}
