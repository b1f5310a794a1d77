package wrappers

import (
	"bytes"
	"compress/flate"
	"compress/lzw"
	"compress/zlib"
	"os"
)

// SafeLZWOverBuffer is fine: an LZW writer over a bytes.Buffer holds
// memory only, so the failed Write may drop it (its Close would only
// flush into the buffer).
func SafeLZWOverBuffer(in string) ([]byte, error) {
	var buf bytes.Buffer
	w := lzw.NewWriter(&buf, lzw.LSB, 8)
	if _, err := w.Write([]byte(in)); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SafeDictWriters is fine for the same reason: the dictionary variants of
// the flate and zlib writers wrap the buffer too.
func SafeDictWriters(in, dict string) ([]byte, error) {
	var buf bytes.Buffer
	fw, err := flate.NewWriterDict(&buf, flate.BestSpeed, []byte(dict))
	if err != nil {
		return nil, err
	}
	zw, err := zlib.NewWriterLevelDict(fw, zlib.BestSpeed, []byte(dict))
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write([]byte(in)); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if err := fw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// lzwToFile leaks the file when the Write fails: the LZW writer stands for
// the file it writes to, and closing neither releases it.
func lzwToFile(name, in string) error {
	f, err := os.Create(name) // want `f returned by os.Create is not closed on all paths: the return at line 59 is reached when err != nil at line 58`
	if err != nil {
		return err
	}
	w := lzw.NewWriter(f, lzw.MSB, 8)
	if _, err := w.Write([]byte(in)); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
