package review

// This file moves the resources of a value into an owner that outlives
// the function, field by field, and drops the emptied value.

import (
	"context"
	"errors"
	"fmt"
	"hash"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

// objectFile reads an object over HTTP. Its Close closes the response's
// body and, when the whole object was read, checks its hash: it releases
// nothing but what field resp holds.
type objectFile struct {
	url       string
	resp      *http.Response
	body      io.Reader
	checkHash bool
	hash      hash.Hash
	eof       bool
	pos       int64
}

func checkClose(c io.Closer, err *error) { // want checkClose:"releases p0"
	cerr := c.Close()
	if *err == nil {
		*err = cerr
	}
}

func (f *objectFile) Close() (err error) { // want Close:"releases p0; closes p0.resp"
	defer checkClose(f.resp.Body, &err)
	if !f.eof || !f.checkHash {
		return
	}
	got := strings.ToLower(strings.Trim(f.resp.Header.Get("Etag"), "\""))
	if got != fmt.Sprintf("%x", f.hash.Sum(nil)) {
		err = errors.New("object corrupted")
	}
	return
}

func openObject(url string) (*objectFile, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	return &objectFile{url: url, resp: resp, body: resp.Body}, nil
}

// SafeSeekMoves is fine: the reopened object's response moves into the
// receiver, whose own Close closes it, and the emptied object is dropped.
func (f *objectFile) SafeSeekMoves(pos int64) error { // want SafeSeekMoves:"releases p0; closes p0.resp"
	if err := f.Close(); err != nil {
		return err
	}
	nf, err := openObject(f.url)
	if err != nil {
		return err
	}
	f.resp = nf.resp
	f.body = nf.body
	f.checkHash = false
	f.pos = pos
	return nil
}

// SafeReopenInto is fine: the response moves into the object that the
// caller passed.
func SafeReopenInto(dst *objectFile, url string) error {
	nf, err := openObject(url)
	if err != nil {
		return err
	}
	dst.resp = nf.resp
	return nil
}

// moveIntoLocal leaks the response: it moves into a local object that is
// dropped in its turn.
func moveIntoLocal(url string) int64 {
	nf, err := openObject(url) // want `nf returned by openObject is not closed`
	if err != nil {
		return 0
	}
	var local objectFile
	local.resp = nf.resp
	return local.pos
}

// moveThenRefill leaks the response that nf opens again after its first
// one moved out.
func (f *objectFile) moveThenRefill() error {
	nf, err := openObject(f.url) // want `nf returned by openObject is not closed`
	if err != nil {
		return err
	}
	f.resp = nf.resp
	return nf.reopen()
}

// reopen gets the object again into f.
func (f *objectFile) reopen() error {
	resp, err := http.Get(f.url)
	if err != nil {
		return err
	}
	f.resp = resp
	return nil
}

// filePair holds two files; its Close closes both.
type filePair struct {
	data, index *os.File
}

func (p *filePair) Close() error { // want Close:"releases p0; closes p0.data,p0.index"
	return errors.Join(p.data.Close(), p.index.Close())
}

func openPair(name string) (*filePair, error) {
	data, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	index, err := os.Open(name + ".idx")
	if err != nil {
		data.Close()
		return nil, err
	}
	return &filePair{data: data, index: index}, nil
}

// SafeMovePair is fine: both files move into the receiver.
func (p *filePair) SafeMovePair(name string) error {
	np, err := openPair(name)
	if err != nil {
		return err
	}
	p.data = np.data
	p.index = np.index
	return nil
}

// moveHalf leaks the index file: only the data file moves out.
func (p *filePair) moveHalf(name string) error {
	np, err := openPair(name) // want `np returned by openPair is not closed`
	if err != nil {
		return err
	}
	p.data = np.data
	return nil
}

// moveEither leaks one of the two files on each branch: each path moves
// one only.
func (p *filePair) moveEither(name string, first bool) error {
	np, err := openPair(name) // want `np returned by openPair is not closed`
	if err != nil {
		return err
	}
	if first {
		p.data = np.data
	} else {
		p.index = np.index
	}
	return nil
}

// watchedFile's Close closes the file and also cancels the context that
// watches it.
type watchedFile struct {
	f      *os.File
	cancel context.CancelFunc
}

func (w *watchedFile) Close() error { // want Close:"releases p0; closes p0.f"
	w.cancel()
	return w.f.Close()
}

func openWatched(name string) (*watchedFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	_, cancel := context.WithCancel(context.Background())
	return &watchedFile{f: f, cancel: cancel}, nil
}

// moveWatchedFile leaks the context: the file moves out, but only Close
// would cancel the context.
func (w *watchedFile) moveWatchedFile(name string) error {
	nw, err := openWatched(name) // want `nw returned by openWatched is not closed`
	if err != nil {
		return err
	}
	w.f = nw.f
	return nil
}

// tickingFile's Close closes the file and stops the ticker that flushes
// it.
type tickingFile struct {
	f      *os.File
	ticker *time.Ticker
}

func (t *tickingFile) Close() error { // want Close:"releases p0; closes p0.f"
	t.ticker.Stop()
	return t.f.Close()
}

func openTicking(name string) (*tickingFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &tickingFile{f: f, ticker: time.NewTicker(time.Second)}, nil
}

// moveTickingFile leaks the ticker: the file moves out, but only Close
// would stop the ticker.
func (t *tickingFile) moveTickingFile(name string) error {
	nt, err := openTicking(name) // want `nt returned by openTicking is not closed`
	if err != nil {
		return err
	}
	t.f = nt.f
	return nil
}

// adopt moves both files of src into dst.
func adopt(dst, src *filePair) { // want adopt:"keeps p1; closes p1.data,p1.index"
	dst.data = src.data
	dst.index = src.index
}

// SafeAdoptPair is fine: adopt moves both files into the receiver.
func (p *filePair) SafeAdoptPair(name string) error {
	np, err := openPair(name)
	if err != nil {
		return err
	}
	adopt(p, np)
	return nil
}

// pollingFile's Close closes the file and stops the goroutine that polls
// it.
type pollingFile struct {
	f    *os.File
	quit chan struct{}
}

func (p *pollingFile) Close() error { // want Close:"releases p0; closes p0.f"
	close(p.quit)
	return p.f.Close()
}

func openPolling(name string) (*pollingFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	p := &pollingFile{f: f, quit: make(chan struct{})}
	go p.poll()
	return p, nil
}

func (p *pollingFile) poll() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
		}
	}
}

