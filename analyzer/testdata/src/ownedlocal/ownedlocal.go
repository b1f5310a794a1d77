// Package ownedlocal holds resources owned through values the function
// builds itself: a struct it fills in, a result it asserts, a child that
// points back at its parent, and parameters it takes over. This file: a
// resource stored in a struct the function built.
package ownedlocal
