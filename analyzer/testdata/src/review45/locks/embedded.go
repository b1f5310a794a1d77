package locks

import (
	"sync"
	"time"
)

// A Mailbox embeds its mutex, as much code does: its method set has the
// promoted Lock and Unlock.
type Mailbox struct {
	sync.Mutex
	msgs []string
}

// Receive waits for a message and takes it; it forgets the unlock at the
// end. The promoted Unlock counts as another method that unlocks the
// receiver's mutex (pairedUnlock). HIDDEN by rule 1.
func (m *Mailbox) Receive() string { // want Receive:"locks p0"
	m.Lock() // want `m is locked at line \d+ and still held at the return at line \d+`
	for len(m.msgs) == 0 {
		m.Unlock()
		time.Sleep(time.Millisecond)
		m.Lock()
	}
	s := m.msgs[0]
	m.msgs = m.msgs[1:]
	return s
}

// SafeSend locks and unlocks.
func (m *Mailbox) SafeSend(s string) {
	m.Lock()
	m.msgs = append(m.msgs, s)
	m.Unlock()
}
