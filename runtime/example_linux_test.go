package runtime_test

import (
	"fmt"
	"os"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// Check that code nothing instruments closes the descriptors it opens
// (Linux only): here, a plain os.Open.
func ExampleCheckDescriptors() {
	t := &exampleT{} // in a real test: t *testing.T

	if err := leakruntime.CheckDescriptors(t); err != nil {
		fmt.Println(err)
		return
	}
	f, err := os.Open(os.DevNull)
	if err != nil {
		fmt.Println(err)
		return
	}
	// ... forget f.Close() ...

	t.cleanups[0]() // the testing package runs this when the test ends
	f.Close()       // (keeps f reachable, so it is open, not abandoned)
	// Output:
	// FAIL: runtime: TestLeaky: 1 resource open at end
}
