package pooledresults

import "pooledresults/dep"

// SafeDiscard leaves a result unclosed: its Close only gives memory back
// to a sync.Pool.
func SafeDiscard() error {
	_, err := dep.Execute("SET autocommit=1")
	return err
}

// SafeRows reads a result and never closes it.
func SafeRows(q string) (int, error) {
	r, err := dep.Execute(q)
	if err != nil {
		return 0, err
	}
	if len(r.Fields) == 0 {
		return 0, nil
	}
	return len(r.Rows), nil
}

// leakHandle drops a handle whose Close puts back a session that holds a
// connection.
func leakHandle(addr string) error {
	h, err := dep.Acquire(addr) // want `h returned by dep.Acquire is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = h
	return nil
}
