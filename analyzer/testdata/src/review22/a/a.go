package a

import (
	"flag"
	"io"
	"net/http"
	"os"
)

// Params are the options of a request.
type Params struct {
	URL  string
	Raw  bool // leave the body open for the caller
	Auth string
}

// SetRaw asks for the body.
func (p *Params) SetRaw() { p.Raw = true } // want SetRaw:"nothing when zero"

// applyEnv reads options from the environment.
func applyEnv(p *Params) {
	if os.Getenv("RAW") != "" {
		p.Raw = true
	}
}

// Client sends requests.
type Client struct {
	HTTP *http.Client
}

// Do reads and closes the body unless p.Raw is set.
func (c *Client) Do(p Params) ([]byte, *http.Response, error) { // want Do:"borrows r1 if p1.Raw is false"
	resp, err := c.HTTP.Get(p.URL)
	if err != nil {
		return nil, nil, err
	}
	if p.Raw {
		return nil, resp, nil
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return body, resp, err
}

// DoPtr is Do with options by pointer.
func (c *Client) DoPtr(p *Params) ([]byte, *http.Response, error) { // want DoPtr:"borrows r1 if p1.Raw is false"
	resp, err := c.HTTP.Get(p.URL)
	if err != nil {
		return nil, nil, err
	}
	if p.Raw {
		return nil, resp, nil
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return body, resp, err
}

// Sanity: the fact is used (no report here).
func SafeDo(c *Client, url string) ([]byte, error) {
	body, _, err := c.Do(Params{URL: url})
	return body, err
}

// setterMethodLeak sets the flag by a method of the options.
func setterMethodLeak(c *Client, url string) (int, error) {
	p := &Params{URL: url}
	p.SetRaw()
	_, resp, err := c.DoPtr(p) // want `resp returned by c.DoPtr is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// setterValueLeak sets the flag of a value literal through a helper.
func setterValueLeak(c *Client, url string) (int, error) {
	p := Params{URL: url}
	applyEnv(&p)
	_, resp, err := c.Do(p) // want `resp returned by c.Do is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// flagBoundLeak binds the flag to a command-line flag.
func flagBoundLeak(c *Client) (int, error) {
	var p Params
	flag.StringVar(&p.URL, "url", "", "url")
	flag.BoolVar(&p.Raw, "raw", false, "keep the body")
	flag.Parse()
	_, resp, err := c.Do(p) // want `resp returned by c.Do is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Opts closes the body where Discard is set.
type Opts struct {
	URL     string
	Discard bool
}

// Get closes the body where o.Discard is set.
func Get(o Opts) (*http.Response, error) { // want Get:"borrows r0 if p0.Discard is true"
	resp, err := http.Get(o.URL)
	if err != nil {
		return nil, err
	}
	if o.Discard {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	return resp, nil
}

// conditionalLeak sets Discard on one path only.
func conditionalLeak(url string, quiet bool) (int, error) {
	o := Opts{URL: url}
	if quiet {
		o.Discard = true
	}
	resp, err := Get(o) // want `resp returned by Get is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// loopLeak discards all bodies but the first.
func loopLeak(urls []string) (int, error) {
	o := Opts{}
	n := 0
	for _, u := range urls {
		o.URL = u
		resp, err := Get(o) // want `resp returned by Get is not closed`
		if err != nil {
			return 0, err
		}
		n += resp.StatusCode
		o.Discard = true
	}
	return n, nil
}

// GetPtr is Get with options by pointer; it resets options it was given
// zeroed to the client defaults first.
func (c *Client) GetPtr(p *Params) (*http.Response, error) {
	if p.URL == "" {
		*p = defaults
	}
	resp, err := c.HTTP.Get(p.URL)
	if err != nil {
		return nil, err
	}
	if !p.Raw {
		resp.Body.Close()
	}
	return resp, nil
}

var defaults = Params{URL: "http://localhost/", Raw: true}

// wholeStoreLeak gives options that GetPtr replaces by defaults with Raw.
func wholeStoreLeak(c *Client) (int, error) {
	resp, err := c.GetPtr(&Params{}) // want `resp returned by c.GetPtr is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// conditionalPtrLeak sets Discard of a pointer literal on one path only.
func conditionalPtrLeak(url string, quiet bool) (int, error) {
	o := &Opts{URL: url}
	if quiet {
		o.Discard = true
	}
	resp, err := Get(*o) // want `resp returned by Get is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// conditionalVarLeak does the same with a variable filled field by field.
func conditionalVarLeak(url string, quiet bool) (int, error) {
	var o Opts
	o.URL = url
	if quiet {
		o.Discard = true
	}
	resp, err := Get(o) // want `resp returned by Get is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// loopPtrLeak discards every body but the first.
func loopPtrLeak(urls []string) (int, error) {
	o := &Opts{}
	n := 0
	for _, u := range urls {
		o.URL = u
		resp, err := Get(*o) // want `resp returned by Get is not closed`
		if err != nil {
			return 0, err
		}
		n += resp.StatusCode
		o.Discard = true
	}
	return n, nil
}

// helperPtrLeak sets Raw of a pointer literal through a helper.
func helperPtrLeak(c *Client, url string) (int, error) {
	p := &Params{URL: url}
	applyEnv(p)
	_, resp, err := c.DoPtr(p) // want `resp returned by c.DoPtr is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// Fetch is a method of the options: the flag is the receiver's.
func (p Params) Fetch(hc *http.Client) (*http.Response, error) { // want Fetch:"borrows r0 if p0.Raw is false"
	resp, err := hc.Get(p.URL)
	if err != nil {
		return nil, err
	}
	if !p.Raw {
		resp.Body.Close()
	}
	return resp, nil
}

// receiverRawLeak asks for the body and drops it.
func receiverRawLeak(hc *http.Client, url string) (int, error) {
	resp, err := Params{URL: url, Raw: true}.Fetch(hc) // want `resp returned by Params.*Fetch is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// SafeFetch is fine: the body was closed.
func SafeFetch(hc *http.Client, url string) (int, error) {
	resp, err := Params{URL: url}.Fetch(hc)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
