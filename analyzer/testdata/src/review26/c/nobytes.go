package c

// takeOnly moves the file out of the pool, with no bytes.Reader path.
func (p *pool) takeOnly() *rc { // want takeOnly:"borrows r0; gives p0.f as r0.r"
	r := &rc{r: p.f}
	p.f = nil
	return r
}

// leakTakeOnly drops the reader that took the pool's file.
func leakTakeOnly(p *pool) int {
	r := p.takeOnly()
	b := make([]byte, 1)
	n, _ := r.Read(b)
	return n
}
