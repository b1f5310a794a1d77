package e

import "review22/a"

// crossRawLeak asks for the body in another package and drops it.
func crossRawLeak(c *a.Client, url string) (int, error) {
	_, resp, err := c.DoPtr(&a.Params{URL: url, Raw: true}) // want `resp returned by c.DoPtr is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// SafeCross is fine: the body was read and closed.
func SafeCross(c *a.Client, url string) ([]byte, error) {
	body, _, err := c.DoPtr(&a.Params{URL: url})
	return body, err
}

// crossSetterLeak sets Raw through the exported setter.
func crossSetterLeak(c *a.Client, url string) (int, error) {
	p := &a.Params{URL: url}
	p.SetRaw()
	_, resp, err := c.DoPtr(p) // want `resp returned by c.DoPtr is not closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
