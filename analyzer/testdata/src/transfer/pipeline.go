package transfer

// This file sends requests through a pipeline of policies: Next gives a
// copy of the request to the next policy, behind an interface that other
// packages implement, and one of them closes its body. The pipeline
// takes the request over.

import (
	"errors"
	"io"
	"os"
)

type PipeRequest struct {
	body     io.ReadCloser
	policies []Policy
}

func (r *PipeRequest) Close() error { // want Close:"keeps p0; releases p0 on failure; nothing when zero; closes p0.body"
	if r.body == nil {
		return nil
	}
	return r.body.Close()
}

// A Policy handles a request; other packages write them.
type Policy interface {
	Do(req *PipeRequest) error
}

// Next hands a copy of r to the next policy.
func (r *PipeRequest) Next() error { // want Next:"exposes p0"
	if len(r.policies) == 0 {
		return errors.New("no more policies")
	}
	p := r.policies[0]
	next := *r
	next.policies = next.policies[1:]
	return p.Do(&next)
}

type Pipeline struct {
	policies []Policy
}

func (pl Pipeline) Send(req *PipeRequest) error { // want Send:"keeps p1"
	if req == nil {
		return errors.New("nil request")
	}
	req.policies = pl.policies
	return req.Next()
}

// SafeUpload is fine: the pipeline's policies close the body.
func SafeUpload(pl Pipeline, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	return pl.Send(&PipeRequest{body: f})
}

// size reads the request's body length; it gives the request to nothing.
func (r *PipeRequest) size() (int64, error) {
	if s, ok := r.body.(interface{ Stat() (os.FileInfo, error) }); ok {
		st, err := s.Stat()
		if err != nil {
			return 0, err
		}
		return st.Size(), nil
	}
	return 0, errors.New("no size")
}

// SizeLeak never closes the request it sized.
func SizeLeak(path string) (int64, error) {
	f, err := os.Open(path) // want `f returned by os.Open is not closed`
	if err != nil {
		return 0, err
	}
	r := &PipeRequest{body: f}
	return r.size()
}
