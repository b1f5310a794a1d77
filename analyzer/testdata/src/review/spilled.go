package review

// This file gives a connection to a constructor inside a configuration
// struct passed by value, which the constructor keeps whole and also reads
// a field of (so the struct is spilled into a variable).

import (
	"context"
	"net"
	"time"
)

// mqttSession stores a connection's state.
type mqttSession interface{ Close() error }

// memState is a session in memory; its Close only closes its channel.
type memState struct{ done chan struct{} }

func (m *memState) Close() error { close(m.done); return nil } // want Close:"nil r0; releases nothing"

// newMemState returns an empty session.
func newMemState() *memState { return &memState{done: make(chan struct{})} }

// mqttConfig configures an mqttConn; Conn is its network connection.
type mqttConfig struct {
	Conn              net.Conn
	Session           mqttSession
	autoCloseSession  bool
	PacketTimeout     time.Duration
	OnPublishReceived []func(int) (bool, error)
	OnClientError     func(error)
}

// mqttConn keeps its configuration whole, connection included.
type mqttConn struct {
	config            mqttConfig
	onPublishReceived []func(int) (bool, error)
	done              chan struct{}
}

// Disconnect closes the network connection.
func (c *mqttConn) Disconnect() error { return c.config.Conn.Close() } // want Disconnect:"closes p0.config.Conn"

// newMQTTConn keeps conf, and reads its handlers too, so conf is spilled
// into a variable and copied out of it.
func newMQTTConn(conf mqttConfig) *mqttConn { // want newMQTTConn:"keeps p0; wraps p0 in r0; gives p0.OnPublishReceived as r0.onPublishReceived"
	c := &mqttConn{config: conf, onPublishReceived: conf.OnPublishReceived, done: make(chan struct{})}
	if c.config.Session == nil {
		c.config.Session = newMemState()
		c.config.autoCloseSession = true
	}
	if c.config.PacketTimeout == 0 {
		c.config.PacketTimeout = 10 * time.Second
	}
	if c.config.OnClientError == nil {
		c.config.OnClientError = func(e error) {}
	}
	return c
}

// Connect fails on a connection that was not made by newMQTTConn.
func (c *mqttConn) Connect(ctx context.Context) error {
	if c.done == nil {
		return context.Canceled
	}
	return nil
}

// autoConfig adds the servers to try to a connection's configuration.
type autoConfig struct {
	mqttConfig
	Servers []string
}

// SafeEstablish returns the connected client that holds the connection.
func SafeEstablish(ctx context.Context, cfg autoConfig) *mqttConn { // want SafeEstablish:"keeps p1; gives p1.mqttConfig.OnPublishReceived as r0.onPublishReceived; gives p1.mqttConfig as r0"
	for _, s := range cfg.Servers {
		var err error
		cfg.Conn, err = net.Dial("tcp", s)
		if err == nil {
			cli := newMQTTConn(cfg.mqttConfig)
			if err = cli.Connect(ctx); err == nil {
				return cli
			}
		}
	}
	return nil
}

// newHandlersOnly takes only the handlers of conf.
func newHandlersOnly(conf mqttConfig) *mqttConn { // want newHandlersOnly:"gives p0.OnPublishReceived as r0.onPublishReceived"
	return &mqttConn{onPublishReceived: conf.OnPublishReceived}
}

// establishHandlersOnly drops the connection: the client it returns
// took only the handlers.
func establishHandlersOnly(cfg autoConfig) *mqttConn { // want establishHandlersOnly:"gives p0.mqttConfig.OnPublishReceived as r0.onPublishReceived"
	for _, s := range cfg.Servers {
		var err error
		cfg.Conn, err = net.Dial("tcp", s) // want `cfg.Conn returned by net.Dial is not closed before the return at line 102`
		if err == nil {
			return newHandlersOnly(cfg.mqttConfig)
		}
	}
	return nil
}
