package empty

import "net"

// LeakFilledViaClosure fills through a closure that captures the service.
func LeakFilledViaClosure(addr string, first net.Conn) (*Service, error) { // want LeakFilledViaClosure:"keeps p1"
	s := &Service{ctls: NewManager()} // want `the \*Manager returned by NewManager is not closed`
	add := func(id string, c net.Conn) { s.ctls.Add(id, &Control{conn: c}) }
	add("first", first)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	return s, nil
}

// Config carries the manager into the server.
type Config struct{ M *Manager }

func register(cfg *Config, c net.Conn) { cfg.M.Add("first", &Control{conn: c}) } // want register:"keeps p1"

// LeakFilledViaConfig fills through a helper that reads the config's field.
func LeakFilledViaConfig(addr string, first net.Conn) (*Config, net.Listener, error) { // want LeakFilledViaConfig:"keeps p1; r1 is \\*net\\.TCPListener,\\*net\\.UnixListener"
	cfg := &Config{M: NewManager()} // want `the \*Manager returned by NewManager is not closed`
	register(cfg, first)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	return cfg, ln, nil
}
