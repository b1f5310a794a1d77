package analyzer

import "strings"

// This file is leakvet's knowledge of APIs whose ownership rules cannot be
// read off their code: the standard library's exceptions to "a value with a
// Close method must be closed by whoever received it".

// notAcquisitions lists functions and methods whose results have a Close
// method but are owned by someone else, so the caller must not (or need
// not) close them.
var notAcquisitions = map[string]bool{
	// Close on a NopCloser does nothing.
	"io.NopCloser":        true,
	"io/ioutil.NopCloser": true,
	// The recorder's body is an in-memory NopCloser.
	"(*net/http/httptest.ResponseRecorder).Result": true,
	// Pipes of a command are closed by Wait.
	"(*os/exec.Cmd).StdinPipe":  true,
	"(*os/exec.Cmd).StdoutPipe": true,
	"(*os/exec.Cmd).StderrPipe": true,
	// Statements prepared on a transaction are closed with it.
	"(*database/sql.Tx).Prepare":        true,
	"(*database/sql.Tx).PrepareContext": true,
	"(*database/sql.Tx).Stmt":           true,
	"(*database/sql.Tx).StmtContext":    true,
	// Files made by NewFile from a reader have a Close that does nothing.
	"debug/elf.NewFile":                 true,
	"debug/macho.NewFile":               true,
	"debug/macho.NewFatFile":            true,
	"debug/pe.NewFile":                  true,
	"debug/plan9obj.NewFile":            true,
	"internal/xcoff.NewFile":            true,
	"internal/xcoff.NewArchive":         true,
	"(*internal/xcoff.Archive).GetFile": true,
	// Connections of an HTTP/2 connection pool belong to the pool.
	"(net/http.http2ClientConnPool).GetClientConn":          true,
	"(golang.org/x/net/http2.ClientConnPool).GetClientConn": true,
	// Files of an embedded file system are in memory.
	"(embed.FS).Open": true,
	// The underlying connection of a TLS connection belongs to it.
	"(*crypto/tls.Conn).NetConn": true,
	// Decompressing readers hold no resource of their own; their Close
	// only reports a checksum error that reading reports too.
	"compress/gzip.NewReader":      true,
	"compress/zlib.NewReader":      true,
	"compress/flate.NewReader":     true,
	"compress/lzw.NewReader":       true,
	"compress/zlib.NewReaderDict":  true,
	"compress/flate.NewReaderDict": true,
	// Entries of a zip archive hold no descriptor of their own (the
	// archive does); their Close returns a decompressor to a pool.
	"(*archive/zip.Reader).Open": true,
	"(*archive/zip.File).Open":   true,
	// The response to a HEAD request has no body (it is http.NoBody);
	// so has the response to a request made with the method "HEAD" (see
	// requestSenders).
	"net/http.Head":           true,
	"(*net/http.Client).Head": true,
	// A response read from a reader has a body that reads from it too:
	// the resource, if any, is what the reader reads from.
	"net/http.ReadResponse": true,
	// Close on an XML encoder only checks that the document is complete.
	"encoding/xml.NewEncoder": true,
	// A request's GetBody returns a new copy of its body. net/http sets
	// it only for bodies in memory (NewRequest with a bytes.Buffer,
	// bytes.Reader or strings.Reader), as an io.NopCloser over a new
	// reader of the same bytes.
	"(net/http.Request).GetBody": true,
	// The ends of a pipe hold memory only; what an unclosed end can leak
	// is a goroutine blocked on the other one, which leakvet does not
	// track.
	"io.Pipe": true,
	// A value loaded from an atomic container still belongs to the
	// container (Swap, which takes the value out, hands it over).
	"(*sync/atomic.Pointer[T]).Load": true,
	"(*sync/atomic.Value).Load":      true,
	// A weak pointer's value belongs to whoever keeps it alive.
	"(weak.Pointer[T]).Value": true,
}

// unwrappingMethods lists, by name and signature, the methods through
// which the standard library gives access to the value that a wrapper
// holds: (*crypto/tls.Conn).NetConn "returns the underlying connection
// that is wrapped by c". Code that unwraps any such wrapper asserts an
// interface with that one method and calls it; what it returns belongs
// to the wrapper, whatever the wrapper is.
var unwrappingMethods = map[string]string{
	"NetConn": "func() net.Conn",
}

