// Review of 06a4788 (implementations skips never-returning methods).
// connLeak is reported by 47eb96a and missed by 06a4788: the only
// implementation in the program is a panicking fake, so the interface
// call goes from "known" (the stub's summary) to "no implementation";
// invokeSummaryOf then says unknown and mayAcquire's getter-name
// heuristic (Conn() Conn) takes the result as borrowed. poolLeak is the
// same with a Get-named getter (rule 1 and rule 2 together). A method
// not named as a getter (Dial) stays reported. Debatable: with only a
// stub, the getter heuristic is arguably what the authors intend.
// Decided: a stub that panics says nothing of what the real
// implementation gives, so the name decides; connLeak is a known miss
// (Conn() Conn is a getter by its name). poolLeak is reported again:
// a File is what a pool hands out, Get or not.
package stub

import "os"

// A getter whose only implementation in the program is a stub.
type FilePool interface {
	GetFile() *os.File
}

type fakePool struct{}

func (fakePool) GetFile() *os.File { panic("todo") }

func poolLeak(p FilePool) {
	f := p.GetFile() // want `f returned by p.GetFile is not closed`
	f.Write(nil)
}

// A getter named as its type, whose only implementation in the program
// is a stub: the stub used to decide; now no implementation does.
type Conn interface {
	Write(p []byte) (int, error)
	Close() error
}

type ConnSource interface {
	Conn() Conn
}

type fakeConnSource struct{}

func (fakeConnSource) Conn() Conn { panic("todo") }

func connLeak(s ConnSource) {
	c := s.Conn() // known miss, see above: c returned by s.Conn is not closed
	c.Write(nil)
}
