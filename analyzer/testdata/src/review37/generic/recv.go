package generic

// Pool keeps idle V's; Get hands one out (the caller now owns it and must
// Put it back or Close it) or makes one with mk.
type Pool[V any] struct{ idle chan V }

func (p *Pool[V]) Put(v V) { // want Put:"keeps\\ p1"
	select {
	case p.idle <- v:
	default:
	}
}

func (p *Pool[V]) Get(mk func() V) V {
	select {
	case v := <-p.idle:
		return v
	default:
		return mk()
	}
}

// Last keeps the last V given to it by Set, and Take moves it out.
type Last[V comparable] struct{ v V }

func (l *Last[V]) Set(v V) { l.v = v } // want Set:"keeps\\ p1"

func (l *Last[V]) Take(mk func() V) V { // want Take:"gives\\ p0\\.v\\ as\\ r0"
	var zero V
	if v := l.v; v != zero {
		l.v = zero
		return v
	}
	return mk()
}

func LeakTake(l *Last[*Conn]) error { // want LeakTake:"nil\\ r0"
	c := l.Take(borrowed) // moved out of l: the caller owns it now // want `c\ returned\ by\ l\.Take\ is\ not\ closed\ before\ the\ return\ at\ line\ 39`
	return c.Ping()
}

func LeakPoolGet(p *Pool[*Conn]) error { // want LeakPoolGet:"nil\\ r0"
	c := p.Get(borrowed) // want `c\ returned\ by\ p\.Get\ is\ not\ closed\ before\ the\ return\ at\ line\ 44`
	return c.Ping()
}