// notResourceTypes lists types with a Close method that releases nothing:
// reflect.Value's Close closes the channel it holds.
var notResourceTypes = map[string]bool{
	"reflect.Value": true,
	// A gzip reader's Close does not close what it reads from, and it
	// holds nothing else (compress/gzip.NewReader is no acquisition
	// either); readers taken from a pool of them are the same.
	"compress/gzip.Reader": true,
}

// inMemoryPackages lists the packages whose functions, given bytes,
// strings and numbers alone, make readers and buffers that hold nothing
// but memory (bytes.NewReader, strings.NewReader, bytes.NewBuffer).
var inMemoryPackages = map[string]bool{"bytes": true, "strings": true}

// memoryOnlyMethods lists methods of in-memory buffers and readers that
// read or change only the bytes of their receiver and of their []byte
// arguments, and call nothing else: a Close that resets a buffer releases
// nothing. ReadFrom and WriteTo, which call an io.Reader or io.Writer,
// are not among them.
var memoryOnlyMethods = map[string]bool{
	"(*bytes.Buffer).Bytes": true, "(*bytes.Buffer).AvailableBuffer": true,
	"(*bytes.Buffer).String": true, "(*bytes.Buffer).Peek": true,
	"(*bytes.Buffer).Len": true, "(*bytes.Buffer).Cap": true, "(*bytes.Buffer).Available": true,
	"(*bytes.Buffer).Truncate": true, "(*bytes.Buffer).Reset": true, "(*bytes.Buffer).Grow": true,
	"(*bytes.Buffer).Write": true, "(*bytes.Buffer).WriteString": true,
	"(*bytes.Buffer).WriteByte": true, "(*bytes.Buffer).WriteRune": true,
	"(*bytes.Buffer).Read": true, "(*bytes.Buffer).Next": true,
	"(*bytes.Buffer).ReadByte": true, "(*bytes.Buffer).ReadRune": true,
	"(*bytes.Buffer).UnreadRune": true, "(*bytes.Buffer).UnreadByte": true,
	"(*bytes.Buffer).ReadBytes": true, "(*bytes.Buffer).ReadString": true,

	"(*strings.Builder).String": true, "(*strings.Builder).Len": true,
	"(*strings.Builder).Cap": true, "(*strings.Builder).Reset": true,
	"(*strings.Builder).Grow": true, "(*strings.Builder).Write": true,
	"(*strings.Builder).WriteByte": true, "(*strings.Builder).WriteRune": true,
	"(*strings.Builder).WriteString": true,

	"(*bytes.Reader).Len": true, "(*bytes.Reader).Size": true, "(*bytes.Reader).Read": true,
	"(*bytes.Reader).ReadAt": true, "(*bytes.Reader).ReadByte": true,
	"(*bytes.Reader).UnreadByte": true, "(*bytes.Reader).ReadRune": true,
	"(*bytes.Reader).UnreadRune": true, "(*bytes.Reader).Seek": true, "(*bytes.Reader).Reset": true,

	"(*strings.Reader).Len": true, "(*strings.Reader).Size": true, "(*strings.Reader).Read": true,
	"(*strings.Reader).ReadAt": true, "(*strings.Reader).ReadByte": true,
	"(*strings.Reader).UnreadByte": true, "(*strings.Reader).ReadRune": true,
	"(*strings.Reader).UnreadRune": true, "(*strings.Reader).Seek": true, "(*strings.Reader).Reset": true,
}

// computingPackages lists packages of the standard library whose
// functions (not methods) compute their results from their arguments and
// change nothing else: no file, connection, goroutine or global, and no
// memory but what they allocate (and, for slices, the plain elements of
// the slice they sort or compact in place). One that takes a function value
// (strings.Map) runs whatever it is given, and does not count.
var computingPackages = map[string]bool{
	"strings": true, "strconv": true, "unicode": true, "unicode/utf8": true,
	// Checksums: New makes a digest in memory.
	"hash/crc32": true, "hash/crc64": true, "hash/adler32": true, "hash/fnv": true,
	"math": true, "math/bits": true,
	// Sorting and searching slices and maps of plain values (the
	// functions that take a function are left out by computesOnly).
	"slices": true, "maps": true,
}

