package errpath

import (
	"bufio"
	"net"
	"strconv"
)

// LeakOnWrite names the return after the write that fails on the
// connection, not the one after a parse that the connection has no part
// in (both leak it).
func LeakOnWrite(addr, port string) error {
	c, err := net.Dial("tcp", addr) // want `c returned by net.Dial is not closed on all paths: the return at line 21 is reached when err != nil at line 20`
	if err != nil {
		return err
	}
	if _, err := strconv.Atoi(port); err != nil {
		return err
	}
	if _, err := bufio.NewWriter(c).WriteString("hello"); err != nil {
		return err
	}
	return c.Close()
}
