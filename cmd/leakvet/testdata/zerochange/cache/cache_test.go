package cache

import (
	"strconv"
	"sync"
	"testing"
)

// TestPutEmpty takes Put's error path, which keeps the write lock.
func TestPutEmpty(t *testing.T) {
	var c Cache
	if err := c.Put("", "x"); err != ErrEmptyKey {
		t.Fatalf("Put with an empty key: %v", err)
	}
}

// TestLookup finds every key it looks up, on goroutines of its own and
// on its own goroutine: Lookup releases the read lock each time.
func TestLookup(t *testing.T) {
	var c Cache
	for i := range 4 {
		if err := c.Put("k"+strconv.Itoa(i), "v"); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := c.Lookup("k" + strconv.Itoa(i)); !ok {
				t.Errorf("k%d is missing", i)
			}
		}()
	}
	wg.Wait()
	if _, ok := c.Lookup("k0"); !ok || c.Len() != 4 {
		t.Fatalf("Lookup(k0) = %v, Len() = %d", ok, c.Len())
	}
}

// TestLog notes a line between Begin and the call of what it returns,
// and reads the log, which Log does the same way with a deferred call.
func TestLog(t *testing.T) {
	var c Cache
	end := c.Begin()
	c.Note("started")
	end()
	if got := c.Log(); len(got) != 1 || got[0] != "started" {
		t.Fatalf("Log() = %q", got)
	}
}

// TestBegin notes a line under the lock that Begin takes, and forgets to
// call the function that releases it.
func TestBegin(t *testing.T) {
	var c Cache
	c.Begin()
	c.Note("started")
}
