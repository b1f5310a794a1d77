// Package constparse tests rule 4 (constantErrors): parses of strings made
// of constants and fmt.Sprintf("...%d...", n) are evaluated at analysis
// time with every %d printed as "0". That is sound for url.Parse of a host
// name, but not where the number itself decides the outcome:
//   - net.ParseCIDR("10.0.0.0/%d") fails for a prefix over 32;
//   - regexp.Compile("^a{%d}$") fails for a count over 1000;
//   - time.ParseDuration("%dh") fails on overflow (n > 2562047);
//   - url.Parse("http://localhost:%d/") fails for a negative port.
//
// Each Leak function drops the file on the parse's error return, which
// the new rule treats as unreachable; each SHOULD be reported.
// SafeConst parses a true constant and is fine.
//
// Fixed since (round twenty-one): only strings that constants give are evaluated (a number printed into one is not): the four leaks are reported.
package constparse

import (
	"fmt"
	"net"
	"net/url"
	"os"
	"regexp"
	"time"
)

type backend struct {
	f   *os.File
	n   *net.IPNet
	re  *regexp.Regexp
	d   time.Duration
	url *url.URL
}

func cidrLeak(name string, prefix int) (*backend, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	_, n, err := net.ParseCIDR(fmt.Sprintf("10.0.0.0/%d", prefix))
	if err != nil {
		return nil, err // prefix 33
	}
	return &backend{f: f, n: n}, nil
}

func regexpLeak(name string, width int) (*backend, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	re, err := regexp.Compile(fmt.Sprintf("^a{%d}$", width))
	if err != nil {
		return nil, err // width 1001
	}
	return &backend{f: f, re: re}, nil
}

func durationLeak(name string, hours int64) (*backend, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	d, err := time.ParseDuration(fmt.Sprintf("%dh", hours))
	if err != nil {
		return nil, err // hours 3000000
	}
	return &backend{f: f, d: d}, nil
}

func portLeak(name string, port int) (*backend, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(fmt.Sprintf("http://localhost:%d/", port))
	if err != nil {
		return nil, err // port -1
	}
	return &backend{f: f, url: u}, nil
}

// SafeConst is fine: the constant always parses.
func SafeConst(name string) (*backend, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	_, n, err := net.ParseCIDR("10.0.0.0/8")
	if err != nil {
		return nil, err
	}
	return &backend{f: f, n: n}, nil
}
