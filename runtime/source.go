package runtime

import (
	"embed"
	"io/fs"
)

// source holds the package's own files. A program that never calls
// [Source] does not carry them: the linker drops unreferenced variables.
//
//go:embed *.go *.s
var source embed.FS

// Source returns the package's Go and assembly files, its tests included,
// at the root of the returned file system. `leakvet -confirm` compiles a
// copy of the tracker from them into the module whose tests it runs, so
// that instrumented code can import it from a module that does not
// require this one.
func Source() fs.FS { return source }
