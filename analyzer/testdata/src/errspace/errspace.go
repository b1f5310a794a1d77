// Package errspace uses a stack whose calls fail with the stack's own
// Error type: where it is not nil, the endpoint was never made.
package errspace

import (
	"fmt"

	"errspace/netstack"
)

// SafeBind closes the endpoint where the bind fails, and returns where
// making it failed.
func SafeBind(s *netstack.Stack, addr string) (netstack.Endpoint, error) { // want SafeBind:"r0 is \\*errspace/netstack.endpoint"
	ep, nerr := s.NewEndpoint(17)
	if nerr != nil {
		return nil, fmt.Errorf("endpoint: %s", nerr)
	}
	if nerr := ep.Bind(addr); nerr != nil {
		ep.Close()
		return nil, fmt.Errorf("bind: %s", nerr)
	}
	return ep, nil
}

// bindLeak leaves the endpoint open where the bind fails.
func bindLeak(s *netstack.Stack, addr string) (netstack.Endpoint, error) { // want bindLeak:"r0 is \\*errspace/netstack.endpoint"
	ep, nerr := s.NewEndpoint(17) // want `ep returned by s.NewEndpoint is not closed on all paths`
	if nerr != nil {
		return nil, fmt.Errorf("endpoint: %s", nerr)
	}
	if nerr := ep.Bind(addr); nerr != nil {
		return nil, fmt.Errorf("bind: %s", nerr)
	}
	return ep, nil
}
