package errpath

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"time"
)

// SafeDeadlineOnDialed is fine: a deadline set on the conn that
// net.DialTimeout has just returned does not fail, so the return in the
// error branch is never taken.
func SafeDeadlineOnDialed(addr string, d time.Duration) (net.Conn, error) {
	conn, err := net.DialTimeout("tcp", addr, d)
	if err != nil {
		return nil, err
	}
	if err := conn.SetDeadline(time.Now().Add(d)); err != nil {
		return nil, err
	}
	return conn, nil
}

// deadlineOnDialerLeaky drops the conn of a dial function it is given,
// whose conn may be any implementation, when its deadline fails.
func deadlineOnDialerLeaky(dial func(addr string) (net.Conn, error), addr string, d time.Duration) (net.Conn, error) { // want deadlineOnDialerLeaky:"gives r0 of p0\\(\\) as r0"
	conn, err := dial(addr) // want `conn returned by dial is not closed on all paths: the return at line 33 is reached when err != nil at line 32`
	if err != nil {
		return nil, err
	}
	if err := conn.SetReadDeadline(time.Now().Add(d)); err != nil {
		return nil, err
	}
	return conn, nil
}

// closeWhenDone closes c once done is closed.
func closeWhenDone(c net.Conn, done <-chan struct{}) { // want closeWhenDone:"releases p0"
	<-done
	c.Close()
}

// deadlineAfterGoroutineLeaky gives the conn to a goroutine that may have
// closed it when the deadline is set, and drops the file then.
func deadlineAfterGoroutineLeaky(addr, name string, done <-chan struct{}) error { // want deadlineAfterGoroutineLeaky:"keeps p2"
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths`
	if err != nil {
		return err
	}
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		f.Close()
		return err
	}
	go closeWhenDone(conn, done)
	if err := conn.SetDeadline(time.Now().Add(time.Second)); err != nil {
		return err
	}
	return f.Close()
}

// SafeFixedRequest is fine: a request for a constant method and a URL
// made of a constant and a number is always made.
func SafeFixedRequest(addr string, since int64) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	uri := "/events"
	if since != 0 {
		uri += fmt.Sprintf("?since=%d", since)
	}
	req, err := http.NewRequest("GET", uri, nil)
	if err != nil {
		return err
	}
	defer conn.Close()
	return req.Write(conn)
}

// requestLeaky drops the conn when the URL it is given does not parse.
func requestLeaky(addr, rawURL string) error {
	conn, err := net.Dial("tcp", addr) // want `conn returned by net.Dial is not closed on all paths`
	if err != nil {
		return err
	}
	req, err := http.NewRequest("GET", fmt.Sprintf("/events?name=%s", rawURL), nil)
	if err != nil {
		return err
	}
	defer conn.Close()
	return req.Write(conn)
}

// SafeFixedRequestShared is SafeFixedRequest with err shared with the
// goroutine that reads the response: it lives in a cell, and its value
// at the check is the request's.
func SafeFixedRequestShared(addr string, done chan<- error) error { // want SafeFixedRequestShared:"keeps p1"
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("GET", "/events", nil)
	if err != nil {
		return err
	}
	go func() {
		defer conn.Close()
		err = req.Write(conn)
		done <- err
	}()
	return nil
}
