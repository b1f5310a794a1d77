// Package likely leaks on several returns; the message names first the
// likeliest.
package likely

import (
	"encoding/json"
	"errors"
	"net"
	"os"
	"strconv"
)

// okReturnLeak: leaks where the reply succeeds (early success return) and
// where the port parse fails. REAL both; the headline should still describe
// the branch it names correctly.
func okReturnLeak(ln net.Listener, peer net.Conn, port string) error {
	c, err := ln.Accept() // want `c returned by ln\.Accept is not closed`
	if err != nil {
		return err
	}
	if _, err := strconv.Atoi(port); err != nil {
		return err
	}
	if _, err := peer.Write([]byte("x")); err == nil {
		return nil
	}
	return c.Close()
}

// decodeLeak: leaks where a JSON decode of a constant fails (cannot
// happen) and where Stat of the opened file fails (can). REAL.
func decodeLeak(path string) error {
	f, err := os.Open(path) // want `f returned by os\.Open is not closed`
	if err != nil {
		return err
	}
	var v int
	if err := json.Unmarshal([]byte("1"), &v); err != nil {
		return err
	}
	if _, err := os.Stat(path + ".lock"); err != nil {
		return errors.New("no lock")
	}
	return f.Close()
}