// computingFuncs lists further functions and interface methods of the
// standard library that compute only: errors.New and errors.Join make
// errors, fmt's Sprint functions and Errorf format their operands (calling
// at most their String, Error and Format methods), and the Sum of a
// hash.Hash "does not change the underlying hash state".
var computingFuncs = map[string]bool{
	"errors.New": true, "errors.Join": true,
	"fmt.Sprint": true, "fmt.Sprintf": true, "fmt.Sprintln": true, "fmt.Errorf": true,
	"(hash.Hash).Sum": true, "(hash.Hash).Size": true, "(hash.Hash).BlockSize": true,
	// Instants and durations are values: comparing, shifting and
	// measuring them computes only (unlike time.After and the timers).
	"(time.Time).Before": true, "(time.Time).After": true, "(time.Time).Equal": true,
	"(time.Time).Compare": true, "(time.Time).IsZero": true, "(time.Time).Sub": true,
	"(time.Time).Add": true, "(time.Time).Unix": true, "(time.Time).UnixNano": true,
	"(time.Duration).Seconds": true, "(time.Duration).Milliseconds": true,
	"(time.Duration).Nanoseconds": true, "time.Since": true, "time.Now": true,
	// Host and port are split and joined as strings.
	"net.SplitHostPort": true, "net.JoinHostPort": true,
}

func init() {
	// The byte orders of encoding/binary encode into and decode from the
	// slices they are given.
	for _, order := range []string{"littleEndian", "bigEndian"} {
		for _, m := range []string{"PutUint16", "PutUint32", "PutUint64", "Uint16", "Uint32", "Uint64", "AppendUint16", "AppendUint32", "AppendUint64"} {
			computingFuncs["(encoding/binary."+order+")."+m] = true
		}
	}
}

// borrowers lists functions that use a resource passed to them and never
// close or keep it: the caller still owns the resource after the call.
var borrowers = map[string]bool{
	"io.ReadAll": true, "io/ioutil.ReadAll": true, "io.Copy": true, "io.CopyN": true, "io.CopyBuffer": true,
	"io.ReadFull": true, "io.ReadAtLeast": true, "io.WriteString": true,
	"(*bufio.Reader).Reset": true, "(*bufio.Writer).Reset": true,
	"encoding/pem.Encode": true, "net/http.ReadRequest": true, "net/http.ReadResponse": true,
	"(*text/tabwriter.Writer).Init": true, "fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"fmt.Fscan": true, "fmt.Fscanf": true, "fmt.Fscanln": true,
	"fmt.Print": true, "fmt.Printf": true, "fmt.Println": true,
	"fmt.Sprint": true, "fmt.Sprintf": true, "fmt.Sprintln": true,
	"fmt.Errorf": true, "fmt.Append": true, "fmt.Appendf": true, "fmt.Appendln": true,
	"log.Print": true, "log.Printf": true, "log.Println": true,
	"(*log.Logger).Print": true, "(*log.Logger).Printf": true, "(*log.Logger).Println": true,
	"(*testing.common).Log": true, "(*testing.common).Logf": true,
	"(*testing.common).Error": true, "(*testing.common).Errorf": true,
	// A transaction's copy of a statement is closed with the transaction;
	// the statement it copies stays its caller's.
	"(*database/sql.Tx).Stmt": true, "(*database/sql.Tx).StmtContext": true,
	// Reflection looks at a value; the reflect.Value or reflect.Type
	// it returns is no owner of it.
	"reflect.ValueOf": true, "reflect.TypeOf": true, "reflect.Indirect": true,
}

// descriptorClosers close a file descriptor: closing the descriptor that
// os.NewFile wrapped releases the *os.File (see descriptorCloses).
var descriptorClosers = map[string]bool{
	"syscall.Close":                  true,
	"golang.org/x/sys/unix.Close":    true,
	"golang.org/x/sys/windows.Close": true,
}

// closedErrors are the errors that a listener's Accept returns once the
// listener has been closed: where Accept failed with one of them, someone
// has closed it (see errorOfUse).
var closedErrors = map[string]bool{
	"net.ErrClosed": true,
}

// txQueries return rows that database/sql closes when the transaction
// they ran on ends (the rows watch the transaction's context, which
// Commit and Rollback cancel, and both wait for the rows to close).
var txQueries = map[string]bool{
	"(*database/sql.Tx).Query":        true,
	"(*database/sql.Tx).QueryContext": true,
}

