package f

import (
	"net/http"
	"os"
)

type Params struct {
	URL string
	Raw bool
}

type Client struct {
	HTTP *http.Client
	last *Params
}

// FetchFix lets a closure turn Raw on before it reads it.
func (c *Client) FetchFix(p *Params) (*http.Response, error) {
	fix := func() { p.Raw = os.Getenv("RAW") != "" }
	fix()
	resp, err := c.HTTP.Get(p.URL)
	if err != nil {
		return nil, err
	}
	if !p.Raw {
		resp.Body.Close()
	}
	return resp, nil
}

// FetchKeep keeps the options, which others may change.
func (c *Client) FetchKeep(p *Params) (*http.Response, error) { // want FetchKeep:"keeps p1"
	c.last = p
	c.tweak()
	resp, err := c.HTTP.Get(p.URL)
	if err != nil {
		return nil, err
	}
	if !p.Raw {
		resp.Body.Close()
	}
	return resp, nil
}

func (c *Client) tweak() { c.last.Raw = true }

// FetchTwo reads Raw twice, around a retry.
func (c *Client) FetchTwo(p Params, retry bool) (*http.Response, error) { // want FetchTwo:"borrows r0 if p1.Raw is false"
	resp, err := c.HTTP.Get(p.URL)
	if err != nil {
		return nil, err
	}
	if retry && resp.StatusCode == 503 {
		resp.Body.Close()
		resp, err = c.HTTP.Get(p.URL)
		if err != nil {
			return nil, err
		}
		if p.Raw {
			return resp, nil
		}
	}
	if !p.Raw {
		resp.Body.Close()
	}
	return resp, nil
}

func fixLeak(c *Client, url string) int {
	resp, err := c.FetchFix(&Params{URL: url}) // want `resp returned by c.FetchFix is not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func keepLeak(c *Client, url string) int {
	resp, err := c.FetchKeep(&Params{URL: url}) // want `resp returned by c.FetchKeep is not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

func twoLeak(c *Client, url string) int {
	resp, err := c.FetchTwo(Params{URL: url, Raw: true}, true) // want `resp returned by c.FetchTwo is not closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// SafeTwo is fine.
func SafeTwo(c *Client, url string) int {
	resp, err := c.FetchTwo(Params{URL: url}, true)
	if err != nil {
		return 0
	}
	return resp.StatusCode
}
