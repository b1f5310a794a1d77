//go:build !linux

package runtime

import "os"

// descriptorsSupported reports whether listDescriptors can list the
// process's descriptors: only Linux has /proc/self/fd.
const descriptorsSupported = false

func listDescriptors() ([]descriptor, error) { return nil, ErrDescriptorsUnsupported }

func statDescriptor(int) (os.FileInfo, error) { return nil, ErrDescriptorsUnsupported }

func describeDescriptors(ds []descriptor) []string {
	names := make([]string, len(ds))
	for i, d := range ds {
		names[i] = d.target
	}
	return names
}