// txEnders end a transaction.
var txEnders = map[string]bool{
	"(*database/sql.Tx).Commit":   true,
	"(*database/sql.Tx).Rollback": true,
}

// reflectedPointers lists the reflect.Value methods that give the address
// of memory that a value already holds: what a pointer converted from it
// points to is that value's.
var reflectedPointers = map[string]bool{
	"(reflect.Value).UnsafePointer": true,
	"(reflect.Value).UnsafeAddr":    true,
	"(reflect.Value).Pointer":       true,
}

// containerGetters lists functions and methods that return, as an empty
// interface, a value that a container keeps: asserting a resource out of
// their result gives the caller nothing to close. (Other calls of the
// function give it new values, even through an empty interface.)
var containerGetters = map[string]bool{
	"(context.Context).Value":       true,
	"(*sync.Map).Load":              true,
	"(*sync.Map).LoadOrStore":       true,
	"(*sync.Map).LoadAndDelete":     true,
	"(*sync.Map).Swap":              true,
	"(*sync.Pool).Get":              true,
	"(*sync/atomic.Value).Load":     true,
	"(*container/list.List).Remove": true,
	"container/heap.Pop":            true,
	"container/heap.Remove":         true,
	"(reflect.Value).Interface":     true,
}

// keepers lists functions and methods that keep the arguments at the
// given positions (the receiver is argument 0): the value now belongs to
// the container, as it does after a store into a field. A sync.Map keeps
// its keys as well as its values. CompareAndSwap and LoadOrStore keep it
// only when they store it; closing it when they do not is then fine, and
// so is not, as leakvet cannot tell the two outcomes apart.
var keepers = map[string][]int{
	"(*sync/atomic.Pointer[T]).Store":          {1},
	"(*sync/atomic.Pointer[T]).Swap":           {1},
	"(*sync/atomic.Pointer[T]).CompareAndSwap": {2},
	"(*sync/atomic.Value).Store":               {1},
	"(*sync/atomic.Value).Swap":                {1},
	"(*sync/atomic.Value).CompareAndSwap":      {2},
	"(*sync.Map).Store":                        {1, 2},
	"(*sync.Map).Swap":                         {1, 2},
	"(*sync.Map).LoadOrStore":                  {1, 2},
	"(*sync.Map).CompareAndSwap":               {1, 3},
	// A logger writes to its output until it is given another: the
	// standard logger for the rest of the program.
	"log.SetOutput":           {0},
	"(*log.Logger).SetOutput": {1},
}

// pointerStores lists the functions of sync/atomic that store, at the
// address given as their first argument, the argument at the given
// position, as *addr = val does: atomic.StorePointer(&conn,
// unsafe.Pointer(c)) is conn = c. CompareAndSwapPointer is not one: it
// stores the value only when it swaps, and the lazy initialization that
// uses it (if !CompareAndSwapPointer(&p, nil, f) { use the winner's })
// must close its own value when it loses.
var pointerStores = map[string]int{
	"sync/atomic.StorePointer": 1,
	"sync/atomic.SwapPointer":  1,
}

// pointerLoads lists the functions of sync/atomic whose result is the
// value at the address given as their first argument, as *addr is.
// SwapPointer is not one: it takes the old value out of the variable and
// hands it over.
var pointerLoads = map[string]bool{
	"sync/atomic.LoadPointer": true,
}

