package borrowing

import (
	"net"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"
)

// --- Values kept in unsafe.Pointer variables with sync/atomic ---

var (
	// sharedSock atomically holds the process's one socket, a
	// *net.UnixConn.
	sharedSock unsafe.Pointer
	// sharedOnce makes the socket once.
	sharedOnce sync.Once
)

// initSharedSock makes the process's socket: atomic.StorePointer hands it
// to sharedSock, as sharedSock = sock would.
func initSharedSock() {
	sock, err := net.ListenUnixgram("unixgram", nil)
	if err != nil {
		return
	}
	atomic.StorePointer(&sharedSock, unsafe.Pointer(sock))
}

// sharedConn returns the process's socket, made on first use: what it
// loads from sharedSock belongs to sharedSock, as what a load of a plain
// global gives does.
func sharedConn() *net.UnixConn { // want sharedConn:"borrows r0"
	conn := (*net.UnixConn)(atomic.LoadPointer(&sharedSock))
	if conn != nil {
		return conn
	}
	sharedOnce.Do(initSharedSock)
	return (*net.UnixConn)(atomic.LoadPointer(&sharedSock))
}

// SafeSharedConn is fine: the socket is the process's, not its own.
func SafeSharedConn(b []byte) error {
	conn := sharedConn()
	if conn == nil {
		return os.ErrNotExist
	}
	_, err := conn.Write(b)
	return err
}

// LeakLocalPointer leaks: the variable it stores the file in is its own
// and gone when it returns.
func LeakLocalPointer(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	var p unsafe.Pointer
	atomic.StorePointer(&p, unsafe.Pointer(f))
	return nil
}

// LeakLocalFile leaks too: the address of its own variable, converted
// for StorePointer, is still only its own.
func LeakLocalFile(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	var cur *os.File
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&cur)), unsafe.Pointer(f))
	return nil
}

// spareSock swaps a new socket into sharedSock and returns the one that
// was there: SwapPointer takes it out, so the caller owns it.
func spareSock() *net.UnixConn {
	sock, err := net.ListenUnixgram("unixgram", nil)
	if err != nil {
		return nil
	}
	return (*net.UnixConn)(atomic.SwapPointer(&sharedSock, unsafe.Pointer(sock)))
}

// LeakSwappedOut leaks: the socket it took out of sharedSock is its own.
func LeakSwappedOut() bool {
	old := spareSock() // want `old returned by spareSock is not closed`
	return old != nil
}

// sharedOrNew returns the process's socket if there is one, and a new
// socket that it keeps nowhere otherwise: its result is not always
// borrowed.
func sharedOrNew() (*net.UnixConn, error) {
	if conn := (*net.UnixConn)(atomic.LoadPointer(&sharedSock)); conn != nil {
		return conn, nil
	}
	return net.ListenUnixgram("unixgram", nil)
}

// LeakSharedOrNew leaks the new socket that sharedOrNew may return.
func LeakSharedOrNew(b []byte) error {
	conn, err := sharedOrNew() // want `conn returned by sharedOrNew is not closed`
	if err != nil {
		return err
	}
	_, err = conn.Write(b)
	return err
}

// fileSlot holds the current file of a writer, swapped atomically.
type fileSlot struct {
	file  *os.File
	spare unsafe.Pointer
}

// reopen replaces the slot's file: the store through the converted
// address of s.file is s.file = f, and s keeps f.
func (s *fileSlot) reopen(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&s.file)), unsafe.Pointer(f))
	return nil
}

// setSpare offers c as the spare file of s, which keeps it only when it
// has no spare yet: otherwise c is dropped.
func (s *fileSlot) setSpare(c *os.File) {
	atomic.CompareAndSwapPointer(&s.spare, nil, unsafe.Pointer(c))
}

// LeakSpare leaks the file when the slot has a spare already: a
// compare-and-swap stores only when it swaps.
func LeakSpare(s *fileSlot, name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the return`
	if err != nil {
		return err
	}
	s.setSpare(f)
	return nil
}

// SafeLazySpare is fine: the file that loses the race is closed, and the
// winner's is returned as the slot's.
func (s *fileSlot) SafeLazySpare(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	if !atomic.CompareAndSwapPointer(&s.spare, nil, unsafe.Pointer(f)) {
		f.Close()
		return (*os.File)(atomic.LoadPointer(&s.spare)), nil
	}
	return f, nil
}

// lazySpareLeak leaks the file that loses the race.
func (s *fileSlot) lazySpareLeak(name string) (*os.File, error) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return nil, err
	}
	if !atomic.CompareAndSwapPointer(&s.spare, nil, unsafe.Pointer(f)) {
		return (*os.File)(atomic.LoadPointer(&s.spare)), nil
	}
	return f, nil
}

// current returns the slot's file, which the slot keeps.
func (s *fileSlot) current() *os.File { // want current:"borrows r0"
	return (*os.File)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&s.file))))
}

// SafeCurrent is fine: the file is the slot's.
func SafeCurrent(s *fileSlot) string {
	return s.current().Name()
}

// LeakNewSlot leaks: the slot it stores the file in is its own, and
// dropped.
func LeakNewSlot(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	s := &fileSlot{}
	atomic.StorePointer(&s.spare, unsafe.Pointer(f))
	return nil
}

// fileBox holds a file in an unsafe.Pointer field.
type fileBox struct {
	p unsafe.Pointer
}

// Close closes the file that the box holds.
func (b *fileBox) Close() error {
	return (*os.File)(atomic.LoadPointer(&b.p)).Close()
}

// openBox returns a new box around the file it opens: the atomic store
// into the new box's field makes the box hold the file, as b.p = f
// would, and returning the box hands the file over.
func openBox(name string) (*fileBox, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	b := &fileBox{}
	atomic.StorePointer(&b.p, unsafe.Pointer(f))
	return b, nil
}

// SafeOpenBox is fine: it closes the box, which closes the file.
func SafeOpenBox(name string) error {
	b, err := openBox(name)
	if err != nil {
		return err
	}
	return b.Close()
}

// LeakBox leaks: the box that holds the file is dropped.
func LeakBox(name string) error {
	f, err := os.Open(name) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	b := &fileBox{}
	atomic.StorePointer(&b.p, unsafe.Pointer(f))
	_ = b
	return nil
}
