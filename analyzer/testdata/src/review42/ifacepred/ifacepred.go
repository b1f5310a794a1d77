// Package ifacepred probes rule 2 (invokedPredicateArg): an error
// predicate called through an interface is one where every method of the
// program that can run there says false for a nil error.
package ifacepred

import (
	"os"
)

// OS is an exported interface; this package's one implementation says
// false for a nil error, but importers may give their own.
type OS interface {
	Create(name string) (*os.File, error)
	Retryable(err error) bool
}

type realOS struct{}

func (realOS) Create(name string) (*os.File, error) { return os.Create(name) }
func (realOS) Retryable(err error) bool            { return os.IsExist(err) } // want Retryable:"false for nil p1"

// Store writes files through an OS.
type Store struct{ OS OS }

// NewStore returns a store over the real OS, or over the one given.
func NewStore(o OS) *Store { // want NewStore:"keeps p0; wraps p0 in r0"
	if o == nil {
		o = realOS{}
	}
	return &Store{OS: o}
}

// Create: LEAKS where the importer's Retryable says true for a nil error
// (see review42/ifacepred/user): the first file is dropped open.
func (s *Store) Create(name string) (*os.File, error) {
	f, err := s.OS.Create(name) // want `f returned by s\.OS\.Create is not closed`
	if s.OS.Retryable(err) {
		return s.OS.Create(name + ".1")
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// hidden is an unexported interface; NewHidden is exported, so an
// importer can still pass any value with these methods.
type hidden interface {
	Create(name string) (*os.File, error)
	Retryable(err error) bool
}

type hiddenStore struct{ osi hidden }

// NewHidden returns a store over o.
func NewHidden(o hidden) *hiddenStore { return &hiddenStore{osi: o} } // want NewHidden:"keeps p0; wraps p0 in r0"

// Create: LEAKS likewise where the importer's Retryable says true for nil.
func (s *hiddenStore) Create(name string) (*os.File, error) {
	f, err := s.osi.Create(name) // want `f returned by s\.osi\.Create is not closed`
	if s.osi.Retryable(err) {
		return s.osi.Create(name + ".1")
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

var _ hidden = realOS{}

// predFunc adapts a function value; the functions the package gives it
// say false for nil, but an importer may give any.
type PredFunc func(error) bool

func (p PredFunc) Retryable(err error) bool { return p(err) } // want Retryable:"keeps p1; gives r0 of p0\\(\\) as r0"

type retrier interface{ Retryable(err error) bool }

// CreateWith: LEAKS where the importer's function says true for nil.
func CreateWith(r retrier, name string) (*os.File, error) {
	f, err := os.Create(name) // want `f returned by os\.Create is not closed`
	if r.Retryable(err) {
		return os.Create(name + ".1")
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

var _ retrier = PredFunc(os.IsExist)

// ---- Same package: an implementation that says false for nil but
// returns the *other* meaning (true = keep) ----

type keeper interface{ Failed(err error) bool }

type okKeeper struct{}

// Failed says false for nil (a predicate), but the caller misuses it.
func (okKeeper) Failed(err error) bool { return err != nil && !os.IsExist(err) } // want Failed:"false for nil p1"

// MisuseSafe: SAFE (f is nil where Failed holds).
func MisuseSafe(k keeper, name string) (*os.File, error) {
	f, err := os.Create(name) // want `f returned by os\.Create is not closed`
	if k.Failed(err) {
		return nil, err
	}
	return f, err
}

var _ keeper = okKeeper{}
