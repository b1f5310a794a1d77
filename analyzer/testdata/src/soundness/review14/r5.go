package review14

// holder keeps the current counter, which reload may drop.
type holder struct {
	cur *counter
}

func (h *holder) reload() { // want reload:"nothing when zero"
	if h.cur.n > 10 {
		h.cur = nil
	}
}

// lockReloadLeak locks the current counter, and returns holding it when
// reload dropped it: h.cur is nil, but the old counter is locked.
//
// Hidden by the first version of a rule of its round, reported before and since: lockBranch (lockcheck.go) takes
// h.cur == nil for a branch where the lock taken through h.cur is not
// held; places name access paths, and reload stored to h.cur in between.
func (h *holder) lockReloadLeak() int {
	h.cur.Lock() // want `is locked at line 21 and still held`
	h.reload()
	if h.cur == nil {
		return 0
	}
	defer h.cur.Unlock()
	return h.cur.n
}
