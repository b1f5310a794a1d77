// Package consterrors parses constants between acquiring a file and
// handing it over: a parse whose input is a constant that parses never
// takes its error return.
package consterrors

import (
	"fmt"
	"net/url"
	"os"
	"strconv"
)

type backend struct {
	f    *os.File
	base *url.URL
	port int
}

// SafeOpen is fine: url.Parse of that constant never fails.
func SafeOpen(name string) (*backend, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	u, err := url.Parse("http://localhost/")
	if err != nil {
		return nil, err
	}
	return &backend{f: f, base: u}, nil
}

// SafePort is fine: the constant is a port number.
func SafePort(name string) (*backend, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	port, err := strconv.Atoi("8080")
	if err != nil {
		return nil, err
	}
	return &backend{f: f, port: port}, nil
}

func parsedLeak(name, raw string) (*backend, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	return &backend{f: f, base: u}, nil
}

func badConstantLeak(name string) (*backend, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	u, err := url.Parse("http://[::1")
	if err != nil {
		return nil, err
	}
	return &backend{f: f, base: u}, nil
}

func printedLeak(name string, n int) (*backend, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	port, err := strconv.ParseUint(fmt.Sprintf("%d", n), 10, 16)
	if err != nil {
		return nil, err
	}
	return &backend{f: f, port: int(port)}, nil
}
