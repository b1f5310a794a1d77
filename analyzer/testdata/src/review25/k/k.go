// Package k calls an opener through type parameters, type sets, method
// expressions, method values, an embedded interface and a generic
// interface: nothing may crash, and every reader is dropped.
package k

import (
	"io"
	"os"
)

type Src interface {
	Open() (io.ReadCloser, error)
}

type Named interface {
	Src
	Name() string
}

type GSrc[T any] interface {
	Open() (io.ReadCloser, error)
	Tag() T
}

type fileOrSrc interface {
	*os.File | *srcImpl
	Open() (io.ReadCloser, error)
}

type srcImpl struct{ Src }

func viaTypeParam[S Src](s S) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

func viaTypeSet[S fileOrSrc](s S) error {
	r, err := s.Open() // want `r returned by s\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

func viaMethodExpr(s Src) error {
	r, err := Src.Open(s) // want `r returned by Src\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

func viaMethodValue(s Src) error {
	open := s.Open
	r, err := open() // want `r returned by open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

func viaEmbedded(n Named) error {
	r, err := n.Open() // want `r returned by n\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

func viaGeneric(g GSrc[int]) error {
	r, err := g.Open() // want `r returned by g\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

func viaGenericAgain(g GSrc[int]) error {
	r, err := g.Open() // want `r returned by g\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

func viaGenericParam[T any](g GSrc[T]) error {
	r, err := g.Open() // want `r returned by g\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

var _ = viaTypeParam[Src]
var _ = viaTypeSet[*srcImpl]
var _ = viaGenericParam[string]

type ROpener[R io.Closer] interface {
	Open() (R, error)
}

type fileROpener struct{ path string }

func (o fileROpener) Open() (*os.File, error) { return os.Open(o.path) }

func viaResultParam[R io.Closer](o ROpener[R]) error {
	r, err := o.Open() // want `r returned by o\.Open is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = r
	return nil
}

func viaResultParamAgain[R io.Closer](o ROpener[R]) error {
	r, err := o.Open() // want `r returned by o\.Open is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = r
	return nil
}

func viaGenericMethodExpr(g GSrc[int]) error {
	r, err := GSrc[int].Open(g) // want `r returned by GSrc\[int\]\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

type holder struct{ Named }

func viaStructEmbedding(h holder) error {
	r, err := h.Open() // want `r returned by h\.Open is not closed`
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

var _ = viaResultParam[*os.File]
var _ ROpener[*os.File] = fileROpener{}
