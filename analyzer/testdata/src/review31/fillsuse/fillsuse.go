// REVIEW NOTE: HEAD is right; 1b8cd33 missed checkedLeak.
package fillsuse

import "review31/fillsdep"

// SafeOpen is fine: a failed Open left the journal empty.
func SafeOpen(name string) (*fillsdep.Journal, error) {
	j := fillsdep.New()
	if err := j.Open(name); err != nil {
		return nil, err
	}
	return j, nil
}

// checkedLeak drops the journal where OpenChecked failed after keeping
// the file: a real leak.
func checkedLeak(name string) (*fillsdep.Journal, error) {
	j := fillsdep.New() // want `j returned by fillsdep.New is not closed`
	if err := j.OpenChecked(name); err != nil {
		return nil, err
	}
	return j, nil
}
