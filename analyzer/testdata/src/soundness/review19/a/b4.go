package a

import "os"

// ---- C1: a closure that returns a file it caches in a captured struct.

type opener5 func(name string) (*os.File, error)

type lazy struct{ f *os.File }

func lazyOpen(name string) opener5 {
	st := &lazy{}
	return opener5(func(string) (*os.File, error) {
		if st.f == nil {
			f, err := os.Open(name)
			if err != nil {
				return nil, err
			}
			st.f = f
		}
		return st.f, nil
	})
}

func c1() {
	o := lazyOpen("x")
	f, err := o("y") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// C2: the same with a bound method of a fresh value.
type opener6 func(name string) (*os.File, error)

func (l *lazy) get(name string) (*os.File, error) { // want get:"borrows r0; gives p0.f as r0"
	if l.f == nil {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		l.f = f
	}
	return l.f, nil
}

func c2() {
	o := opener6((&lazy{}).get)
	f, err := o("y") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- E: exported interface method value converted to the type.

type Source interface {
	Open(name string) (*os.File, error)
}

type cacheSrc struct{}

func (cacheSrc) Open(string) (*os.File, error) { return cached, nil } // want Open:"borrows r0; nil r1"

var Src Source = cacheSrc{} // want Src:"holds soundness/review19/a.cacheSrc"

type opener7 func(name string) (*os.File, error)

func e1() {
	f, err := Src.Open("x")
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

func e2() {
	o := opener7(Src.Open)
	f, err := o("x") // want `f returned by o is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- G: exported generic function whose constraint names the type.

type opener8 func(name string) (*os.File, error)

var hooks8 = []any{opener8(func(string) (*os.File, error) { return cached, nil })}

func Register[F opener8](f F) { hooks8 = append(hooks8, any(f)) } // want Register:"keeps p0"

func g1() {
	for _, h := range hooks8 {
		o, ok := h.(opener8)
		if !ok {
			continue
		}
		f, err := o("x") // want `f returned by o is not closed`
		if err != nil {
			continue
		}
		_, _ = f.Stat()
	}
}

// ---- A: exported alias of the type.

type opener9 func(name string) (*os.File, error)

type Opener = opener9

var hook9 opener9 = func(string) (*os.File, error) { return cached, nil }

func SetHook(o Opener) { hook9 = o } // want SetHook:"keeps p0"

func a1() {
	f, err := hook9("x") // want `f returned by hook9 is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- T: exported generic struct instantiated with the type.

type opener10 func(name string) (*os.File, error)

type Box[T any] struct{ V T }

var Boxed = Box[opener10]{V: func(string) (*os.File, error) { return cached, nil }}

func t1() {
	f, err := Boxed.V("x") // want `f returned by Boxed.V is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}

// ---- S: embedded unexported struct with an exported field of the type.

type opener11 func(name string) (*os.File, error)

type inner struct{ Hook opener11 }

type Config struct{ inner }

var defaultHook11 = opener11(func(string) (*os.File, error) { return cached, nil })

func (c *Config) open() {
	h := c.Hook
	if h == nil {
		h = defaultHook11
	}
	f, err := h("x") // want `f returned by h is not closed`
	if err != nil {
		return
	}
	_, _ = f.Stat()
}
