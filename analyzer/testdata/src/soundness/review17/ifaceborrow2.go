package review17

// handleOf returns the handle that Lookup finds or opens.
func (c *Cache) handleOf(name string) *Handle {
	if h, ok := c.Lookup(name).(*Handle); ok {
		return h
	}
	return nil
}

func (c *Cache) handleOfConcrete(name string) *Handle {
	if h, ok := c.LookupConcrete(name).(*Handle); ok {
		return h
	}
	return nil
}

func (c *Cache) handleOfInline(name string) *Handle { // want handleOfInline:"gives p0.def as r0"
	if h, ok := c.LookupInline(name).(*Handle); ok {
		return h
	}
	return nil
}

func handleOfOpen(name string) *Handle {
	if h, ok := openHandle(name).(*Handle); ok {
		return h
	}
	return nil
}

func LeakHandleOf(c *Cache, name string) string {
	h := c.handleOf(name) // want `not closed`
	if h == nil {
		return ""
	}
	return h.Name()
}

func LeakHandleOfConcrete(c *Cache, name string) string {
	h := c.handleOfConcrete(name) // want `not closed`
	if h == nil {
		return ""
	}
	return h.Name()
}

func LeakHandleOfInline(c *Cache, name string) string {
	h := c.handleOfInline(name) // want `not closed`
	if h == nil {
		return ""
	}
	return h.Name()
}

func LeakHandleOfOpen(name string) string {
	h := handleOfOpen(name) // want `not closed`
	if h == nil {
		return ""
	}
	return h.Name()
}
