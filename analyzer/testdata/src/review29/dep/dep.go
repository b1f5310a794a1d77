// Package dep declares package-level variables of function type that
// its initialization alone sets to one function.
package dep

import (
	"compress/gzip"
	"database/sql"
	"io"
	"net"
	"net/http"
	"os"
	"sync/atomic"
)

var cache *os.File

// cached returns a file the package keeps: the caller must not close it.
func cached(p string) (*os.File, error) { return cache, nil } // want cached:`borrows r0; nil r1`

// Open is cached; hook replaces it with os.Open.
var Open = cached // want Open:`borrows r0; nil r1`

// Open2 is cached, set twice by init functions.
var Open2 func(string) (*os.File, error)

func init() { Open2 = cached }
func init() { Open2 = os.Open }

// Open3 is cached in its declaration, and os.Open in an init function.
var Open3 = cached

func init() { Open3 = os.Open }

// Open4 is set in init, conditionally, to one function.
var Open4 func(string) (*os.File, error) // want Open4:`borrows r0; nil r1`

func init() {
	if len(os.Args) > 5 {
		Open4 = cached
	}
}

// Lit is a function literal that returns the cached file.
var Lit = func(p string) (*os.File, error) { return cache, nil } // want Lit:`borrows r0; nil r1`

// LitOpen is a function literal that opens a file.
var LitOpen = func(p string) (*os.File, error) { return os.Open(p) } // want LitOpen:``

// CloseFile is a method expression (a thunk).
var CloseFile = (*os.File).Close // want CloseFile:`releases p0`

// StatFile is a method expression that does not close.
var StatFile = (*os.File).Stat // want StatFile:``

// CloseAny is an interface method expression.
var CloseAny = io.Closer.Close // want CloseAny:`releases p0`

// Stdlib aliases.
var (
	Get        = http.Get       // want Get:``
	Head       = http.Head      // want Head:`borrows r0,r1`
	Dial       = net.Dial       // want Dial:``
	SQLOpen    = sql.Open       // want SQLOpen:``
	CreateTemp = os.CreateTemp  // want CreateTemp:``
	NewFile    = os.NewFile     // want NewFile:``
	Pipe       = os.Pipe        // want Pipe:``
	Nop        = io.NopCloser   // want Nop:`borrows r0; r0 is nopCloserWriterTo,nopCloser`
	GzipReader = gzip.NewReader // want GzipReader:`keeps p0; borrows r0,r1; wraps p0 in r0`
	GzipWriter = gzip.NewWriter // want GzipWriter:`borrows r0; returns p0 as r0`
	ReadAll    = io.ReadAll     // want ReadAll:``
)

// closeIfErr closes f only when err is not nil.
func closeIfErr(f io.Closer, err error) error { // want closeIfErr:`keeps p0,p1; releases p0 on failure; returns p1 as r0; nil for nil p1`
	if err != nil {
		f.Close()
	}
	return err
}

// CloseIfErr releases its argument on some paths only.
var CloseIfErr = closeIfErr // want CloseIfErr:`keeps p0,p1; releases p0 on failure; returns p1 as r0; nil for nil p1`

// closeQuietly closes f.
func closeQuietly(f io.Closer) { _ = f.Close() } // want closeQuietly:`releases p0`

// CloseQuietly releases its argument.
var CloseQuietly = closeQuietly // want CloseQuietly:`releases p0`

// keep stores f in a package variable.
var kept []io.Closer

func keep(f io.Closer) { kept = append(kept, f) } // want keep:`keeps p0`

// Keep keeps its argument.
var Keep = keep // want Keep:`keeps p0`

// closeLater starts a goroutine that closes f when done is closed.
func firstOf(fs ...*os.File) *os.File { return fs[0] } // want firstOf:`borrows r0`

// First gives back its first argument (variadic).
var First = firstOf // want First:`borrows r0`

// opener is a named function type.
type Opener func(string) (*os.File, error)

// Named is cached converted to a named type.
var Named Opener = cached // want Named:`borrows r0; nil r1`

// generic functions
func openT[T any](p string, _ T) (*os.File, error)   { return os.Open(p) }
func cachedT[T any](p string, _ T) (*os.File, error) { return cache, nil } // want cachedT:`borrows r0; nil r1`

// GenOpen is an instance of a generic function that opens.
var GenOpen = openT[int] // want GenOpen:``

// GenCached is an instance of a generic function that borrows.
var GenCached = cachedT[int] // want GenCached:`borrows r0; nil r1`

// Pair returns a file the package keeps and a new one.
func pair(p string) (*os.File, *os.File, error) { // want pair:`borrows r0`
	f, err := os.Open(p)
	return cache, f, err
}

var Pair = pair // want Pair:`borrows r0`

// SetHook is assigned by a setter: unknown.
var SetHook = cached

func Install(f func(string) (*os.File, error)) { SetHook = f } // want Install:`keeps p0`

// GenCached2 is a plain func variable of the same signature as os.Open.
var GenCached2 = cached // want GenCached2:`borrows r0; nil r1`

// Open5 is cached until UseOS, a function literal declared at package
// level, sets it to os.Open.
var Open5 = cached

var UseOS = func() { Open5 = os.Open } // want UseOS:``

// openWithCleanup returns the file and a function that closes it.
func openWithCleanup(p string) (*os.File, func(), error) { // want openWithCleanup:`r1 releases r0`
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

var OpenC = openWithCleanup // want OpenC:`r1 releases r0`

// OpenDirect is openWithCleanup, for a direct call.
func OpenDirect(p string) (*os.File, func(), error) { return openWithCleanup(p) } // want OpenDirect:`r1 releases r0`

var VStore = (*atomic.Value).Store // want VStore:`keeps p1`

// Open6 is cached until SetGeneric sets it to os.Open.
var Open6 = cached

func SetGeneric[T any](T) { Open6 = os.Open }

// Open7 is cached until (*Box[T]).Reset sets it to os.Open.
var Open7 = cached

type Box[T any] struct{ v T }

func (b *Box[T]) Reset() { Open7 = os.Open }
