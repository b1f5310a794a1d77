// Package fake holds generated-style test doubles of stubs' interfaces:
// each method records its call and gives what the test set, through a
// stub function of the method's own signature or a fixed result.
package fake

import (
	"os"
	"sync"
)

type FakeTrack struct {
	FileStub        func() *os.File
	mu              sync.Mutex
	fileArgsForCall []struct{}
	fileReturns     struct{ result1 *os.File }
	fileReturnsOn   map[int]struct{ result1 *os.File }

	OpenStub    func(string) *os.File
	openReturns struct{ result1 *os.File }
}

func (fake *FakeTrack) File() *os.File { // want File:"borrows r0; gives p0\\.fileReturns\\.result1 as r0"
	fake.mu.Lock()
	ret, specificReturn := fake.fileReturnsOn[len(fake.fileArgsForCall)]
	fake.fileArgsForCall = append(fake.fileArgsForCall, struct{}{})
	stub := fake.FileStub
	fakeReturns := fake.fileReturns
	fake.mu.Unlock()
	if stub != nil {
		return stub()
	}
	if specificReturn {
		return ret.result1
	}
	return fakeReturns.result1
}

// Open is a double whose default opens a file of its own: what it gives
// is new.
func (fake *FakeTrack) Open(name string) *os.File { // want Open:"gives p0\\.openReturns\\.result1 as r0"
	if fake.OpenStub != nil {
		return fake.OpenStub(name)
	}
	if fake.openReturns.result1 != nil {
		return fake.openReturns.result1
	}
	f, _ := os.Open(name)
	return f
}
