// Package providers keeps the function that gives a connection in an
// unexported field, set to closures that functions of the package make.
package providers

import (
	"context"
	"errors"
	"os"
	"sync"
)

var (
	mu    sync.Mutex
	files = map[string]*os.File{}
)

// cached gives the file that the cache keeps for name, opening it once.
func cached(name string) (*os.File, error) { // want cached:"borrows r0"
	mu.Lock()
	defer mu.Unlock()
	if f, ok := files[name]; ok {
		return f, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	files[name] = f
	return f, nil
}

type provider func(ctx context.Context) (*os.File, error)

type conn struct {
	prov provider
	open provider
}

// cachedProvider gives the cached file of name or of one of its
// replicas.
func cachedProvider(name string, replicas []string) provider { // want cachedProvider:"keeps p1"
	return func(ctx context.Context) (*os.File, error) {
		if len(replicas) == 0 || ctx.Err() != nil {
			return cached(name)
		}
		return cached(replicas[0])
	}
}

// openingProvider opens a new file each time.
func openingProvider(name string) provider {
	return func(context.Context) (*os.File, error) {
		return os.Open(name)
	}
}

// New returns a conn over the file name.
func New(name string, replicas []string) *conn { // want New:"keeps p1"
	c := &conn{}
	c.prov = cachedProvider(name, replicas)
	c.open = openingProvider(name)
	return c
}

// NewFrom returns a conn over the file f, which the caller keeps.
func NewFrom(f *os.File) *conn { // want NewFrom:"keeps p0"
	return &conn{prov: func(context.Context) (*os.File, error) { return f, nil }, open: openingProvider(f.Name())}
}

var errShort = errors.New("short read")

// SafeRead is fine: every function that the package puts in c.prov gives
// a file that the cache or the caller keeps.
func (c *conn) SafeRead(ctx context.Context, buf []byte) (int, error) {
	f, err := c.prov(ctx)
	if err != nil {
		return 0, err
	}
	n, err := f.Read(buf)
	if n < len(buf) {
		return n, errShort
	}
	return n, err
}

func (c *conn) readLeak(ctx context.Context, buf []byte) (int, error) {
	f, err := c.open(ctx) // want `f returned by c.open is not closed before the return at line 91`
	if err != nil {
		return 0, err
	}
	return f.Read(buf)
}

// picker chooses one of the files it is given.
type picker func(files []*os.File, key int) *os.File

// group hands out the files of its members through a strategy chosen by
// a switch, as a load balancer does.
type group struct {
	members []*os.File
	pick    picker
}

func roundRobin() picker {
	next := 0
	return func(files []*os.File, _ int) *os.File {
		next++
		return files[next%len(files)]
	}
}

func hashed() picker {
	return func(files []*os.File, key int) *os.File {
		return files[key%len(files)]
	}
}

func reopening() picker {
	return func(files []*os.File, _ int) *os.File {
		f, err := os.Open(files[0].Name())
		if err != nil {
			return nil
		}
		return f
	}
}

// NewGroup returns a group whose strategy is named by strategy.
func NewGroup(members []*os.File, strategy string) (*group, error) { // want NewGroup:"keeps p0"
	var pick picker
	switch strategy {
	case "round-robin":
		pick = roundRobin()
	case "hash":
		pick = hashed()
	default:
		return nil, errors.New("unknown strategy")
	}
	return &group{members: members, pick: pick}, nil
}

// SafeStat is fine: both strategies give one of the group's members.
func (g *group) SafeStat(key int) (string, error) {
	f := g.pick(g.members, key)
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	return st.Name(), nil
}

// reopenGroup may reopen a member.
type reopenGroup struct {
	members []*os.File
	pick    picker
}

func newReopenGroup(members []*os.File, reopen bool) *reopenGroup { // want newReopenGroup:"keeps p0"
	pick := hashed()
	if reopen {
		pick = reopening()
	}
	return &reopenGroup{members: members, pick: pick}
}

func (g *reopenGroup) name(key int) string {
	f := g.pick(g.members, key) // want `f returned by g.pick is not closed`
	return f.Name()
}
