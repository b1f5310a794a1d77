// Package cleanupbind is shaped like SPIRE's plugintest.Load: the test's
// Cleanup closes the plugin's connection, and the plugin returned, whose
// Close is the connection's, also holds what the connection bound.
package cleanupbind

import (
	"context"
	"io"
	"testing"
)

type TestingT interface{ Errorf(string, ...any) }

func NoError(t TestingT, err error, msgs ...any) bool { // want NoError:"keeps p1; true for nil p1"
	if err != nil {
		t.Errorf("%v", err)
		return false
	}
	return true
}

type Configurer interface{ Configure(string) error }

type Plugin interface {
	io.Closer
	Bind(facades ...any) (Configurer, error)
}

type Plugged interface {
	Configurer
	io.Closer
}

type config struct{ loadErr *error }

var LoadBuiltIn func(ctx context.Context, name string) (Plugin, error)

func Load(t *testing.T, name string, conf *config) Plugged { // want Load:"keeps p0; borrows r0"
	conn, err := LoadBuiltIn(context.Background(), name)
	if conf.loadErr != nil {
		*conf.loadErr = err
		if err != nil {
			return nil
		}
	}
	NoError(t, err)
	t.Cleanup(func() { NoError(t, conn.Close()) })
	configurer, err := conn.Bind()
	NoError(t, err)
	return struct {
		Configurer
		io.Closer
	}{
		Configurer: configurer,
		Closer:     conn,
	}
}

// SafeUse drops the plugin: the test's Cleanup closes its connection.
func SafeUse(t *testing.T) { Load(t, "x", &config{}) } // want SafeUse:"keeps p0"
