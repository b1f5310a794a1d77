package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
)

// A cache keeps what the analysis of one package produced (its
// diagnostics and facts) under a key that hashes everything that output
// depends on: the analyzer binary, its flags, the package's files and the
// keys of its imports. It lives in a directory shared by concurrent runs:
// an entry is written to a temporary file and renamed into place, so a
// reader sees a whole entry or none, and each entry carries the hash of
// its contents, so a damaged entry is a miss, never a result.
type cache struct {
	dir string // "" when the cache is off
}

// cacheMagic starts every entry; a new format gets a new magic.
const cacheMagic = "leakvet unit cache 1\n"

// openCache returns the cache that setting (the value of LEAKVET_CACHE)
// selects: "off" for none, a directory, or "" for the user's cache
// directory. A cache that cannot be created is off.
func openCache(setting string) cache {
	if setting == "off" {
		return cache{}
	}
	dir := setting
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return cache{}
		}
		dir = filepath.Join(base, "leakvet")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return cache{}
	}
	return cache{dir: dir}
}

func (c cache) file(key [32]byte) string {
	k := hex.EncodeToString(key[:])
	return filepath.Join(c.dir, k[:2], k)
}

// get returns the entry stored under key, if it is there and whole.
func (c cache) get(key [32]byte) ([]byte, bool) {
	if c.dir == "" {
		return nil, false
	}
	data, err := os.ReadFile(c.file(key))
	if err != nil {
		return nil, false
	}
	e, err := decodeEntry(data)
	return e, err == nil
}

// put stores e under key. Failing to store is no error: the entry is
// computed again next time.
func (c cache) put(key [32]byte, e []byte) {
	if c.dir == "" {
		return
	}
	name := c.file(key)
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(encodeEntry(e))
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), name) != nil {
		os.Remove(tmp.Name())
	}
}

// encodeEntry lays an entry out as the magic, the SHA-256 of the
// contents and the contents.
func encodeEntry(e []byte) []byte {
	sum := sha256.Sum256(e)
	out := append([]byte(cacheMagic), sum[:]...)
	return append(out, e...)
}

var errDamaged = errors.New("damaged cache entry")

// decodeEntry reverses encodeEntry, or fails on an entry that is not
// whole.
func decodeEntry(data []byte) ([]byte, error) {
	if !bytes.HasPrefix(data, []byte(cacheMagic)) || len(data) < len(cacheMagic)+32 {
		return nil, errDamaged
	}
	data = data[len(cacheMagic):]
	sum, body := data[:32], data[32:]
	if got := sha256.Sum256(body); !bytes.Equal(got[:], sum) {
		return nil, errDamaged
	}
	return body, nil
}
