package closures

import "os"

// This file: a function that returns a file and also leaves a closure
// that closes it with its caller's options, as an HTTP prober's asset
// upload does.

type uploadOptions struct {
	OnResult func(string)
	OnClose  func()
}

func setupUpload(opts *uploadOptions, name string) *os.File { // want setupUpload:"borrows r0"
	f, err := os.Create(name)
	if err != nil {
		return nil
	}
	opts.OnResult = func(s string) { f.WriteString(s) }
	opts.OnClose = func() { f.Close() }
	return f
}

// SafeDropUpload drops the file: the options' OnClose closes it.
func SafeDropUpload(opts *uploadOptions) {
	_ = setupUpload(opts, "assets.jsonl")
}

func setupWriteOnly(opts *uploadOptions, name string) *os.File {
	f, err := os.Create(name)
	if err != nil {
		return nil
	}
	opts.OnResult = func(s string) { f.WriteString(s) }
	return f
}

// leakWriteOnly drops a file that nothing closes: the closure left with
// the options only writes to it.
func leakWriteOnly(opts *uploadOptions) {
	_ = setupWriteOnly(opts, "assets.jsonl") // want `returned by setupWriteOnly is discarded without being closed`
}
