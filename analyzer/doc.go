// Package analyzer defines leakvet, an analysis that reports resources
// that a function acquires and then fails to release on some path.
//
// # Analyzer leakvet
//
// leakvet: report resources that are not closed on all paths
//
// A resource is the result of a call whose type has a Close() or
// Close() error method (files, network connections and listeners,
// *sql.DB, *sql.Conn, *sql.Rows, *sql.Stmt, io.ReadCloser, user-defined
// types, type parameters constrained by io.Closer), an *http.Response,
// whose body must be closed, or an *sql.Tx, which must be committed or
// rolled back. For each one, leakvet walks the function's control-flow
// graph from the call to every return and reports the paths on which the
// resource is neither released nor handed off:
//
//	src, err := net.Dial("tcp", from)
//	if err != nil {
//		return err
//	}
//	dst, err := net.Dial("tcp", to)
//	if err != nil {
//		return err // src returned by net.Dial is not closed on all paths
//	}
//	defer src.Close()
//
// A path is fine when the resource is released (directly, by defer, or
// by a closure that runs, or is deferred and releases it on every path),
// handed off (returned, stored, sent, given to a goroutine that releases
// it on all of its own paths or to goroutines one of which, started on
// every path, does, captured by a closure given to other code, or passed
// to a function that closes or keeps it), absent (the branch
// where the acquisition's error is not nil, or the value is nil), or when
// the path ends in a call that never returns. Acquiring again in a loop
// while the previous resource is open, overwriting the variable or result
// that holds it, and discarding a resource outright, are reported too.
//
// A struct the function builds itself and stores a resource in stands for
// the resource: handing the struct off hands the resource off, and
// dropping it leaks the resource. So does a copy of the struct a resource
// points to (*newBody(str, n)) when its Close reaches what it releases
// only through the struct's fields; a copy of one the caller owns only
// shares it, but closing the copy releases it. A parameter that the
// function closes on some path and keeps on another is taken over, and a
// path that does neither is reported at the parameter.
//
// What functions do with the resources given to them (and with the fields
// of the structs given to them), and whether their results are new
// resources, is recorded as a [Summary] fact, so that the analysis follows
// ownership across packages; the same fact marks the error predicates of
// the program (a function of an error that says false for a nil one), so
// that where isConnBroken(err) holds nothing was acquired. A sealed interface whose implementations hold
// nothing gets an [InertInterface] fact, and a package-level variable of
// interface type that only its package's initialization assigns gets an
// [InitTypes] fact naming the types it can hold.
//
// # Forgotten locks
//
// A held lock is one more resource: a function that locks a mutex
// (Lock, RLock, TryLock and TryRLock where they returned true, on a
// sync.Mutex, a sync.RWMutex, an embedded mutex or a sync.Locker) and
// returns on a path where it still holds it is reported, with the path:
//
//	s.mu.Lock() // s.mu is locked at line 12 and still held at the return at line 18 (reached when err != nil at line 17)
//
// The mutex is named by its place (a field path from a parameter or a
// receiver, a global, an element of a table of mutexes, a local), so the
// unlock of the same place releases it: directly, by defer, in a deferred
// closure, or through a helper that unlocks it on every path. A function
// that hands the unlock off (returns mu.Unlock or a closure that unlocks,
// or gives it to a goroutine) is not judged, and neither is one that
// locks a mutex its caller can name and never unlocks it: its contract is
// to return holding the lock, recorded in the Locks field of its
// [Summary], and its callers must unlock. A lock taken under a condition
// and released under the same condition, or under a flag set beside the
// lock, is followed as such. An RLock released by Unlock (or a Lock by
// RUnlock), and a second unlock on one path, are reported too. -locks=false
// turns the lock check off.
//
// A finding is suppressed by a comment //leakvet:ignore <reason> on the
// line of the acquisition (or the lock) or the line above it.
//
// With -reports=DIR, the reports that tests run with LEAKVET_REPORTS=DIR
// wrote (see the runtime package) are joined with the findings: a finding
// whose acquisition a test leaked has the category "confirmed", one whose
// acquisition tests reached and always released "exercised", and a leak
// the tests found where the analysis found nothing is reported with the
// category "runtime-only". -confirmed-only keeps only those two.
package analyzer

const doc = `report resources that are not closed on all paths

leakvet follows every path from the place a function acquires a resource
(a value with a Close method, an *http.Response body, an *sql.Tx) to the
function's returns, and reports the paths on which the value is neither
released nor handed off: returned, stored, sent, or given to a function
that closes or keeps it. Locks are resources too: a mutex locked and
still held at a return, unlocked by the unlock of the other kind, or
unlocked twice on one path, is reported (-locks=false turns that off).
Suppress a finding with a comment //leakvet:ignore <reason> on its line
or the line above.`