// wrappers lists functions that return a reader, writer or codec built
// around their argument at the given position, without closing it when
// they are closed. The result stands for the resource: using it uses the
// resource, returning or storing it hands the resource off, and the
// caller must still close what it wrapped.
var wrappers = map[string]int{
	"bufio.NewReader": 0, "bufio.NewReaderSize": 0, "bufio.NewWriter": 0,
	"bufio.NewWriterSize": 0, "bufio.NewScanner": 0,
	"encoding/json.NewDecoder": 0, "encoding/json.NewEncoder": 0,
	"encoding/xml.NewDecoder": 0, "encoding/xml.NewEncoder": 0,
	"encoding/gob.NewDecoder": 0, "encoding/gob.NewEncoder": 0,
	"encoding/csv.NewReader": 0, "encoding/csv.NewWriter": 0,
	"encoding/base64.NewDecoder": 1, "encoding/base64.NewEncoder": 1,
	"encoding/base32.NewDecoder": 1, "encoding/base32.NewEncoder": 1,
	"encoding/hex.NewDecoder": 0, "encoding/hex.NewEncoder": 0, "encoding/hex.Dumper": 0,
	"compress/gzip.NewReader": 0, "compress/gzip.NewWriter": 0, "compress/gzip.NewWriterLevel": 0,
	"compress/zlib.NewReader": 0, "compress/zlib.NewWriter": 0, "compress/zlib.NewWriterLevel": 0,
	"compress/zlib.NewReaderDict": 0, "compress/zlib.NewWriterLevelDict": 0,
	"compress/flate.NewReader": 0, "compress/flate.NewWriter": 0,
	"compress/flate.NewReaderDict": 0, "compress/flate.NewWriterDict": 0,
	"compress/lzw.NewReader": 0, "compress/lzw.NewWriter": 0,
	"archive/tar.NewReader": 0, "archive/tar.NewWriter": 0,
	"archive/zip.NewReader": 0, "archive/zip.NewWriter": 0,
	"mime/multipart.NewReader": 0, "mime/multipart.NewWriter": 0,
	"net/textproto.NewReader": 0, "net/textproto.NewWriter": 0,
	"text/tabwriter.NewWriter": 0, "log.New": 0,
	"log/slog.NewJSONHandler": 0, "log/slog.NewTextHandler": 0,
	"io.MultiReader": 0, "io.MultiWriter": 0,
	"io.LimitReader": 0, "io.TeeReader": 0, "io.NewSectionReader": 0, "io.NewOffsetWriter": 0,
	"net/http/httputil.NewChunkedReader": 0,
	// A TLS connection closes the connection it wraps, and either may
	// be closed.
	"crypto/tls.Client": 0, "crypto/tls.Server": 0,
	// The result closes the request body it wraps, which the handler
	// does not own: the result is no new resource either.
	"net/http.MaxBytesReader": 1,
	// A weak pointer does not keep its value alive, but storing it where
	// it outlives the call (a cache) shares the value with its owner.
	"weak.Make": 0,
}

// closingMethods lists methods, other than the release method of the
// resource's kind, documented to close their receiver.
var closingMethods = map[string]bool{
	// "Quit sends the QUIT command and closes the connection to the
	// server."
	"(*net/smtp.Client).Quit": true,
	// "Shutdown gracefully shuts down the server [...] by first closing
	// all open listeners, then closing all idle connections, and then
	// waiting indefinitely for connections to return to idle and then
	// shut down. [...] Once Shutdown has been called on a server, it may
	// not be reused."
	"(*net/http.Server).Shutdown": true,
}

// successReleases lists functions and methods that release the resource
// passed as the argument at the given position (the receiver is argument
// 0) where they succeed, that is return a nil error: "Write writes r to w
// in the HTTP/1.x server response format [...]. Body is closed after it is
// sent." A proxy relays the response it received to its client this way;
// where writing the status line or the header fails, Write returns before
// it reaches the body, which stays open.
var successReleases = map[string]int{
	"(*net/http.Response).Write": 0,
}

// noReturnMethods lists the interface methods that never return, by name
// and by whether they take a format string first: testing.TB's, and
// those of any interface that declares them as testing.TB does (a
// test helper's own TB interface, a logger's Fatalf). Static calls are
// known to ctrlflow; calls through an interface are not.
var noReturnMethods = map[string]bool{
	"Fatal": false, "Fatalf": true, "Fatalln": false, "FailNow": false,
	"Skip": false, "Skipf": true, "SkipNow": false,
}

// errorPredicates lists functions that report a property of a non-nil
// error: when one of them returns true for the error of an acquisition,
// the acquisition failed and there is nothing to close.
var errorPredicates = map[string]bool{
	"errors.Is": true, "errors.As": true,
	"os.IsNotExist": true, "os.IsExist": true, "os.IsPermission": true, "os.IsTimeout": true,
}

// exitsProcess lists the functions whose return ends the program, so that
// resources still open there are released by the operating system.
func exitsProcess(pkgName, name string) bool {
	return pkgName == "main" && name == "main"
}

