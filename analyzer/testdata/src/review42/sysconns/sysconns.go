// Package sysconns probes rule 6 (madeByNet): SyscallConn of a listener
// or conn that the net package made is taken never to fail.
package sysconns

import (
	"net"
	"os"
	"syscall"
)

// IgnoredErrLeak: LEAKS the log file where ListenTCP failed (its error
// ignored): l is nil, SyscallConn fails with EINVAL.
func IgnoredErrLeak(addr *net.TCPAddr, logName string) (syscall.RawConn, error) { // want IgnoredErrLeak:"r0 is \\*net\\.rawListener"
	logf, err := os.Create(logName) // want `logf returned by os\.Create is not closed`
	if err != nil {
		return nil, err
	}
	l, _ := net.ListenTCP("tcp", addr) // want `l returned by net\.ListenTCP is not closed`
	rc, err := l.SyscallConn()
	if err != nil {
		return nil, err
	}
	logf.Close()
	return rc, nil
}

// UncheckedLeak: LEAKS the log file where ListenTCP failed; its error is
// only logged.
func UncheckedLeak(addr *net.TCPAddr, logName string) (*net.TCPListener, error) {
	logf, err := os.Create(logName) // want `logf returned by os\.Create is not closed`
	if err != nil {
		return nil, err
	}
	l, lerr := net.ListenTCP("tcp", addr) // want `l returned by net\.ListenTCP is not closed`
	if lerr != nil {
		_, _ = logf.WriteString(lerr.Error())
	}
	rc, err := l.SyscallConn()
	if err != nil {
		return nil, err
	}
	_ = rc
	logf.Close()
	return l, nil
}

// FileConnLeak: LEAKS the listener f where SyscallConn fails; f comes
// from net.FileListener, not in the list, so this is a control.
func FileConnLeak(file *os.File) (net.Listener, error) { // want FileConnLeak:"r0 is \\*net\\.TCPListener,\\*net\\.UnixListener"
	l, err := net.FileListener(file) // want `l returned by net\.FileListener is not closed`
	if err != nil {
		return nil, err
	}
	rc, err := l.(*net.TCPListener).SyscallConn()
	if err != nil {
		return nil, err
	}
	_ = rc
	return l, nil
}

// ZeroConnLeak: LEAKS the file where SyscallConn of a zero TCPConn
// (not made by net) fails.
func ZeroConnLeak(name string) error {
	f, err := os.Open(name) // want `f returned by os\.Open is not closed`
	if err != nil {
		return err
	}
	var c net.TCPConn
	if _, err := c.SyscallConn(); err != nil {
		return err
	}
	return f.Close()
}

// ReassignedLeak: LEAKS the log file: l is reassigned to a listener the
// package did not make before SyscallConn.
func ReassignedLeak(addr *net.TCPAddr, logName string, other *net.TCPListener) error { // want ReassignedLeak:"keeps p0"
	logf, err := os.Create(logName) // want `logf returned by os\.Create is not closed`
	if err != nil {
		return err
	}
	l, err := net.ListenTCP("tcp", addr)
	if err != nil {
		logf.Close()
		return err
	}
	defer l.Close()
	target := l
	if other != nil {
		target = other
	}
	if _, err := target.SyscallConn(); err != nil {
		return err
	}
	return logf.Close()
}
