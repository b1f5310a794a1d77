package wrappers

// This file iterates over a source of tokens, an interface without Close
// whose methods return an error last, as xml.TokenReader is: an iterator
// that holds only the source stands for it, as a wrapper of an io.Reader
// does, and one over the caller's source is the caller's business.

import (
	"bufio"
	"errors"
	"io"
	"os"
)

// TokenSource yields tokens until io.EOF.
type TokenSource interface {
	Token() (string, error)
}

type nopCloser struct{}

func (nopCloser) Close() error { return nil } // want Close:"releases nothing"

// tokenReadCloser is a source that can be closed.
type tokenReadCloser interface {
	TokenSource
	io.Closer
}

// wrapClose gives src a Close: its own, or one that does nothing.
func wrapClose(src TokenSource) tokenReadCloser { // want wrapClose:"wraps p0 in r0"
	c, ok := src.(io.Closer)
	if !ok {
		c = nopCloser{}
	}
	return struct {
		TokenSource
		io.Closer
	}{countTokens(src), c}
}

// countTokens returns src, counting the tokens read through it.
func countTokens(src TokenSource) TokenSource { // want countTokens:"keeps p0; wraps p0 in r0"
	return &counted{src: src}
}

// counted counts the tokens read through it.
type counted struct {
	src TokenSource
	n   int
}

func (c *counted) Token() (string, error) {
	c.n++
	return c.src.Token()
}

// tokenIter closes its source, where the source can be closed, when it
// is closed.
type tokenIter struct {
	r   tokenReadCloser
	err error
}

func newTokenIter(src TokenSource) *tokenIter { // want newTokenIter:"wraps p0 in r0"
	return &tokenIter{r: wrapClose(src)}
}

func (it *tokenIter) Next() (string, bool) {
	tok, err := it.r.Token()
	if err != nil {
		it.err = err
		return "", false
	}
	return tok, true
}

func (it *tokenIter) Close() error { return it.r.Close() } // want Close:"releases p0"

// SafeCountTokens iterates over its caller's source and leaves it to the
// caller where it stops early.
func SafeCountTokens(src TokenSource, limit int) (int, error) { // want SafeCountTokens:"keeps p0"
	it := newTokenIter(src)
	n := 0
	for {
		_, ok := it.Next()
		if !ok {
			break
		}
		if n++; n > limit {
			return n, errors.New("too many tokens")
		}
	}
	if errors.Is(it.err, io.EOF) {
		return n, it.Close()
	}
	return n, it.err
}

// fileTokens reads words from a file it owns.
type fileTokens struct {
	f *os.File
	s *bufio.Scanner
}

func (ft *fileTokens) Token() (string, error) {
	if !ft.s.Scan() {
		return "", io.EOF
	}
	return ft.s.Text(), nil
}

func (ft *fileTokens) Close() error { return ft.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

func openTokens(path string) (*fileTokens, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	s := bufio.NewScanner(f)
	s.Split(bufio.ScanWords)
	return &fileTokens{f: f, s: s}, nil
}

// firstTokenLeak opens a source of its own and drops the iterator over
// it, and so the file.
func firstTokenLeak(path string) (string, error) {
	ft, err := openTokens(path) // want `ft returned by openTokens is not closed before the return at line 134 \(possible resource leak\)`
	if err != nil {
		return "", err
	}
	it := newTokenIter(ft)
	tok, _ := it.Next()
	return tok, nil
}
