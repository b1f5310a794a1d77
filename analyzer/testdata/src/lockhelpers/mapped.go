//go:build !wasm

package lockhelpers

// lockMapped is false wherever this file is compiled: the mapped reads
// below take no lock.
const lockMapped = false

// SafeMapped is fine: lockMapped is false in every build that compiles
// this file, so the early return holds no lock.
func (c *client) SafeMapped(b []byte) int {
	if lockMapped {
		c.mu.Lock()
	}
	if len(b) > c.n {
		return 0
	}
	if lockMapped {
		c.mu.Unlock()
	}
	return len(b)
}
