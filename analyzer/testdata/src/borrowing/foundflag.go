package borrowing

// This file finds a file to copy in one of several places: each finder
// returns the copy with true where it made one, and nil with false, from
// a function with a deferred close, through a function that returns
// another finder's results, or by trying again itself another way.

import (
	"io"
	"os"
	"path/filepath"
)

// copyFrom copies src into a new file in dir.
func copyFrom(src, dir string) (bool, *os.File, error) { // want copyFrom:"r0 says r1 is new"
	in, err := os.Open(src)
	if err != nil {
		return false, nil, err
	}
	defer in.Close()
	out, err := os.CreateTemp(dir, "copy")
	if err != nil {
		return false, nil, err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return false, nil, err
	}
	return true, out, nil
}

// findInLayers copies name from the first layer.
func findInLayers(layers []string, name, dir string) (bool, *os.File, error) { // want findInLayers:"r0 says r1 is new"
	if len(layers) == 0 {
		return false, nil, nil
	}
	return copyFrom(filepath.Join(layers[0], name), dir)
}

// findInRepos copies name from the first repository that has it, and
// tries again without links where linking was asked for.
func findInRepos(repos []string, name, dir string, link bool) (bool, *os.File, error) { // want findInRepos:"r0 says r1 is new"
	for _, repo := range repos {
		if link {
			continue
		}
		found, f, err := copyFrom(filepath.Join(repo, name), dir)
		if err != nil || !found {
			continue
		}
		return true, f, nil
	}
	if link {
		return findInRepos(repos, name, dir, false)
	}
	return false, nil, nil
}

// SafeFind closes the copy that it finds, in the layers or else in the
// repositories: where a finder says false, it gave no file.
func SafeFind(layers, repos []string, name, dir string) (bool, error) { // want SafeFind:"keeps p1"
	found, f, err := findInLayers(layers, name, dir)
	if err != nil {
		return false, err
	}
	if found {
		return true, f.Close()
	}
	found, f, err = findInRepos(repos, name, dir, true)
	if err != nil {
		return false, err
	}
	if found {
		return true, f.Close()
	}
	return false, nil
}

// findLeak keeps the copy open where it was found.
func findLeak(layers []string, name, dir string) bool {
	found, f, err := findInLayers(layers, name, dir) // want `f returned by findInLayers is not closed`
	if err != nil {
		return false
	}
	return found && f.Name() != ""
}

// cachedCopy gives the copy that dir keeps of name, with whether there
// is one: the flag is whether the file is nil.
func cachedCopy(dir, name string) (*os.File, bool) { // want cachedCopy:"r1 says r0 is new"
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		f = nil
	}
	return f, f != nil
}

// SafeCached closes the copy where there is one.
func SafeCached(dir, name string) string {
	f, found := cachedCopy(dir, name)
	if !found {
		return ""
	}
	defer f.Close()
	return f.Name()
}
