// Package review15 holds real leaks written against the rules of one
// round (path values, and sets that start empty), each in the shape a
// rule accepts but where its assumption fails. The comments that start
// with "Missed at first" say how the first version of a rule hid the
// leak; the build before the round (e13385d) reported each, and the rules
// as they stand report each again (the wants).
package review15

import (
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"sync"
)

// item is a plain value that assertions look for.
type item struct{ n int }

var pick bool

// assertNilPointerLeak leaks f where x holds a nil *item: the assertion
// to *item holds and gives nil.
//
// Missed at first: leave (pathvalues.go) takes the assertion's value for not nil
// on its ok side because edgeValue says the asserted interface is not
// nil (it is a MakeInterface on the φ-node's edge); an interface that
// holds a nil pointer is not nil, and its assertion gives the nil pointer.
func assertNilPointerLeak(ptr *item, name string) error {
	f, err := os.Open(name) // want `f returned by os\.Open is not closed on all paths: the return at line 47 is reached when t == nil at line 46`
	if err != nil {
		return err
	}
	var x any
	if pick {
		x = ptr
	} else {
		x = &item{}
	}
	t, ok := x.(*item)
	if !ok {
		f.Close()
		return errors.New("not an item")
	}
	if t == nil {
		return errors.New("nil item") // Missed at first: f is open here
	}
	return f.Close()
}

// pointers is the constraint of typeParamLeak.
type pointers interface {
	*strings.Builder | *strings.Reader
}

// typeParamLeak leaks f where x holds a nil pointer of type T: the
// assertion to a type parameter holds and gives nil.
//
// Missed at first: leave (pathvalues.go) asks types.IsInterface of the asserted
// type, which is true for a type parameter (its underlying type is its
// constraint), and takes the value for not nil where the assertion held.
func typeParamLeak[T pointers](x any, name string) error {
	f, err := os.Open(name) // want `f returned by os\.Open is not closed on all paths: the return at line 74 is reached when v == nil at line 73`
	if err != nil {
		return err
	}
	v, ok := x.(T)
	if !ok {
		f.Close()
		return errors.New("wrong type")
	}
	if v == nil {
		return errors.New("nil value") // Missed at first: f is open here
	}
	return f.Close()
}

// manyFlagsLeak leaks f where all four flags hold.
//
// Missed at first: each flag is tested twice, so paths carry its value
// (pathvalues.go); sixteen states reach the test of a, and past
// maxHoldings (paths.go) a block is entered with the lossy state
// {held: allHeld, armed: allHeld}, for which the return counts as
// closed by a deferred closure. The path where all flags hold arrives
// last. With no path values the block sees one state and reports.
func manyFlagsLeak(a, b, c, d bool, name string) error {
	f, err := os.Open(name) // want `f returned by os\.Open is not closed on all paths: the return at line 105 is reached when d at line 104`
	if err != nil {
		return err
	}
	if a {
		println(1)
	}
	if b {
		println(2)
	}
	if c {
		println(3)
	}
	if d {
		println(4)
	}
	if a && b && c && d {
		return nil // Missed at first: f is open here
	}
	return f.Close()
}

// loopConditionLeak opens a file where the check holds, in each round of
// a loop, and returns with it open: the condition is computed again in
// each round, so its value from the round before says nothing.
func loopConditionLeak(names []string, check func(string) bool) error {
	for _, n := range names {
		ok := check(n)
		var f *os.File
		if ok {
			var err error
			f, err = os.Open(n) // want `f returned by os.Open is not closed on all paths: the return at line 128 is reached when n == "" at line 127`
			if err != nil {
				return err
			}
		}
		if !ok {
			continue
		}
		if n == "" {
			return nil
		}
		f.Close()
	}
	return nil
}

// loopFlagLeak returns with the file open: the flag is a φ-node of the
// loop's header, set again in each round.
func loopFlagLeak(names []string) error {
	opened := false
	var f *os.File
	for _, n := range names {
		if opened {
			f.Close()
			opened = false
		}
		if n == "" {
			continue
		}
		var err error
		f, err = os.Open(n) // want `f returned by os.Open is not closed on all paths: the return at line 155 is reached when len\(n\) > 3 at line 154`
		if err != nil {
			return err
		}
		opened = true
		if len(n) > 3 {
			return nil
		}
	}
	if opened {
		f.Close()
	}
	return nil
}

// verboseLoopLeak opens a file under a guard inside a loop, and returns
// with it open.
//
// The message names the wrong check: report.go condition() places a
// parameter at the last use before firstPosAfter of the check's block,
// and firstPosAfter takes the earliest position over both successors, one
// of which is the loop's post statement (i++, at line 181), above the
// check; the last use of verbose before it is the test at line 174, not
// the check at line 183.
func verboseLoopLeak(names []string, verbose bool) error {
	if verbose {
		println("start")
	}
	f, err := os.Open("x") // want `f returned by os\.Open is not closed on all paths: the return at line 184 is reached when verbose at line 183`
	if err != nil {
		return err
	}
	for i := 0; i < len(names); i++ {
		println(names[i])
		if verbose {
			return nil
		}
	}
	return f.Close()
}

