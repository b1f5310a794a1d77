package review17

import (
	"net/http"
	"os"
)

type responder interface {
	Fill(resp *http.Response) error
}

type fileResponder struct{ name string }

func (r fileResponder) Fill(resp *http.Response) error {
	f, err := os.Open(r.name)
	if err != nil {
		return err
	}
	resp.Body = f
	return nil
}

// MissedFilledByHook: the hook gives the response a body that is
// dropped. Missed before and after the changes (not a regression).
func MissedFilledByHook(r responder) int {
	resp := newResponse()
	if err := r.Fill(resp); err != nil {
		return 0
	}
	return resp.StatusCode
}

type cache struct{ dir string }

func (c *cache) populate(resp *http.Response, key string) error {
	f, err := os.Open(c.dir + "/" + key)
	if err != nil {
		return err
	}
	resp.Body = f
	resp.StatusCode = 200
	return nil
}

// LeakCachedStatus fills a default response from the cache and only
// reads its status.
func (c *cache) LeakCachedStatus(key string) int {
	resp := newResponse() // want `the body of resp returned by newResponse is not closed`
	if err := c.populate(resp, key); err != nil {
		return 0
	}
	return resp.StatusCode
}
