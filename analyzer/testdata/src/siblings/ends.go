package siblings

import "errors"

// readerEnd frees a reader in code the analysis does not see.
var readerEnd func(id int)

// Reader is a read transaction: End ends it, and Close is End.
type Reader struct{ id int }

// End ends the transaction.
func (r Reader) End() { readerEnd(r.id) } // want End:"releases p0"

// Close ends the transaction.
func (r Reader) Close() error { // want Close:"releases p0; nil r0"
	r.End()
	return nil
}

// Handle opens readers.
type Handle struct{ next int }

// NewReader begins a read transaction.
func (h *Handle) NewReader() (Reader, error) {
	if h.next < 0 {
		return Reader{}, errors.New("closed handle")
	}
	h.next++
	return Reader{id: h.next}, nil
}

func (r Reader) list(prefix string) ([]string, error) {
	if prefix == "" {
		return nil, errors.New("no prefix")
	}
	return []string{prefix}, nil
}

// SafeChunks is fine: where it fails it ends the reader, as Close would.
func SafeChunks(h *Handle, dir string) (r Reader, items []string, err error) {
	r, err = h.NewReader()
	if err != nil {
		return
	}
	defer func() {
		if err != nil {
			r.End()
		}
	}()
	items, err = r.list(dir)
	return
}

func chunksLeak(h *Handle, dir string) ([]string, error) {
	r, err := h.NewReader() // want `r returned by h.NewReader is not closed on all paths`
	if err != nil {
		return nil, err
	}
	items, err := r.list(dir)
	if err != nil {
		return nil, err
	}
	r.End()
	return items, nil
}