// ConnSet closes the connections that it holds by id.
type ConnSet struct {
	mu sync.Mutex
	m  map[string]io.Closer
}

// NewConnSet returns an empty set.
func NewConnSet() *ConnSet { // want NewConnSet:"empty r0"
	return &ConnSet{m: make(map[string]io.Closer)}
}

// Add puts c into the set.
func (s *ConnSet) Add(id string, c io.Closer) { // want Add:"keeps p2"
	s.mu.Lock()
	s.m[id] = c
	s.mu.Unlock()
}

// Open opens a file and keeps it in the set.
func (s *ConnSet) Open(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.m[name] = f
	s.mu.Unlock()
	return nil
}

// Close closes every connection in the set.
func (s *ConnSet) Close() error { // want Close:`closes p0.m\[\]`
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, c := range s.m {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// selfOpenLeak drops the set after its Open filled it.
//
// Missed at first: the first fill check (empty.go) counts as fills only static calls that
// keep another resource argument in the set; s.Open opens the file
// itself, so the set is never acquired (emptyUntilFilled).
func selfOpenLeak(names []string) error {
	s := NewConnSet() // want `s returned by NewConnSet is not closed on any path: it is left open at the return at line 240 and the return at line 243`
	for _, n := range names {
		if err := s.Open(n); err != nil {
			return err
		}
	}
	return nil // Missed at first: the files in s stay open
}

// populate opens files and adds them to s.
func populate(s *ConnSet, names []string) error {
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return err
		}
		s.Add(n, f)
	}
	return nil
}

// helperLeak drops the set that populate filled.
//
// Missed at first: populate takes the set alone; the first fill check sees no resource
// argument beside it.
func helperLeak(names []string) error {
	s := NewConnSet()         // want `s returned by NewConnSet is not closed before the return at line 264`
	return populate(s, names) // Missed at first: the files in s stay open
}

// mapUpdateLeak fills the set's map itself, and drops the set.
//
// Missed at first: the map update is no call; the first fill check sees no fill.
func mapUpdateLeak(name string) error {
	s := NewConnSet() // want `s returned by NewConnSet is not closed on any path: it is left open at the return at line 274 and the return at line 277`
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	s.m[name] = f
	return nil // Missed at first: f stays open in s
}

// adder is what ifaceLeak fills the set through.
type adder interface{ Add(string, io.Closer) }

// ifaceLeak fills the set through an interface, and drops it.
//
// Missed at first: the first fill check skips calls without a static callee.
func ifaceLeak(name string) error {
	s := NewConnSet() // want `s returned by NewConnSet is not closed on any path: it is left open at the return at line 291 and the return at line 294`
	var a adder = s
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	a.Add(name, f)
	return nil // Missed at first: f stays open in s
}

// methodValueLeak fills the set through a method value, and drops it.
//
// Missed at first: the call of the bound method has no static callee.
func methodValueLeak(name string) error {
	s := NewConnSet() // want `s returned by NewConnSet is not closed on any path: it is left open at the return at line 305 and the return at line 308`
	add := s.Add
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	add(name, f)
	return nil // Missed at first: f stays open in s
}

// closureLeak fills the set in a closure, and drops it.
//
// Missed at first: the Add is in the closure's body, not among the referrers of
// the set in this function.
func closureLeak(name string) error {
	s := NewConnSet() // want `s returned by NewConnSet is not closed on any path: it is left open at the return at line 319 and the return at line 323`
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	add := func() { s.Add(name, f) }
	add()
	return nil // Missed at first: f stays open in s
}

// goroutineLeak fills the set on a goroutine, and drops it.
//
// Missed at first: likewise, the Add runs in the goroutine's function.
func goroutineLeak(l net.Listener) { // want goroutineLeak:"keeps p0; starts p0"
	s := NewConnSet() // want `s returned by NewConnSet is not closed on all paths of the goroutine started at line 332: the return at line 336 is reached when err != nil at line 335`
	done := make(chan bool)
	go func() {
		defer close(done)
		c, err := l.Accept()
		if err != nil {
			return
		}
		s.Add("main", c)
	}()
	<-done
} // Missed at first: the connection stays open in s

// Filler is another type whose method fills a set.
type Filler struct{ dir string }

// Fill opens a file and adds it to s.
func (fl *Filler) Fill(s *ConnSet, name string) error {
	f, err := os.Open(fl.dir + name)
	if err != nil {
		return err
	}
	s.Add(name, f)
	return nil
}

// otherTypeLeak drops the set that a method of another type filled.
//
// Missed at first: as helperLeak.
func otherTypeLeak(fl *Filler) error {
	s := NewConnSet()      // want `s returned by NewConnSet is not closed before the return at line 361`
	return fl.Fill(s, "x") // Missed at first: the file stays open in s
}

