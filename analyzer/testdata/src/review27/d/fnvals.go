package d

import (
	"io"
	"os"
)

// V1: a function value that is one of two functions: one gives back the
// reader, the other wraps it along with a temp file of its own.
func passFn(r io.ReadCloser) (io.ReadCloser, error) { return r, nil } // want passFn:"keeps p0; borrows r0; returns p0 as r0; nil r1"

func diskFn(r io.ReadCloser) (io.ReadCloser, error) { // want diskFn:"keeps p0; wraps p0 in r0; r0 is \\*tw10"
	tmp, err := os.CreateTemp("", "x")
	if err != nil {
		return nil, err
	}
	return wrapW10(r, tmp), nil
}

type pipeline struct {
	stage func(io.ReadCloser) (io.ReadCloser, error)
}

func newPipeline(disk bool) *pipeline {
	if disk {
		return &pipeline{stage: diskFn}
	}
	return &pipeline{stage: passFn}
}

func V1(disk bool, name string) error {
	p := newPipeline(disk)
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sp, err := p.stage(f) // want `sp returned by p.stage is not closed`
	if err != nil {
		return err
	}
	return send(sp)
}

func V2(disk bool, name string) error {
	stage := passFn
	if disk {
		stage = diskFn
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sp, err := stage(f) // want `sp returned by stage is not closed`
	if err != nil {
		return err
	}
	return send(sp)
}
