package suppress

import "os"

func sameLine(name string) {
	f, _ := os.Open(name) //leakvet:ignore the process exits right after
	_ = f.Name()
}

func lineAbove(name string) {
	//leakvet:ignore closed by the registry at shutdown
	f, _ := os.Open(name)
	_ = f.Name()
}

func noReason(name string) {
	//leakvet:ignore // want `//leakvet:ignore needs a reason`
	f, _ := os.Open(name) // want `f returned by os.Open is not closed`
	_ = f.Name()
}

func unknownDirective(name string) {
	//leakvet:allow this file // want `unknown directive //leakvet:allow`
	f, _ := os.Open(name) // want `f returned by os.Open is not closed`
	_ = f.Name()
}
