// Package crash: odd generic, context and comma-ok shapes; none may panic.
package crash

import (
	"context"
	"crypto/rand"
	"io"
	"net"
	"net/http"
	"os"
)

type List[V any] struct {
	next *List[V]
	v    V
}

type Fn[V any] func() (V, error)

func Rec[V any](l *List[List[V]], f Fn[V]) (V, error) { return f() } // want Rec:"gives\\ r0\\ of\\ p1\\(\\)\\ as\\ r0;\\ gives\\ r1\\ of\\ p1\\(\\)\\ as\\ r1"

func Variadic[V any](fs ...func() V) V { return fs[0]() }

func Core[V any, G ~func() V](g G) V { return g() } // want Core:"gives\\ r0\\ of\\ p0\\(\\)\\ as\\ r0"

type Alias = func() (*os.File, error)

func Two[V any](f func() (V, V)) V { a, _ := f(); return a } // want Two:"gives\\ r0\\ of\\ p0\\(\\)\\ as\\ r0"

func Chan[V any](f func() <-chan V) V { return <-f() } // want Chan:"borrows\\ r0"

type Box[K comparable, V io.Closer] struct{ m map[K]V }

func (b *Box[K, V]) Get(k K, mk func() (V, error)) (V, error) { // want Get:"gives\\ r0\\ of\\ p2\\(\\)\\ as\\ r0;\\ gives\\ r1\\ of\\ p2\\(\\)\\ as\\ r1"
	if v, ok := b.m[k]; ok {
		return v, nil
	}
	return mk()
}

func Use(b *Box[string, *os.File]) error {
	f, err := b.Get("x", func() (*os.File, error) { return os.Open("x") }) // want `f\ returned\ by\ b\.Get\ is\ never\ used,\ and\ so\ never\ closed`
	if err != nil {
		return err
	}
	_ = f
	l := &List[List[int]]{}
	Rec(l, func() (int, error) { return 0, nil })
	Variadic(func() *os.File { f, _ := os.Open("y"); return f }) // want `the\ \*os\.File\ returned\ by\ Variadic\ is\ discarded\ without\ being\ closed`
	Core(func() *os.File { f, _ := os.Open("y"); return f }) // want `the\ \*os\.File\ returned\ by\ Core\ is\ discarded\ without\ being\ closed`
	Two(func() (*os.File, *os.File) { return nil, nil }) // want `the\ \*os\.File\ returned\ by\ Two\ is\ discarded\ without\ being\ closed`
	return nil
}

func Clone(c *http.Client, r *http.Request) (int, error) {
	ctx, cancel := context.WithCancelCause(r.Context())
	defer cancel(nil)
	resp, err := c.Do(r.Clone(ctx))
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func Three(f func() (net.Conn, bool, error)) {
	c, ok, _ := f() // want `c\ returned\ by\ f\ is\ not\ closed\ before\ the\ return\ at\ line\ 68`
	if !ok {
		return
	}
	c.Close()
}

func Weird() (err error) { // want Weird:"nil\\ r0"
	_, e := rand.Read(nil)
	for e != nil {
		if e == nil {
			return nil
		}
		return e
	}
	switch {
	case nil != e:
		return e
	}
	return
}

func Recv(ch chan *http.Response) {
	resp := <-ch
	io.ReadAll(resp.Body)
}

func Method(c *http.Client, url string) {
	do := c.Do
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	resp, _ := do(req) // want `the\ body\ of\ resp\ returned\ by\ do\ is\ never\ used,\ and\ so\ never\ closed`
	_ = resp
	t := http.DefaultTransport.(*http.Transport)
	resp2, _ := t.RoundTrip(req)
	io.Copy(io.Discard, resp2.Body)
}
