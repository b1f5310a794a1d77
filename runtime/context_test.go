package runtime_test

import (
	"context"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

func TestFromContext(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close()
	ctx := leakruntime.WithTracker(context.Background(), tr)
	//leakvet:ignore borrowed: FromContext returns the tracker the test owns
	if got := leakruntime.FromContext(ctx); got != tr {
		t.Errorf("FromContext = %p, want %p", got, tr)
	}
	//leakvet:ignore borrowed: FromContext returns the tracker the test owns
	if got := leakruntime.FromContext(context.Background()); got != nil {
		t.Errorf("FromContext of a bare context = %p, want nil", got)
	}
	var nilCtx context.Context // tolerated, though contexts should never be nil
	//leakvet:ignore borrowed: FromContext returns the tracker the test owns
	if got := leakruntime.FromContext(nilCtx); got != nil {
		t.Errorf("FromContext(nil) = %p, want nil", got)
	}
}

// openDeep stands for code far down a call chain that only has a context.
func openDeep(ctx context.Context) *leakruntime.Handle {
	h, _ := leakruntime.Track(ctx, "net.Conn", "deep")
	return h
}

func TestTrackThroughContext(t *testing.T) {
	tr := leakruntime.New()
	ctx := leakruntime.WithTracker(context.Background(), tr)
	h := openDeep(ctx)
	snap := tr.Snapshot()
	if !leakruntime.Enabled {
		// Without the leakvet tag the context path is switched off.
		if h != nil || len(snap) != 0 {
			t.Fatalf("without the tag, Track returned %v and tracked %d resources", h, len(snap))
		}
		return
	}
	if len(snap) != 1 || snap[0].Stack[0].Function != thisPkg+"openDeep" {
		t.Fatalf("with the tag, snapshot = %+v, want one resource opened in openDeep", snap)
	}
	h.Close()
	if err := tr.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestTrackUsesDefault(t *testing.T) {
	tr := leakruntime.New()
	defer tr.Close()
	defer leakruntime.SetDefault(tr)()
	h := openDeep(context.Background())
	want := 0
	if leakruntime.Enabled {
		want = 1
	}
	if n := len(tr.Snapshot()); n != want {
		t.Fatalf("default tracker holds %d resources, want %d", n, want)
	}
	h.Close()
}

func TestTrackWithoutTagAllocatesNothing(t *testing.T) {
	if leakruntime.Enabled {
		t.Skip("the zero-cost path is the one built without the leakvet tag")
	}
	ctx := leakruntime.WithTracker(context.Background(), leakruntime.New())
	allocs := testing.AllocsPerRun(1000, func() {
		h, _ := leakruntime.Track(ctx, "net.Conn", "conn")
		h.Close()
	})
	if allocs != 0 {
		t.Errorf("Track+Close without the tag allocates %v times, want 0", allocs)
	}
}
