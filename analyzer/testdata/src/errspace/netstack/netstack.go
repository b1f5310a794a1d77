// Package netstack declares a network stack with its own space of
// errors, as gVisor's tcpip does: an Error is not an error, but it is
// returned last as Go code returns error.
package netstack

import "os"

// Error is an error of the stack.
type Error interface {
	isError()
	String() string
}

// ErrUnknownProtocol is returned for a protocol the stack does not have.
type ErrUnknownProtocol struct{}

func (*ErrUnknownProtocol) isError()       {} // want isError:"nothing when zero; nothing when nil"
func (*ErrUnknownProtocol) String() string { return "unknown protocol" }

// Endpoint is an endpoint of the stack.
type Endpoint interface {
	Bind(addr string) Error
	Close()
}

type endpoint struct {
	f     *os.File
	bound string
}

func (e *endpoint) Bind(addr string) Error {
	e.bound = addr
	return nil
}

func (e *endpoint) Close() { e.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

// Stack is a network stack.
type Stack struct{ protocols map[int]bool }

// NewEndpoint makes an endpoint of the protocol, or fails for a
// protocol the stack does not have.
func (s *Stack) NewEndpoint(protocol int) (Endpoint, Error) { // want NewEndpoint:"r0 is \\*endpoint; r1 is \\*ErrUnknownProtocol"
	if !s.protocols[protocol] {
		return nil, &ErrUnknownProtocol{}
	}
	f, err := os.Open("/dev/null")
	if err != nil {
		return nil, &ErrUnknownProtocol{}
	}
	return &endpoint{f: f}, nil
}
