// Package closedguard reads rows whose Next closes them at the end and
// returns false at once on a flag that Close sets: where it returns false
// for another reason, the rows are still open.
package closedguard

import (
	"strings"

	"review38/guarddep"
)

// Sum adds the numbers of name, skipping a bad line: the failed Scan
// makes the next Next return false with the file open.
func Sum(name string) (int, error) {
	// Hidden by a first form of a rule of this round, reported again (rule 4, closedGuard: the guard block is shared by `r.err != nil`).
	rows, err := guarddep.Open(name) // want `rows returned by guarddep.Open is not closed`
	if err != nil {
		return 0, err
	}
	total := 0
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			continue
		}
		total += n
	}
	return total, rows.Err()
}

// SumSplit is Sum over rows whose Next tests the error apart.
func SumSplit(name string) int {
	// safe shape: reported by both.
	rows, err := guarddep.OpenSplit(name) // want `rows returned by guarddep.OpenSplit is not closed`
	if err != nil {
		return 0
	}
	total := 0
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			continue
		}
		total += n
	}
	return total
}

// Until reads lines up to the first that has prefix, and stops there:
// Stop leaves the file open.
func Until(name, prefix string) []string {
	// Hidden by a first form of a rule of this round, reported again (rule 4, closedGuard: Stop sets the flag without releasing).
	t, err := guarddep.OpenTail(name) // want `t returned by guarddep.OpenTail is not closed`
	if err != nil {
		return nil
	}
	var lines []string
	for t.Next() {
		if strings.HasPrefix(t.Line, prefix) {
			t.Stop()
			continue
		}
		lines = append(lines, t.Line)
	}
	return lines
}
