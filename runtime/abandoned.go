package runtime

import (
	goruntime "runtime"
	"runtime/metrics"
	"time"
)

// Abandoned resources
//
// A resource is abandoned when the last reference to its [Handle] (in
// practice, to the wrapper that holds the handle) disappears while the
// resource is still open. The tracker attaches a cleanup with
// runtime.AddCleanup to each handle when [DetectAbandoned] is on; the
// cleanup moves the record from the open list to the abandoned list.
//
// Some standard types clean up after themselves: *os.File and the
// descriptors behind net.Conn carry finalizers that close the descriptor
// when the object is collected. A leaked file is therefore closed
// eventually, at some garbage collection, which in a quiet process may be
// much later than the descriptor limit is reached. The tracker reports
// such a file as abandoned rather than open, because by the time anyone
// looks it may already be closed; the leak in the code is the same.

// cleanupWait bounds how long a check waits for queued cleanups to run.
const cleanupWait = time.Second

// collectAbandoned runs one garbage collection and waits until the cleanups
// it queued have run, so that abandoned resources are on their tracker's
// list before the check reads it.
func collectAbandoned() {
	goruntime.GC()
	waitQueued("/gc/cleanups/queued:cleanups", "/gc/cleanups/executed:cleanups")
}

// waitQueued waits, up to cleanupWait, until the runtime has executed as
// many cleanups or finalizers as it queued: they run on their own
// goroutines, and the runtime's queued and executed counters tell when
// they have caught up.
func waitQueued(queued, executed string) {
	samples := []metrics.Sample{{Name: queued}, {Name: executed}}
	deadline := time.Now().Add(cleanupWait)
	for time.Now().Before(deadline) {
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 {
			return // metrics unavailable: nothing better to wait on
		}
		if samples[1].Value.Uint64() >= samples[0].Value.Uint64() {
			return
		}
		time.Sleep(50 * time.Microsecond)
	}
}
