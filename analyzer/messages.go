package analyzer

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// This file holds all of leakvet's wording, so that it stays consistent.

// A subject names a resource in a message.
type subject struct {
	name   string // the variable holding it, or ""
	source string // the call as written, e.g. "net.Dial" or "db.QueryContext"
	typ    string // its type, e.g. "*os.File"
	kind   kind
}

// String returns e.g. "conn returned by net.Dial" or "the body of resp
// returned by http.Get".
func (s subject) String() string {
	what := s.name
	if what == "" {
		what = "the " + s.typ
	}
	if s.kind == response {
		what = "the body of " + what
		if s.name == "" {
			what = "the body of the response"
		}
	}
	return fmt.Sprintf("%s returned by %s", what, s.source)
}

// notReleased returns the predicate of a leak message.
func (s subject) notReleased() string {
	if s.kind == transaction {
		return "is neither committed nor rolled back"
	}
	return "is not closed"
}

// releasing returns the gerund for a related-information message, e.g.
// "closing conn".
func (s subject) releasing() string {
	name := s.name
	if name == "" {
		name = "it"
	}
	switch s.kind {
	case transaction:
		return "committing or rolling back " + name
	case response:
		return "closing the body of " + name
	}
	return "closing " + name
}

// An exit names where a function returns: "the return at line 18" or,
// for the implicit return, "the end of the function at line 20".
type exit struct {
	line     int
	implicit bool
}

func (e exit) String() string {
	if e.implicit {
		return fmt.Sprintf("the end of the function at line %d", e.line)
	}
	return fmt.Sprintf("the return at line %d", e.line)
}

// msgLeak is the message at an acquisition that a return leaks.
func msgLeak(s subject, e exit, cond string, condLine int, taken bool) string {
	return leakSentence(s.String(), s.notReleased(), e, cond, condLine, taken)
}

// leakSentence says that what is not released (notReleased) before the
// exit e, reached when cond at condLine held (or, unless taken, did not).
func leakSentence(what, notReleased string, e exit, cond string, condLine int, taken bool) string {
	if cond == "" {
		return fmt.Sprintf("%s %s before %s (possible resource leak)", what, notReleased, e)
	}
	if !taken {
		cond += " is false"
	}
	return fmt.Sprintf("%s %s on all paths: %s is reached when %s at line %d (possible resource leak)",
		what, notReleased, e, cond, condLine)
}

