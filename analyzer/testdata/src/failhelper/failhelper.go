// Package failhelper unlocks before calling a helper that fails the test
// through testing.TB's FailNow, which never returns: the path after it is
// never taken, so the second unlock past it is no double unlock.
package failhelper

import (
	"fmt"
	"os"
	"sync"
)

// TestingT is what the mock needs of *testing.T.
type TestingT interface {
	Errorf(format string, args ...any)
	FailNow()
}

// Mock records calls.
type Mock struct {
	mu    sync.Mutex
	test  TestingT
	calls map[string]int
}

// fail reports a failure and stops the test: it never returns.
func (m *Mock) fail(format string, args ...any) { // want fail:"keeps p2"
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.test == nil {
		panic(fmt.Sprintf(format, args...))
	}
	m.test.Errorf(format, args...)
	m.test.FailNow()
}

// Called unlocks, fails and would unlock again if fail returned.
func (m *Mock) Called(name string) int {
	m.mu.Lock()
	n, ok := m.calls[name]
	if !ok {
		m.mu.Unlock()
		m.fail("unexpected call %s", name)
	}
	m.calls[name] = n + 1
	m.mu.Unlock()
	return n
}

// report may return: it only records.
func (m *Mock) report(format string, args ...any) { // want report:"keeps p2"
	if m.test != nil {
		m.test.Errorf(format, args...)
	}
}

// Checked unlocks, reports and unlocks again: report returns.
func (m *Mock) Checked(name string) int {
	m.mu.Lock()
	n, ok := m.calls[name]
	if !ok {
		m.mu.Unlock()
		m.report("unexpected call %s", name)
	}
	m.calls[name] = n + 1
	m.mu.Unlock() // want `m.mu is unlocked here after it was unlocked`
	return n
}

// open fails the test where the file cannot be opened.
func (m *Mock) open(name string) *os.File {
	f, err := os.Open(name)
	if err != nil {
		m.fail("open %s: %v", name, err)
	}
	return f
}

// Read reads the first byte of name; fail never returns, so no nil file
// is used, and the file is closed.
func (m *Mock) Read(name string) byte {
	f, err := os.Open(name)
	if err != nil {
		m.fail("open: %v", err)
	}
	defer f.Close()
	b := make([]byte, 1)
	f.Read(b)
	return b[0] + byte(len(m.open(name).Name())) // want `the \*os.File returned by m.open is`
}
