package basic

// This file has Close methods that only finish an encoding in memory:
// they append to their own slices and store numbers into them. Values of
// such types hold nothing to release.

import (
	"bytes"
	"errors"
)

type chunkCoder struct {
	lens  []uint64
	final []byte
	buf   bytes.Buffer
	cur   int
}

func newChunkCoder(n int) *chunkCoder {
	return &chunkCoder{lens: make([]uint64, n)}
}

func (c *chunkCoder) Add(v byte) { c.buf.WriteByte(v) }

// Close encodes the last chunk.
func (c *chunkCoder) Close() { // want Close:"releases nothing"
	b := c.buf.Bytes()
	c.lens[c.cur] = uint64(len(b))
	c.final = append(c.final, b...)
	c.cur = len(c.lens)
}

// SafeEncode is fine: the coder it drops on failure holds only memory.
func SafeEncode(data []byte) ([]byte, error) {
	c := newChunkCoder(4)
	for _, d := range data {
		if d == 0 {
			return nil, errors.New("zero byte")
		}
		c.Add(d)
	}
	c.Close()
	return c.final, nil
}

// A slot goes back to the free list when closed: that store of a
// pointer into a shared slice gives it back, so slots are resources.
var freeSlots = make([]*poolSlot, 8)

type poolSlot struct {
	i int
}

func (s *poolSlot) Close() { freeSlots[s.i] = s } // want Close:"keeps p0"

func newSlot(i int) *poolSlot { return &poolSlot{i: i % len(freeSlots)} }

// SlotLeak never gives its slot back.
func SlotLeak(i int) int {
	s := newSlot(i) // want `s returned by newSlot is not closed`
	return s.i
}
