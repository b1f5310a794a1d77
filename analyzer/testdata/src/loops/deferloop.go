package loops

import "net/http"

// SafeDeferClosureInLoop defers a closure over resp, a variable of the
// loop's body: each turn has its own, which the closure of that turn
// closes when the function returns.
func SafeDeferClosureInLoop(urls []string) error {
	var last error
	for _, u := range urls {
		resp, err := http.Get(u)
		if err != nil {
			last = err
			continue
		}
		defer func() {
			resp.Body.Close()
		}()
		if resp.StatusCode != http.StatusOK {
			continue
		}
		return nil
	}
	return last
}

// SafeDeferInLoop defers the close itself.
func SafeDeferInLoop(urls []string) error {
	var last error
	for _, u := range urls {
		resp, err := http.Get(u)
		if err != nil {
			last = err
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			continue
		}
		return nil
	}
	return last
}

// leakDeferClosureOuterVar defers closures over one variable declared
// before the loop: when the function returns they all close the last
// response, and the earlier ones stay open.
func leakDeferClosureOuterVar(urls []string) error {
	var last error
	var resp *http.Response
	for _, u := range urls {
		var err error
		resp, err = http.Get(u) // want `the body of resp returned by http.Get is not closed before the loop acquires the next one here`
		if err != nil {
			last = err
			continue
		}
		defer func() {
			resp.Body.Close()
		}()
		if resp.StatusCode != http.StatusOK {
			continue
		}
		return nil
	}
	return last
}
