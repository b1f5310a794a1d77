// Package nilerr: returns behind errors that are always nil, and errors that only look so.
package nilerr

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
)

// token2's error is NOT always nil: a deferred closure sets it when the
// token is empty (n == 0). The wrapped-rand.Read return is dead, and the
// other return's err is loaded after RunDefers (the closure can change
// it).
func token2(n int) (tok string, err error) {
	defer func() {
		if tok == "" {
			err = errors.New("empty token")
		}
	}()
	b := make([]byte, n)
	_, err = rand.Read(b)
	if err != nil {
		return "", fmt.Errorf("token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

type S struct {
	ln  net.Listener
	tok string
}

func (s *S) Close() error { return s.ln.Close() } // want Close:"releases\\ p0;\\ closes\\ p0\\.ln"

// New leaks ln where token2 fails (n == 0).
func New(n int) (*S, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0") // want `ln\ returned\ by\ net\.Listen\ is\ not\ closed\ on\ all\ paths:\ the\ return\ at\ line\ 45\ is\ reached\ when\ err\ !=\ nil\ at\ line\ 44`
	if err != nil {
		return nil, err
	}
	tok, err := token2(n)
	if err != nil {
		return nil, err // leak
	}
	return &S{ln: ln, tok: tok}, nil
}

// token3: plain named results without the dead branch (control:
// is this taken to be always nil?)
func token3(n int) (tok string, err error) {
	defer func() {
		if tok == "" {
			err = errors.New("empty token")
		}
	}()
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b), nil
}

func New3(n int) (*S, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0") // want `ln\ returned\ by\ net\.Listen\ is\ not\ closed\ on\ all\ paths:\ the\ return\ at\ line\ 70\ is\ reached\ when\ err\ !=\ nil\ at\ line\ 69`
	if err != nil {
		return nil, err
	}
	tok, err := token3(n)
	if err != nil {
		return nil, err // leak
	}
	return &S{ln: ln, tok: tok}, nil
}

// token (testdata): SAFE caller.
func token() (string, error) { // want token:"nil\\ r1"
	b := make([]byte, 32)
	_, err := rand.Read(b)
	if err != nil {
		return "", fmt.Errorf("token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

func SafeNew() (*S, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	tok, err := token()
	if err != nil {
		return nil, err
	}
	return &S{ln: ln, tok: tok}, nil
}
