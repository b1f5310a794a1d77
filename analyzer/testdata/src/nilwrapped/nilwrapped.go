// Package nilwrapped: an error that is always nil, wrapped on the branch
// where it is not, is never returned: crypto/rand.Read never fails.
package nilwrapped

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
)

func token() (string, error) { // want token:"nil r1"
	b := make([]byte, 32)
	_, err := rand.Read(b)
	if err != nil {
		return "", fmt.Errorf("token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

type S struct {
	ln  net.Listener
	tok string
}

func (s *S) Close() error { return s.ln.Close() } // want Close:"releases p0; closes p0.ln"

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

func readToken(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("token: %w", err)
	}
	return hex.EncodeToString(b), nil
}

func LeakNew(path string) (*S, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0") // want `ln returned by net.Listen is not closed on all paths`
	if err != nil {
		return nil, err
	}
	tok, err := readToken(path)
	if err != nil {
		return nil, err
	}
	return &S{ln: ln, tok: tok}, nil
}
