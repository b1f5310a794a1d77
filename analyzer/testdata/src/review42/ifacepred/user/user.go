// Package user gives ifacepred implementations whose predicates say true
// for a nil error.
package user

import (
	"os"

	"review42/ifacepred"
)

type eagerOS struct{}

func (eagerOS) Create(name string) (*os.File, error) { return os.Create(name) }

// Retryable says true for a nil error too.
func (eagerOS) Retryable(err error) bool { return err == nil || os.IsExist(err) } // want Retryable:"true for nil p1"

// Use: the store drops the first file (the leak is in ifacepred.Store.Create).
func Use() (*os.File, error) {
	return ifacepred.NewStore(eagerOS{}).Create("x")
}

// UseHidden likewise through the unexported interface.
func UseHidden() (*os.File, error) {
	return ifacepred.NewHidden(eagerOS{}).Create("x")
}

// UseFunc likewise through a function value.
func UseFunc() (*os.File, error) {
	return ifacepred.CreateWith(ifacepred.PredFunc(func(err error) bool { return err == nil }), "x")
}
