// Package d opens handles, whose Close is *os.File's, promoted: one
// function closes its handle, two drop theirs.
package d

import "review25/api"

func Size(o api.HandleOpener) (int64, error) {
	h, err := o.OpenHandle()
	if err != nil {
		return 0, err
	}
	defer h.Close()
	st, err := h.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

func Name(o api.HandleOpener) (string, error) {
	h, err := o.OpenHandle() // want `h returned by o\.OpenHandle is not closed`
	if err != nil {
		return "", err
	}
	return h.Name(), nil
}

func PathOf(o api.HandleOpener) (string, error) {
	h, err := o.OpenHandle() // want `h returned by o\.OpenHandle is not closed`
	if err != nil {
		return "", err
	}
	return h.Path, nil
}
