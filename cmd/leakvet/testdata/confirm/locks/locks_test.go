package locks_test

import (
	"runtime"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"

	"example.com/confirm/locks"
)

// counter returns a Counter whose mutex the test's tracker watches. The
// Counter stays reachable until the tracker has checked it: a mutex
// collected while locked would be reported as abandoned, not as held.
func counter(t *testing.T) *locks.Counter {
	c := &locks.Counter{}
	t.Cleanup(func() { runtime.KeepAlive(c) }) // runs after the check, registered later
	c.Mu.Track(leakruntime.ForTest(t))
	return c
}

// TestAddNegative takes Add's leaking path on a goroutine of its own and
// waits for it: the goroutine is gone, the lock is still held.
func TestAddNegative(t *testing.T) {
	c := counter(t)
	done := make(chan error)
	go func() { done <- c.Add("a", -1) }()
	if err := <-done; err != locks.ErrNegative {
		t.Fatalf("Add(-1) = %v, want ErrNegative", err)
	}
}

// TestGet counts, then reads the count on two goroutines in turn: Get
// finds the key, so the lock is released each time.
func TestGet(t *testing.T) {
	c := counter(t)
	if err := c.Add("a", 2); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		done := make(chan int)
		go func() {
			n, _ := c.Get("a")
			done <- n
		}()
		if n := <-done; n != 2 {
			t.Fatalf("Get = %d, want 2", n)
		}
	}
}

// TestHold forgets to call the function that Hold returns.
func TestHold(t *testing.T) {
	c := counter(t)
	_ = c.Hold()
}