// newOpened makes a set and fills it through a load of its map field.
//
// Its fact says empty: onlyCleared (empty.go) takes every load of the
// closed field for a read, though the map loaded here is updated.
func newOpened(name string) (*ConnSet, error) {
	s := &ConnSet{m: make(map[string]io.Closer)}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	s.m[name] = f
	return s, nil
}

// openedLeak drops the set that newOpened filled.
//
// Missed at first: newOpened's result is "empty", and nothing here fills it.
func openedLeak(name string) error {
	s, err := newOpened(name) // want `s returned by newOpened is never used, and so never closed`
	if err != nil {
		return err
	}
	_ = s
	return nil // Missed at first: the file stays open in s
}

// twoAddsLeak returns with the first connection in the set when the
// second Accept fails. The return before the first Add holds nothing.
func twoAddsLeak(l net.Listener) error {
	s := NewConnSet() // want `s returned by NewConnSet is not closed on all paths: the return at line 401 is reached when err != nil at line 400`
	c1, err := l.Accept()
	if err != nil {
		return err
	}
	s.Add("a", c1)
	c2, err := l.Accept()
	if err != nil {
		return err
	}
	s.Add("b", c2)
	return s.Close()
}

// SafeReturned is fine: the set is returned once filled, and dropped
// before only where nothing was added.
func SafeReturned(l net.Listener) (*ConnSet, error) {
	s := NewConnSet()
	c, err := l.Accept()
	if err != nil {
		return nil, err
	}
	s.Add("a", c)
	return s, nil
}

// deferredAddLeak fills the set in a deferred call, and drops it.
func deferredAddLeak(name string) error {
	s := NewConnSet() // want `s returned by NewConnSet is not closed on all paths: the return at line 427 is reached when err != nil is false at line 423`
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer s.Add(name, f)
	return nil
}

// Pool closes its connections, and marks itself closed.
type Pool struct {
	mu     sync.Mutex
	closed bool
	m      map[string]net.Conn
}

// NewPool returns an empty pool.
func NewPool() *Pool { return &Pool{m: make(map[string]net.Conn)} } // want NewPool:"empty r0"

// Add puts c into the pool.
func (p *Pool) Add(k string, c net.Conn) { // want Add:"keeps p2"
	p.mu.Lock()
	p.m[k] = c
	p.mu.Unlock()
}

// Close closes every connection of the pool.
func (p *Pool) Close() error { // want Close:`closes p0.m\[\]`
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, c := range p.m {
		c.Close()
	}
	return nil
}

// Evict marks the pool closed, and closes the connection under k only.
func (p *Pool) Evict(k string) { // want Evict:`closes p0.m\[\]`
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	if c, ok := p.m[k]; ok {
		c.Close()
	}
}

// evictLeak evicts one of two connections and drops the pool.
//
// Missed at first: "closes p0.m[]" says that some element is closed on some path;
// repeatsClose (siblings.go) compares Evict's closes with Close's, finds
// p0.m[] in both and the same flag set, and takes Evict for a release of
// the whole pool, though it closes one element where Close closes all.
func evictLeak(l net.Listener) error {
	p := NewPool() // want `p returned by NewPool is not closed on all paths: the return at line 478 is reached when err != nil at line 477`
	a, err := l.Accept()
	if err != nil {
		return err
	}
	p.Add("a", a)
	b, err := l.Accept()
	if err != nil {
		p.Close()
		return err
	}
	p.Add("b", b)
	p.Evict("a")
	return nil // Missed at first: b stays open in p
}

// global is the mutex that a gate locks.
var global sync.Mutex

// gate locks the package's mutex; its methods never read the receiver,
// so a nil *gate locks and unlocks.
type gate struct{ name string }

func (*gate) Lock()   { global.Lock() }   // want Lock:"locks soundness/review15.global"
func (*gate) Unlock() { global.Unlock() } // want Unlock:"unlocks soundness/review15.global"

// gateLeak returns holding the lock where the locker it broke on is a nil
// *gate: the assertion holds and gives nil.
//
// Missed at first: the return at line 520. start (pathvalues.go) takes l for not
// nil, as a lock was taken through it, and leave gives g, asserted from
// l to a pointer type, the same; a nil pointer in an interface is a
// locker whose Lock need not panic. The report that remains names the
// return after g.Unlock, which releases the same mutex.
func gateLeak(ls []sync.Locker) error { // want gateLeak:"may unlock soundness/review15.global"
	var g *gate
	var ok bool
	for _, l := range ls {
		l.Lock() // want `ls\[the mutex\] is locked at line 513 and still held at the return at line 520 \(reached when g == nil at line 519\)`
		if g, ok = l.(*gate); ok {
			break
		}
		l.Unlock()
	}
	if g == nil {
		return errors.New("none")
	}
	g.Unlock()
	return nil
}
