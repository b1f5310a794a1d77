// Package bodycopyuse calls the request methods of bodycopydep and drops
// the responses they give back.
package bodycopyuse

import (
	"context"
	"net/http"

	"bodycopydep"
)

func Delete(ctx context.Context, c *bodycopydep.Client, r *http.Request) error { // want Delete:"keeps p0,p2"
	_, err := c.Do(ctx, r, nil) // the body was read and closed
	return err
}

func Info(c *bodycopydep.Client, url string) (map[string]any, error) {
	_, out, err := c.GetWithInfo(url) // closed, or a copy beside an error
	return out, err
}

func DeleteOpen(ctx context.Context, c *bodycopydep.Client, r *http.Request) error { // want DeleteOpen:"keeps p0"
	_, err := c.DoOpen(ctx, r, nil) // want `the \*http.Response returned by c.DoOpen is discarded without closing its body`
	return err
}

func Stream(c *bodycopydep.Client, url string) error {
	_, err := c.GetStream(url) // want `the \*http.Response returned by c.GetStream is discarded without closing its body`
	return err
}

func Maybe(c *bodycopydep.Client, url string) error {
	_, err := c.GetMaybe(url, func(*http.Response) error { return nil }) // want `the \*http.Response returned by c.GetMaybe is discarded without closing its body`
	return err
}

func InfoOpen(c *bodycopydep.Client, url string) (map[string]any, error) {
	_, out, err := c.GetWithInfoOpen(url) // want `the \*http.Response returned by c.GetWithInfoOpen is discarded without closing its body`
	return out, err
}
