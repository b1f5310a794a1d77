package emptyctors

// This file: an iterator whose Close releases a pooled handle, which is
// zero (and its release does nothing) unless a constructor sets it. An
// iterator over bytes the caller owns holds nothing.

import "sync"

var handlePool sync.Pool

type value struct{ refs int }

func (v *value) release() { // want release:"keeps p0; nothing when zero; nothing when nil"
	if v != nil && v.refs > 0 {
		v.refs--
		handlePool.Put(v)
	}
}

type Handle struct{ value *value }

func (h Handle) Release() { h.value.release() } // want Release:"nothing when zero"

type Buf struct{ p *[]byte }

func (b *Buf) Release() { // want Release:"nothing when zero"
	if b.p == nil {
		return
	}
	handlePool.Put(b.p)
	b.p = nil
}

type bufferHandle struct {
	h Handle
	b Buf
}

func (bh bufferHandle) Release() { // want Release:"nothing when zero"
	bh.h.Release()
	bh.b.Release()
}

type blockIter struct {
	data   []byte
	handle bufferHandle
	val    []byte
}

func newBlockIter(data []byte) (*blockIter, error) { // want newBlockIter:"keeps p0; empty r0; nil r1"
	i := &blockIter{}
	return i, i.init(data)
}

func (i *blockIter) init(data []byte) error { // want init:"keeps p1; nil r0"
	i.data = data
	i.clearCache()
	return nil
}

func (i *blockIter) clearCache() { i.val = nil } // want clearCache:"nothing when zero"

func (i *blockIter) Close() error { // want Close:"nil r0; nothing when zero"
	i.handle.Release()
	i.handle = bufferHandle{}
	i.val = nil
	return nil
}

// SafeFirstByte is fine: the iterator views data, which the caller owns,
// and holds no handle.
func SafeFirstByte(data []byte) (byte, error) { // want SafeFirstByte:"keeps p0; nil r1"
	it, err := newBlockIter(data)
	if err != nil {
		return 0, err
	}
	if len(it.data) == 0 {
		return 0, nil
	}
	b := it.data[0]
	it.Close()
	return b, nil
}

// newHandleIter gives its iterator a handle from the pool.
func newHandleIter(data []byte) *blockIter {
	p, _ := handlePool.Get().(*[]byte)
	return &blockIter{data: data, handle: bufferHandle{b: Buf{p: p}}}
}

// handleIterLeaky drops the iterator, and its handle, when data is empty.
func handleIterLeaky(data []byte) byte {
	it := newHandleIter(data) // want `it returned by newHandleIter is not closed on all paths`
	if len(it.data) == 0 {
		return 0
	}
	b := it.data[0]
	it.Close()
	return b
}