// failureReleases lists functions and methods that release the resource
// passed as the argument at the given position (the receiver is argument
// 0) whenever they fail, that is return false or a non-nil error, where
// their bodies do not show it: Rows are closed when Next returns false,
// also when the context is cancelled, by another goroutine.
var failureReleases = map[string]int{
	"(*database/sql.Rows).Next": 0,
}

// bodyReadFailures lists functions that read the reader given as the
// argument at the given position to its end, and fail only where a read
// of it fails. When a read of a response body fails, net/http's
// transport has already closed the connection under it and ended the
// goroutines that served it (the body can never be read to EOF, so the
// connection cannot go back to the pool): the response holds nothing
// more, whether or not the body is closed after. A copy reads to the end
// and fails only where a read fails when it writes to io.Discard, whose
// writes never fail (see discards).
var bodyReadFailures = map[string]int{
	"io.ReadAll":        0,
	"io/ioutil.ReadAll": 0,
	"io.Copy":           1,
	"io.CopyBuffer":     1,
}

// requestSenders lists functions that send the request given as the
// argument at the given position and return the response: when the
// request was made with the method "HEAD" (requestMakers), the response
// has no body to close. An interface method Do with the signature of
// (*net/http.Client).Do sends requests alike, for any HTTP client behind
// it (isDoer): no HTTP response to HEAD has a body.
var requestSenders = map[string]int{
	"(*net/http.Client).Do":           1,
	"(*net/http.Transport).RoundTrip": 1,
}

// requestContexts lists functions that make a request, or a copy of one,
// with the context given as the argument at the given position.
var requestContexts = map[string]int{
	"net/http.NewRequestWithContext":  0,
	"(*net/http.Request).WithContext": 1,
	"(*net/http.Request).Clone":       1,
}

// cancelers lists functions that return a context derived from the one
// given as their first argument, and as their second result the function
// that cancels it: "Canceling this context releases resources associated
// with it". A request sent with such a context is torn down when it is
// cancelled: net/http's transport closes the connection, or resets the
// stream, of a response whose body is still open.
var cancelers = map[string]bool{
	"context.WithCancel": true, "context.WithCancelCause": true,
	"context.WithTimeout": true, "context.WithTimeoutCause": true,
	"context.WithDeadline": true, "context.WithDeadlineCause": true,
}

// contextDerivers lists functions that return a context derived from the
// one given as their first argument, cancelled when it is.
var contextDerivers = map[string]bool{
	"context.WithValue": true, "net/http/httptrace.WithClientTrace": true,
}

// requestMakers lists functions that make a request whose method is the
// argument at the given position.
var requestMakers = map[string]int{
	"net/http.NewRequest":            0,
	"net/http.NewRequestWithContext": 1,
}

// requestCopiers lists methods that return a copy of their receiver, a
// request, with the same method.
var requestCopiers = map[string]bool{
	"(*net/http.Request).WithContext": true,
	"(*net/http.Request).Clone":       true,
}

// neverClosedChannels lists functions whose channels nothing ever
// closes, so that a receive from them always succeeds and "for range
// ticker.C" ends only through a return, a panic or an exit inside the
// loop: the channel that time.Tick or time.After returns, and field C of
// the ticker or timer that time.NewTicker or time.NewTimer makes ("Stop
// does not close the channel"). A ticker built as a composite literal
// has whatever channel its builder gave it.
var neverClosedChannels = map[string]string{
	"time.Tick":      "",
	"time.After":     "",
	"time.NewTicker": "C",
	"time.NewTimer":  "C",
}

// nilErrorMethods lists methods whose error result (the last one) is
// documented to be always nil: writes into memory. A branch on that
// error being non-nil is never taken.
var nilErrorMethods = map[string]bool{
	// "err is always nil"
	"(*bytes.Buffer).Write": true, "(*bytes.Buffer).WriteString": true,
	"(*bytes.Buffer).WriteByte": true, "(*bytes.Buffer).WriteRune": true,
	// "It returns the length of p and a nil error."
	"(*strings.Builder).Write": true, "(*strings.Builder).WriteString": true,
	"(*strings.Builder).WriteByte": true, "(*strings.Builder).WriteRune": true,
}

