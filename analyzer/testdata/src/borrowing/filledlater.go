package borrowing

// This file: values whose constructor leaves empty what their Close
// releases, but whose Close leakvet cannot read as closing named fields,
// or whose channel a goroutine the caller starts waits on. They are
// resources from the start: a method that fills them later (open,
// Connect) is not followed, so holding nothing yet cannot be proved.

import (
	"net"
	"os"
	"sync/atomic"
	"syscall"
	"time"
)

// device's Close releases a descriptor that open fills in later. Its
// Close names no field that leakvet follows, so a device is a resource
// from the start.
type device struct {
	fd   int
	name string
}

func newDevice(name string) *device { return &device{name: name} }

func (d *device) open() error {
	fd, err := syscall.Open(d.name, syscall.O_RDWR, 0)
	if err != nil {
		return err
	}
	d.fd = fd
	return nil
}

func (d *device) Close() error { return syscall.Close(d.fd) }

// deviceLeak never closes the descriptor that open puts in d.
func deviceLeak(name string) error {
	d := newDevice(name) // want `d returned by newDevice is not closed`
	if err := d.open(); err != nil {
		return err
	}
	return nil
}

// deviceFillLeak stores the descriptor into d itself and drops d.
func deviceFillLeak(name string) error {
	d := newDevice(name) // want `d returned by newDevice is not closed`
	fd, err := syscall.Open(name, syscall.O_RDWR, 0)
	if err != nil {
		return err
	}
	d.fd = fd
	return nil
}

// tmpDir's Close removes a directory that create makes later.
type tmpDir struct {
	dir string
}

func newTmpDir() *tmpDir { return &tmpDir{} }

func (t *tmpDir) create() (err error) {
	t.dir, err = os.MkdirTemp("", "x")
	return err
}

func (t *tmpDir) Close() error { return os.RemoveAll(t.dir) }

// tmpDirLeak never removes the directory.
func tmpDirLeak() error {
	t := newTmpDir() // want `t returned by newTmpDir is not closed`
	return t.create()
}

// streamConn's Close shuts down the read side of a connection that
// Connect dials.
type streamConn struct {
	addr    string
	conn    *net.TCPConn
	closing int32
}

func (c *streamConn) Close() error { // want Close:"nothing when zero"
	atomic.StoreInt32(&c.closing, 1)
	if c.conn != nil {
		return c.conn.CloseRead()
	}
	return nil
}

func (c *streamConn) Connect() error { // want Connect:"fills p0 only on success"
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		return err
	}
	c.conn = conn.(*net.TCPConn)
	return nil
}

func newStreamConn(addr string) *streamConn { return &streamConn{addr: addr} } // want newStreamConn:"empty r0"

// connectedDropped dials and never shuts the connection down.
func connectedDropped(addr string) error {
	c := newStreamConn(addr) // want `c returned by newStreamConn is not closed`
	if err := c.Connect(); err != nil {
		return err
	}
	return nil
}

// worker's Close stops the loop that waits on quit, a channel that
// newWorker makes for the worker alone, and closes the connection.
type worker struct {
	quit chan struct{}
	conn net.Conn
}

func newWorker() *worker { return &worker{quit: make(chan struct{})} }

func (w *worker) loop() {
	for {
		select {
		case <-w.quit:
			return
		case <-time.After(time.Second):
		}
	}
}

func (w *worker) Close() error { // want Close:"keeps p0; releases p0 on failure; closes p0.conn"
	close(w.quit)
	if w.conn != nil {
		return w.conn.Close()
	}
	return nil
}

func (w *worker) start() { go w.loop() } // want start:"keeps p0"

// workerLeak starts the loop and never stops it: the goroutine waits for
// ever on quit.
func workerLeak() {
	w := newWorker() // want `w returned by newWorker is not closed`
	go w.loop()
}

// workerStartLeak starts the loop through a method, and never stops it.
func workerStartLeak() {
	w := newWorker() // want `w returned by newWorker is not closed`
	w.start()
}
