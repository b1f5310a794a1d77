package racers

import (
	"errors"
	"net/http"
	"time"
)

var errTimeout = errors.New("timeout")

// doTimeout does the request in a goroutine of its own and gives its
// response, which the goroutine made, to the caller.
func doTimeout(c *http.Client, timer *time.Timer, req *http.Request) (*http.Response, error) { // want doTimeout:"keeps p0,p2; closes p2.Body,p2.URL.User"
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := c.Do(req)
		done <- result{resp, err}
	}()
	select {
	case r := <-done:
		return r.resp, r.err
	case <-timer.C:
		return nil, errTimeout
	}
}

func statusLeak(c *http.Client, req *http.Request) (int, error) { // want statusLeak:"keeps p0,p1; closes p1.Body,p1.URL.User"
	resp, err := doTimeout(c, time.NewTimer(time.Second), req) // want `the body of resp returned by doTimeout is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// SafeStatus closes the body of the response it gets.
func SafeStatus(c *http.Client, req *http.Request) (int, error) { // want SafeStatus:"keeps p0,p1; closes p1.Body,p1.URL.User"
	resp, err := doTimeout(c, time.NewTimer(time.Second), req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
