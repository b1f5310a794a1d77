package ifaces

// This file opens nodes of a tree: a file node holds an open file, a
// directory node only the names of its entries, and its Close does
// nothing. Where an assertion says the node is a directory, it holds
// nothing.

import (
	"errors"
	"os"
)

// Node is a file or a directory.
type Node interface {
	Size() (int64, error)
	Close() error
}

// Dir is a node with entries.
type Dir interface {
	Node
	Entries() []string
}

type fileNode struct{ f *os.File }

func (n *fileNode) Size() (int64, error) {
	fi, err := n.f.Stat()
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

func (n *fileNode) Close() error { return n.f.Close() } // want Close:"releases p0; nothing when zero; closes p0.f"

type dirNode struct{ names []string }

func (d *dirNode) Size() (int64, error) { return int64(len(d.names)), nil } // want Size:"nil r1"

func (d *dirNode) Close() error { return nil } // want Close:"nil r0; releases nothing; nothing when zero; nothing when nil"

func (d *dirNode) Entries() []string { return d.names } // want Entries:"gives p0.names as r0"

// OpenNode opens the file or lists the directory at path.
func OpenNode(path string) (Node, error) { // want OpenNode:"r0 is \\*dirNode,\\*fileNode"
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		names, err := os.ReadDir(path)
		if err != nil {
			return nil, err
		}
		d := &dirNode{}
		for _, e := range names {
			d.names = append(d.names, e.Name())
		}
		return d, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &fileNode{f: f}, nil
}

var errIsDir = errors.New("is a directory")

// FileSizeSafe refuses directories, which hold nothing open.
func FileSizeSafe(path string) (int64, error) {
	n, err := OpenNode(path)
	if err != nil {
		return 0, err
	}
	if _, ok := n.(Dir); ok {
		return 0, errIsDir
	}
	defer n.Close()
	return n.Size()
}

// DirSizeLeak refuses files, which hold a descriptor, and drops it.
func DirSizeLeak(path string) (int64, error) {
	n, err := OpenNode(path) // want `n returned by OpenNode is not closed before the return at line 91`
	if err != nil {
		return 0, err
	}
	if _, ok := n.(Dir); !ok {
		return 0, errors.New("not a directory")
	}
	defer n.Close()
	return n.Size()
}

// DropLeak drops the node.
func DropLeak(path string) error {
	n, err := OpenNode(path) // want `n returned by OpenNode is not closed`
	if err != nil {
		return err
	}
	_, err = n.Size()
	return err
}
