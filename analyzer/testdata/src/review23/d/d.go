// Package d gets *Handle from a getter; Handle's Close has a value
// receiver, so the package's Close calls are on Handle, not *Handle.
package d

import "review23/api"

func readOK(o api.Opener, p []byte) (int, error) {
	h := o.Handle()
	defer h.Close()
	return h.Read(p)
}

func readLeak(o api.Opener, p []byte) (int, error) { // want readLeak:"nil r1"
	// Missed once (new since a0db56a/71b31ea; reported at 0819520): Handle's Close has a value receiver: the package's Close calls take Handle, and the getter's result type is *Handle,
	// so the call is taken for a named getter.
	h := o.Handle() // want `h returned by o\.Handle is not closed`
	return h.Read(p)
}
