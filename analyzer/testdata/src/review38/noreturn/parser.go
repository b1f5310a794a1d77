package noreturn

import (
	"bufio"
	"fmt"
	"os"
)

// parseError is what a parser panics with; Parse recovers it.
type parseError struct{ msg string }

type parser struct {
	lines []string
}

// errorf stops the parse: Parse recovers the panic and returns the error.
func (p *parser) errorf(format string, args ...any) {
	panic(parseError{fmt.Sprintf(format, args...)})
}

// include reads the file that an include line names; a line too long
// stops the parse with the file open, and Parse returns.
func (p *parser) include(name string) {
	// Known gap, silent before and after (a panic that Parse recovers ends no path).
	f, err := os.Open(name) // a known gap: not reported (see README, Limits)
	if err != nil {
		p.errorf("include %s: %v", name, err)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if len(sc.Text()) > 80 {
			p.errorf("%s: line too long", name)
		}
		p.lines = append(p.lines, sc.Text())
	}
	f.Close()
}

// Parse reads name and what it includes.
func Parse(name string) (lines []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("%s", pe.msg)
		}
	}()
	p := &parser{}
	p.include(name)
	return p.lines, nil
}
