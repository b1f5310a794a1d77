package emptyuse

import (
	"emptydep"
	"os"
)

// SafeJournal is fine: a journal whose Open fails holds no file.
func SafeJournal(path string) error {
	j := emptydep.NewJournal(path)
	if err := j.Open(); err != nil {
		return err
	}
	defer j.Close()
	return nil
}

// journalLeak leaves the opened journal open where stop is set.
func journalLeak(path string, stop bool) error {
	j := emptydep.NewJournal(path) // want `j returned by emptydep.NewJournal is not closed on all paths: the return at line 25 is reached when stop at line 24`
	if err := j.Open(); err != nil {
		return err
	}
	if stop {
		return nil
	}
	return j.Shutdown()
}

// filledLeak drops a journal whose option gave it a file.
func filledLeak(path string, fh *os.File, stop bool) error { // want filledLeak:"keeps p1"
	j, err := emptydep.NewFilledJournal(path, emptydep.WithFile(fh)) // want `j returned by emptydep.NewFilledJournal is not closed on all paths`
	if err != nil || stop {
		return nil
	}
	return j.Close()
}