// msgNeverReleased is the message at an acquisition that no path of its
// function releases or hands over, and that leaks at each of exits (two
// or more, in source order): "the body of resp returned by http.Get is
// not closed on any path: it is left open at the return at line 12 and
// the end of the function at line 20". Past three exits, the others are
// counted; the related information lists them all.
func msgNeverReleased(s subject, exits []exit) string {
	const shown = 3 // more exits are counted, not named
	names := make([]string, 0, shown+1)
	for _, e := range exits[:min(len(exits), shown)] {
		names = append(names, e.String())
	}
	if rest := len(exits) - shown; rest == 1 {
		names = append(names, exits[shown].String())
	} else if rest > 1 {
		names = append(names, fmt.Sprintf("%d other exits", rest))
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return fmt.Sprintf("%s %s on any path: it is left open at %s (possible resource leak)", s, s.notReleased(), list)
}

// msgGoroutineLeak is the message at an acquisition whose resource the
// goroutine that it is handed to leaks.
func msgGoroutineLeak(s subject, goLine int, e exit, cond string, condLine int, taken bool) string {
	if cond == "" {
		return fmt.Sprintf("%s %s before %s of the goroutine started at line %d (possible resource leak)", s, s.notReleased(), e, goLine)
	}
	if !taken {
		cond += " is false"
	}
	return fmt.Sprintf("%s %s on all paths of the goroutine started at line %d: %s is reached when %s at line %d (possible resource leak)",
		s, s.notReleased(), goLine, e, cond, condLine)
}

// released returns the past participle of the release, e.g. "closed".
func (s subject) released() string {
	if s.kind == transaction {
		return "committed or rolled back"
	}
	return "closed"
}

// msgTakenOver is the message at a parameter that its function takes over
// (it releases it at line closedLine) and leaks at e, e.g. "conn, taken
// over by NewClient (it is closed at line 12), is not closed on all paths:
// the return at line 9 is reached when name == "" at line 8".
func msgTakenOver(s subject, fn string, closedLine int, e exit, cond string, condLine int, taken bool) string {
	what := fmt.Sprintf("%s, taken over by %s (it is %s at line %d),", s.name, fn, s.released(), closedLine)
	if s.kind == response {
		what = fmt.Sprintf("the body of %s, taken over by %s (it is closed at line %d),", s.name, fn, closedLine)
	}
	return leakSentence(what, s.notReleased(), e, cond, condLine, taken)
}

// msgTakenOverExit is the related information at each return that leaks
// a parameter taken over.
func msgTakenOverExit(s subject, e exit, fn string) string {
	what := "this return statement"
	if e.implicit {
		what = "the end of the function"
	}
	return fmt.Sprintf("%s may be reached without %s, which %s takes over", what, s.releasing(), fn)
}

// msgOverwrite is the message at an acquisition in a loop that runs again
// while the resource it acquired before is still open.
func msgOverwrite(s subject) string {
	return fmt.Sprintf("%s %s before the loop acquires the next one here (possible resource leak)", s, s.notReleased())
}

// msgDiscarded is the message at an acquisition whose resource is thrown away.
func msgDiscarded(s subject) string {
	if s.name != "" {
		return fmt.Sprintf("%s is never used, and so never %s (resource leak)", s, map[bool]string{true: "committed or rolled back", false: "closed"}[s.kind == transaction])
	}
	switch s.kind {
	case transaction:
		return fmt.Sprintf("%s is discarded without being committed or rolled back (resource leak)", s)
	case response:
		return fmt.Sprintf("the %s returned by %s is discarded without closing its body (resource leak)", s.typ, s.source)
	}
	return fmt.Sprintf("%s is discarded without being closed (resource leak)", s)
}

// msgExit is the related information at each return that leaks.
func msgExit(s subject, e exit, acqLine int) string {
	what := "this return statement"
	if e.implicit {
		what = "the end of the function"
	}
	return fmt.Sprintf("%s may be reached without %s opened on line %d", what, s.releasing(), acqLine)
}

// msgLoopExit is the related information for a leak by a loop.
func msgLoopExit(s subject, condLine int) string {
	return fmt.Sprintf("the loop goes round again at line %d without %s", condLine, s.releasing())
}

// fixTitle is the title of the suggested fix that defers the release.
func fixTitle(stmt string) string { return "Add " + stmt }

// releaseStmt returns the statement that releases the resource held by
// the variable name.
func releaseStmt(k kind, name string) string {
	switch k {
	case transaction:
		return "defer " + name + ".Rollback()"
	case response:
		return "defer " + name + ".Body.Close()"
	}
	return "defer " + name + ".Close()"
}

// Wording of the lock check (lockcheck.go).

// lockedVerb returns "locked", or "read-locked" for a read lock.
func lockedVerb(read bool) string {
	if read {
		return "read-locked"
	}
	return "locked"
}

// msgLockHeld is the message at a lock that a return is reached with,
// e.g. "s.mu is locked at line 12 and still held at the return at line 18
// (reached when err != nil at line 17)".
func msgLockHeld(mutex string, read bool, lockLine int, e exit, cond string, condLine int, taken bool) string {
	msg := fmt.Sprintf("%s is %s at line %d and still held at %s", mutex, lockedVerb(read), lockLine, e)
	if cond == "" {
		return msg
	}
	if !taken {
		cond += " is false"
	}
	return fmt.Sprintf("%s (reached when %s at line %d)", msg, cond, condLine)
}

// msgLockExit is the related information at each return that a lock is
// still held at.
func msgLockExit(mutex string, e exit, lockLine int) string {
	what := "this return statement"
	if e.implicit {
		what = "the end of the function"
	}
	return fmt.Sprintf("%s may be reached with %s still held since line %d", what, mutex, lockLine)
}

// msgRelock is the message at a lock in a loop that runs again while the
// lock it took before is held.
func msgRelock(mutex string, read bool, lockLine int) string {
	return fmt.Sprintf("%s is %s at line %d and locked again by the next iteration of the loop, still held (deadlock)", mutex, lockedVerb(read), lockLine)
}

// msgLockMismatch is the message at an unlock of the other kind than the
// lock it releases.
func msgLockMismatch(mutex string, read bool, lockLine int) string {
	if read {
		return fmt.Sprintf("%s is read-locked at line %d but released here by Unlock, which releases a write lock (use RUnlock)", mutex, lockLine)
	}
	return fmt.Sprintf("%s is locked at line %d but released here by RUnlock, which releases a read lock (use Unlock)", mutex, lockLine)
}

// msgDoubleUnlock is the message at an unlock that a path reaches after
// another unlock of the same mutex, with no lock between.
func msgDoubleUnlock(mutex string, firstLine int) string {
	return fmt.Sprintf("%s is unlocked here after it was unlocked at line %d, with no lock between on this path (unlock of unlocked mutex)", mutex, firstLine)
}

// unlockStmt returns the statement that defers the unlock of the mutex
// written mutex.
func unlockStmt(mutex string, read bool) string {
	if read {
		return "defer " + mutex + ".RUnlock()"
	}
	return "defer " + mutex + ".Unlock()"
}

// msgInternal reports a panic of the analyzer on one function.
func msgInternal(fn string, panicValue any) string {
	return fmt.Sprintf("internal error: leakvet could not analyze %s: %v (please report this)", fn, panicValue)
}

// Messages about //leakvet: directives.
const (
	msgIgnoreNoReason   = "//leakvet:ignore needs a reason, e.g. //leakvet:ignore closed by the pool"
	msgUnknownDirective = "unknown directive %s: leakvet knows only //leakvet:ignore <reason>"
)

// qualifier writes types of other packages with their package names.
func qualifier(pkg *types.Package) types.Qualifier {
	return func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
}

// Wording of the join with test reports (see confirm.go).

// msgConfirmed ends a finding whose acquisition tests leaked, e.g.
// "confirmed: 2 left open at end by TestA and TestB", or, when the
// tests' kinds are all locks, "confirmed: 1 still held at end by TestA".
func msgConfirmed(kinds []string, leaks []leakCount) string {
	parts := make([]string, len(leaks))
	for i, l := range leaks {
		parts[i] = fmt.Sprintf("%d %s by %s", l.count, leakVerb(l.how, onlyLocks(kinds)), testList(l.tests, 0))
	}
	return "confirmed: " + strings.Join(parts, ", ")
}

// msgExercised ends a finding whose acquisition tests reached and always
// released, e.g. "exercised: released all 3 times, by TestA"; others
// counts tests beyond those named.
func msgExercised(count int, tests []string, others int) string {
	switch count {
	case 1:
		return "exercised: released the one time, by " + testList(tests, others)
	case 2:
		return "exercised: released both times, by " + testList(tests, others)
	}
	return fmt.Sprintf("exercised: released all %d times, by %s", count, testList(tests, others))
}

// msgRuntimeOnly is the message at a line where tests leaked resources
// that leakvet did not report, e.g. "net.Conn opened here: 1 left open
// at end by TestA, not found by leakvet (runtime-only leak)", or, for
// locks, "sync.Mutex locked here: 1 still held at end by TestA, ...".
func msgRuntimeOnly(kinds []string, leaks []leakCount) string {
	locks := onlyLocks(kinds)
	parts := make([]string, len(leaks))
	for i, l := range leaks {
		parts[i] = fmt.Sprintf("%d %s by %s", l.count, leakVerb(l.how, locks), testList(l.tests, 0))
	}
	verb := "opened"
	if locks {
		verb = "locked"
	}
	return fmt.Sprintf("%s %s here: %s, not found by leakvet (runtime-only leak)", strings.Join(kinds, ", "), verb, strings.Join(parts, ", "))
}

// onlyLocks reports whether kinds, those of a site in test reports, are
// all kinds of locks.
func onlyLocks(kinds []string) bool {
	return len(kinds) > 0 && !slices.ContainsFunc(kinds, func(k string) bool { return k != leakruntime.KindMutex && k != leakruntime.KindRWMutex })
}

// leakVerb says how resources, or locks, leaked, after a count.
func leakVerb(how leakruntime.LeakKind, locks bool) string {
	switch {
	case how == leakruntime.Abandoned:
		return "abandoned"
	case locks:
		return "still held at end"
	}
	return "left open at end"
}

// maxTests bounds how many tests a message names.
const maxTests = 3

// testList names tests: "TestA", "TestA and TestB", "TestA, TestB, TestC
// and 2 more"; others counts tests beyond those in the list.
func testList(tests []string, others int) string {
	shown := tests[:min(len(tests), maxTests)]
	if more := len(tests) - len(shown) + others; more > 0 {
		return fmt.Sprintf("%s and %d more", strings.Join(shown, ", "), more)
	}
	if len(tests) <= 1 {
		return strings.Join(tests, "")
	}
	return strings.Join(tests[:len(tests)-1], ", ") + " and " + tests[len(tests)-1]
}
