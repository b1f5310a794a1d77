// Package iteruse walks iterators that iterrepo gives: their dynamic
// types are of iterbase, which iteruse does not import.
package iteruse

import "iterrepo"

// latestSafe walks the tags with ForEach, which closes the iterator
// whatever the callback returns.
func latestSafe(r *iterrepo.Repo) (string, error) {
	tags, err := r.Tags()
	if err != nil {
		return "", err
	}
	var last string
	err = tags.ForEach(func(s string) error {
		last = s
		return nil
	})
	if err != nil {
		return "", err
	}
	return last, nil
}

// firstLeak reads one tag with Next and never closes the iterator.
func firstLeak(r *iterrepo.Repo) (string, error) {
	tags, err := r.Tags() // want `tags returned by r.Tags is not closed before the return at line 31`
	if err != nil {
		return "", err
	}
	return tags.Next()
}