// netDials lists the functions of the net package that return a conn of
// the package's own, on an open socket registered with the runtime's
// poller. Setting a deadline on such a conn (deadlineMethods) fails only
// once it is closed: poll.FD.SetDeadline returns an error only for a
// closed descriptor or one the poller does not know.
var netDials = map[string]bool{
	"net.Dial": true, "net.DialTimeout": true,
	"(*net.Dialer).Dial": true, "(*net.Dialer).DialContext": true,
}

// netOpens lists the functions of the net package that return, with a
// nil error, a listener or conn of the package's own over a descriptor
// (netDials too).
var netOpens = map[string]bool{
	"net.Listen": true, "net.ListenPacket": true, "net.ListenTCP": true, "net.ListenUDP": true,
	"net.ListenUnix": true, "net.ListenUnixgram": true, "net.ListenIP": true, "net.ListenMulticastUDP": true,
	"(*net.ListenConfig).Listen": true, "(*net.ListenConfig).ListenPacket": true,
	"net.DialTCP": true, "net.DialUDP": true, "net.DialUnix": true, "net.DialIP": true,
}

// syscallConns lists the SyscallConn methods of the net package's
// listeners and conns: each fails (syscall.EINVAL) only for a nil value
// or one that the package did not make, whose descriptor is nil.
var syscallConns = map[string]bool{
	"(*net.TCPListener).SyscallConn": true, "(*net.UnixListener).SyscallConn": true,
	"(*net.TCPConn).SyscallConn": true, "(*net.UDPConn).SyscallConn": true,
	"(*net.UnixConn).SyscallConn": true, "(*net.IPConn).SyscallConn": true,
}

// deadlineMethods are the methods of net.Conn that set its deadlines.
var deadlineMethods = map[string]bool{"SetDeadline": true, "SetReadDeadline": true, "SetWriteDeadline": true}

// hashTypes lists the interfaces whose Write "never returns an error".
var hashTypes = map[string]bool{"hash.Hash": true, "hash.Hash32": true, "hash.Hash64": true}

// Well-known resource types whose release is not a plain Close.
const (
	httpResponse = "net/http.Response" // released by Body.Close
	sqlTx        = "database/sql.Tx"   // released by Commit or Rollback
)

// startingFuncs lists the functions that run a function they are given on
// a goroutine of their own, later, by the index of that argument: what it
// captures is started (see startsParam).
var startingFuncs = map[string]int{
	"time.AfterFunc":    1,
	"context.AfterFunc": 1,
}

// networkResults lists the standard library's functions whose first
// result, an interface, holds a concrete type that the network they are
// given decides, as net's documentation says: net.Listen("tcp", addr)
// gives a *TCPListener, a Dial on "udp" a *UDPConn. Each maps to the
// index of the network argument (a method's receiver is argument 0) and
// the kind of value it gives.
var networkResults = map[string]struct {
	arg  int
	kind string
}{
	"net.Listen":                       {0, "listener"},
	"(*net.ListenConfig).Listen":       {2, "listener"},
	"net.ListenPacket":                 {0, "packet"},
	"(*net.ListenConfig).ListenPacket": {2, "packet"},
	"net.Dial":                         {0, "conn"},
	"net.DialTimeout":                  {0, "conn"},
	"(*net.Dialer).Dial":               {1, "conn"},
	"(*net.Dialer).DialContext":        {2, "conn"},
}

// networkType returns the name, in package net, of the concrete type
// that a function of networkResults of the given kind gives for network,
// or "".
func networkType(kind, network string) string {
	family := strings.TrimRight(network, "46")
	if i := strings.IndexByte(family, ':'); i >= 0 {
		family = family[:i] // "ip4:icmp"
	}
	switch kind {
	case "listener":
		switch family {
		case "tcp":
			return "TCPListener"
		case "unix", "unixpacket":
			return "UnixListener"
		}
	case "packet":
		switch family {
		case "udp":
			return "UDPConn"
		case "unixgram":
			return "UnixConn"
		case "ip":
			return "IPConn"
		}
	case "conn":
		switch family {
		case "tcp":
			return "TCPConn"
		case "udp":
			return "UDPConn"
		case "unix", "unixgram", "unixpacket":
			return "UnixConn"
		case "ip":
			return "IPConn"
		}
	}
	return ""
}
