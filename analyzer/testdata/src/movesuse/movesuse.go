// Package movesuse turns descriptors of movesdep into files.
package movesuse

import (
	"os"

	"movesdep"
)

// SafeOpenFile is fine: File moves the descriptor into the file it
// returns, which the caller owns.
func SafeOpenFile(name string) (*os.File, error) {
	fd, err := movesdep.Open(name)
	if err != nil {
		return nil, err
	}
	return fd.File(name)
}

// openViewLeak leaks fd: View leaves the descriptor in fd when it does
// not move it.
func openViewLeak(name string, move bool) (*os.File, error) {
	fd, err := movesdep.Open(name) // want `fd returned by movesdep.Open is not closed before the return at line 27 \(possible resource leak\)`
	if err != nil {
		return nil, err
	}
	return fd.View(name, move)
}
