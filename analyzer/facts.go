package analyzer

// Summary is the fact leakvet records for a function whose resource
// behaviour a caller needs to know.
type Summary struct {
	// Consumes has bit i set when the function closes or keeps its
	// parameter i (the receiver of a method is parameter 0), so that a
	// caller passing a resource there hands it over.
	Consumes uint64
	// Borrowed has bit i set when result i is not a new resource for the
	// caller: it is a parameter, a field or a global of the callee.
	Borrowed uint64
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}
