package a

import "os"

type closeFn4 func(f *os.File) error

func m3a() {
	c := closeFn4(func(f *os.File) error { return nil })
	f, err := os.Open("x") // want `f returned by os.Open is not closed`
	if err != nil {
		return
	}
	_ = c(f)
}

type closeFn5 func(f *os.File) error

func m3b(g *os.File) { // want m3b:"keeps p0"
	c := closeFn5(func(f *os.File) error { return g.Close() })
	f, err := os.Open("x") // want `f returned by os.Open is not closed`
	if err != nil {
		return
	}
	_ = c(f)
}

type closeFn6 func(f *os.File) error

var gl *os.File

func m3c() {
	c := closeFn6(func(f *os.File) error { return gl.Close() })
	f, err := os.Open("x") // want `f returned by os.Open is not closed`
	if err != nil {
		return
	}
	_ = c(f)
}

type closeFn7 func(f *os.File) error

func m3d() {
	n := 0
	c := closeFn7(func(f *os.File) error { n++; return nil })
	f, err := os.Open("x") // want `f returned by os.Open is not closed`
	if err != nil {
		return
	}
	_ = c(f)
	_ = n
}
