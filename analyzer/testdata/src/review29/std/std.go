// Package std re-exports functions of the standard library under its
// own names.
package std

import (
	"bufio"
	"crypto/tls"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"runtime"
	"sync"
	"time"
)

var (
	SetOutput   = log.SetOutput        // want SetOutput:`keeps p0`
	NewLogger   = log.New              // want NewLogger:`keeps p0; wraps p0 in r0`
	Store       = (*sync.Map).Store    // want Store:`keeps p1,p2`
	NewReader   = bufio.NewReader      // want NewReader:`keeps p0; returns p0 as r0`
	NewScanner  = bufio.NewScanner     // want NewScanner:`keeps p0; wraps p0 in r0`
	MultiWriter = io.MultiWriter       // want MultiWriter:`r0 is \*multiWriter`
	NewEncoder  = json.NewEncoder      // want NewEncoder:`keeps p0; wraps p0 in r0`
	AfterFunc   = time.AfterFunc       // want AfterFunc:``
	Finalizer   = runtime.SetFinalizer // want Finalizer:`keeps p0,p1`
	Serve       = http.Serve           // want Serve:`keeps p0`
	TLSClient   = tls.Client           // want TLSClient:`keeps p0,p1; wraps p0 in r0`
	Copy        = io.Copy              // want Copy:``
	TeeReader   = io.TeeReader         // want TeeReader:`keeps p0,p1; wraps p0 in r0; r0 is \*teeReader`
	LimitReader = io.LimitReader       // want LimitReader:`keeps p0; wraps p0 in r0; r0 is \*LimitedReader`
	ReadAll     = io.ReadAll           // want ReadAll:``
)
