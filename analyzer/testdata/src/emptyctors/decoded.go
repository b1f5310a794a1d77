package emptyctors

// This file decodes a response that starts empty and keeps, once the
// status line is read, the stream it was read from for the body. A
// stream of the caller's kept in it is the caller's to close: dropping
// the response leaks nothing of the function's own.

import (
	"bufio"
	"io"
	"os"
)

// Response is a status and the stream of the body that follows it.
type Response struct {
	status string
	body   io.ReadCloser
}

// NewResponse returns a response that holds no stream yet.
func NewResponse() *Response { // want NewResponse:"empty r0"
	return &Response{}
}

// Close closes the stream of the body.
func (r *Response) Close() error { // want Close:"closes p0.body"
	if r.body == nil {
		return nil
	}
	return r.body.Close()
}

// Decode reads the status line from rc, and keeps rc for the body.
func (r *Response) Decode(rc io.ReadCloser) error { // want Decode:"keeps p1"
	line, err := bufio.NewReader(rc).ReadString('\n')
	if err != nil {
		return err
	}
	r.status, r.body = line, rc
	return nil
}

// SafeDecodeResponse drops the response where decoding failed: the
// stream in it is its caller's.
func SafeDecodeResponse(rc io.ReadCloser) (*Response, error) { // want SafeDecodeResponse:"keeps p0"
	res := NewResponse()
	if err := res.Decode(rc); err != nil {
		return nil, err
	}
	return res, nil
}

// decodeFileLeak drops the response, and the file it opened for it,
// where the status is not what it wanted. (Where decoding failed, Decode
// kept nothing in the response, which is still empty.)
func decodeFileLeak(name string) (*Response, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	res := NewResponse() // want `res returned by NewResponse is not closed on all paths: the return at line 63 is reached when res.status != "200\\n" at line 62 \(possible resource leak\)`
	if err := res.Decode(f); err != nil || res.status != "200\n" {
		return nil, io.ErrUnexpectedEOF
	}
	return res, nil
}
