package b

import (
	"net/http"
	"os"
)

// leakInnerLoopOuterVar: f is declared in the outer loop; the inner loop
// opens into it again and again, each turn deferring a close of what f
// holds at return: only the last file of each outer turn is closed.
// Review: a leak this round first hid, reported again since (rule 2, freshCellArmed): f is declared in the outer
// loop but re-acquired by the inner loop, so every inner turn's defer
// closes the same (last) file; base reported g, new does not: it checks
// only that the cell's block and the acquisition are in one cycle, not
// that the cell is made anew between two acquisitions.
func leakInnerLoopOuterVar(dirs [][]string) {
	for _, names := range dirs {
		var f *os.File
		for _, name := range names {
			g, err := os.Open(name) // want `g returned by os\.Open is not closed before the loop acquires the next one here`
			if err != nil {
				continue
			}
			f = g
			defer func() {
				f.Close()
			}()
		}
	}
}

// leakRetryInnerLoop: resp is declared per URL; the retry loop gets
// into it again with the deferred closure armed for the same variable.
// Review: a leak this round first hid, reported again since (rule 2, freshCellArmed): same with a retry loop
// inside a loop over URLs; base reported the body, new does not.
func leakRetryInnerLoop(urls []string) {
	for _, u := range urls {
		var resp *http.Response
		for try := 0; try < 3; try++ {
			var err error
			resp, err = http.Get(u) // want `the body of resp returned by http\.Get is not closed before the loop acquires the next one here`
			if err != nil {
				continue
			}
			defer func() { resp.Body.Close() }()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
	}
}

// leakGoto: a label inside the loop body re-acquires into the same variable.
// Review: a leak this round first hid, reported again since (rule 2, freshCellArmed): same with goto inside the
// loop body; base reported f, new does not.
func leakGoto(names []string) {
	for _, name := range names {
		var f *os.File
		tries := 0
	again:
		var err error
		f, err = os.Open(name) // want `f returned by os\.Open is not closed before the loop acquires the next one here`
		if err != nil {
			return
		}
		defer func() { f.Close() }()
		tries++
		if tries < 2 {
			goto again
		}
	}
}

// SafeFreshPerTurn is the rule's own case.
func SafeFreshPerTurn(names []string) {
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		defer func() { f.Close() }()
	}
}

// leakDeferNilsVar: the closure closes what f holds; the loop nils f
// after arming, so the closure closes nothing... f is set to nil
// before the next turn.
func leakDeferNilsVar(names []string) {
	for _, name := range names {
		f, err := os.Open(name) // want `f returned by os.Open is not closed before the loop acquires the next one here`
		if err != nil {
			continue
		}
		defer func() {
			if f != nil {
				f.Close()
			}
		}()
		f = nil
	}
}