// movePollingFile leaks the goroutine: the file moves out, but only Close
// would stop the polling.
func (p *pollingFile) movePollingFile(name string) error {
	np, err := openPolling(name) // want `np returned by openPolling is not closed`
	if err != nil {
		return err
	}
	p.f = np.f
	return nil
}

// link is a plain struct around a connection and the context that
// watches it; shutdown releases both.
type link struct {
	conn   net.Conn
	cancel context.CancelFunc
}

func (l *link) shutdown() error { // want shutdown:"closes p0.conn"
	l.cancel()
	return l.conn.Close()
}

// linkSession's Close shuts its link down.
type linkSession struct {
	in link
}

func (s *linkSession) Close() error { return s.in.shutdown() } // want Close:"closes p0.in.conn"

func openLinkSession(addr string) (*linkSession, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	_, cancel := context.WithCancel(context.Background())
	return &linkSession{in: link{conn: conn, cancel: cancel}}, nil
}

// connOwner's Close closes the connection of its link, and nothing else.
type connOwner struct {
	l link
}

func (o *connOwner) Close() error { return o.l.conn.Close() } // want Close:"closes p0.l.conn"

// adoptLink leaks the context: the link moves into an owner whose Close
// only closes the connection. A part that is no resource itself has no
// Close that releases all it holds.
func (o *connOwner) adoptLink(addr string) error {
	ns, err := openLinkSession(addr) // want `ns returned by openLinkSession is not closed`
	if err != nil {
		return err
	}
	o.l = ns.in
	return nil
}
