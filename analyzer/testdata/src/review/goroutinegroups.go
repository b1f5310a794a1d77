package review

// This file holds resources shared by a group of goroutines that the
// function starts: one of them closes the resource, the others only use it.

import (
	"io"
	"net"
	"os"
	"sync"
)

// SafeTunnel is fine: the first goroutine closes the target on every path
// once its copy ends, the second only reads from it, and both are started
// on every path that starts either.
func SafeTunnel(client net.Conn, addr string) { // want SafeTunnel:"keeps p0"
	target, err := net.Dial("tcp", addr)
	if err != nil {
		return
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		io.Copy(target, client)
		target.Close()
	}()
	go func() {
		defer wg.Done()
		io.Copy(client, target)
		client.Close()
	}()
	wg.Wait()
}

// SafeTunnelByModes is fine: each mode starts its own pair of goroutines,
// and in each pair one closes the target on every path.
func SafeTunnelByModes(client net.Conn, addr string, joined bool) { // want SafeTunnelByModes:"keeps p0"
	target, err := net.Dial("tcp", addr)
	if err != nil {
		return
	}
	if joined {
		done := make(chan struct{})
		go func() {
			io.Copy(client, target)
			close(done)
		}()
		go func() {
			defer target.Close()
			io.Copy(target, client)
		}()
		<-done
		return
	}
	go func() {
		io.Copy(target, client)
		target.Close()
	}()
	go func() {
		io.Copy(client, target)
	}()
}

// copyAndCloseTo copies src into dst and then closes dst.
func copyAndCloseTo(dst io.WriteCloser, src io.Reader) { // want copyAndCloseTo:"releases p0"
	io.Copy(dst, src)
	dst.Close()
}

// SafeTunnelNamed is fine: the goroutine of copyAndCloseTo closes the
// target on every path; the closure started after it only reads from it.
func SafeTunnelNamed(client net.Conn, addr string) { // want SafeTunnelNamed:"keeps p0"
	target, err := net.Dial("tcp", addr)
	if err != nil {
		return
	}
	go copyAndCloseTo(target, client)
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelNoCloseLeaky leaks the target: neither goroutine closes it.
func tunnelNoCloseLeaky(client net.Conn, addr string) { // want tunnelNoCloseLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line 93 of the goroutine started at line 90`
	if err != nil {
		return
	}
	go func() {
		io.Copy(target, client)
		client.Close()
	}()
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelSomePathsLeaky leaks the target when the copy into it fails: the
// goroutine that closes it returns early then, and the other only reads.
func tunnelSomePathsLeaky(client net.Conn, addr string) { // want tunnelSomePathsLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed on all paths of the goroutine started at line 106: the return at line 108 is reached when err != nil at line 107`
	if err != nil {
		return
	}
	go func() {
		if _, err := io.Copy(target, client); err != nil {
			return
		}
		target.Close()
	}()
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelCloserSometimesLeaky leaks the target when close is false: the
// goroutine that closes it is not started then, and the other only reads.
func tunnelCloserSometimesLeaky(client net.Conn, addr string, close bool) { // want tunnelCloserSometimesLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line 132 of the goroutine started at line 130`
	if err != nil {
		return
	}
	if close {
		go func() {
			io.Copy(target, client)
			target.Close()
		}()
	}
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelModesLeaky leaks the target in the second mode: there neither
// goroutine closes it, although the first mode's pair does.
func tunnelModesLeaky(client *os.File, addr string, joined bool) { // want tunnelModesLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line \d+ of the goroutine started at line \d+`
	if err != nil {
		return
	}
	if joined {
		go func() {
			defer target.Close()
			io.Copy(target, client)
		}()
		go func() {
			io.Copy(client, target)
		}()
		return
	}
	go func() {
		io.Copy(target, client)
		client.Close()
	}()
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelRedialLeaky may leak the target: the second goroutine assigns the
// variable the first one closes, which may then close the new conn only.
func tunnelRedialLeaky(client net.Conn, addr string) { // want tunnelRedialLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line 174 of the goroutine started at line 172`
	if err != nil {
		return
	}
	go func() {
		io.Copy(target, client)
		target.Close()
	}()
	go func() {
		target, _ = net.Dial("tcp", addr)
	}()
}

// tunnelEachLeaky leaks the target when n is 0: the goroutine that closes
// it is started in the loop only, the one that reads it after the loop.
func tunnelEachLeaky(client net.Conn, addr string, n int) { // want tunnelEachLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line 192 of the goroutine started at line 190`
	if err != nil {
		return
	}
	for i := 0; i < n; i++ {
		go func() {
			io.Copy(target, client)
			target.Close()
		}()
	}
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelCopyGoroutineLeaky leaks the target: the first copy is io.Copy
// itself, started as a goroutine, which borrows the target and never
// closes it, and the closure only reads from it.
func tunnelCopyGoroutineLeaky(client net.Conn, addr string) { // want tunnelCopyGoroutineLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line \d+ of the goroutine started at line \d+`
	if err != nil {
		return
	}
	go io.Copy(target, client)
	go func() {
		io.Copy(client, target)
		client.Close()
	}()
}

// startPump copies src into dst in a goroutine of its own.
func startPump(dst io.Writer, src io.Reader) { // want startPump:"keeps p0,p1"
	go io.Copy(dst, src)
}

// tunnelPumpLeaky leaks the target: the first goroutine only hands it to
// another goroutine, which copies into it and never closes it.
func tunnelPumpLeaky(client net.Conn, addr string) { // want tunnelPumpLeaky:"keeps p0"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line \d+ of the goroutine started at line \d+`
	if err != nil {
		return
	}
	go func() {
		startPump(target, client)
	}()
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelFallbackLeaky leaks the target when useFallback is set: the
// goroutine that closes c closes the fallback then, and the other only
// reads the target.
func tunnelFallbackLeaky(client net.Conn, addr string, fallback net.Conn, useFallback bool) { // want tunnelFallbackLeaky:"keeps p0,p2"
	target, err := net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line \d+ of the goroutine started at line \d+`
	if err != nil {
		return
	}
	c := target
	if useFallback {
		c = fallback
	}
	go func() {
		io.Copy(c, client)
		c.Close()
	}()
	go func() {
		io.Copy(client, target)
	}()
}

// tunnelRedialLoopLeaky leaks all but the last target: every turn of the
// loop dials into the same variable, which the goroutines of the earlier
// turns read and close after it has changed.
func tunnelRedialLoopLeaky(client net.Conn, addr string, n int) { // want tunnelRedialLoopLeaky:"keeps p0"
	var target net.Conn
	var err error
	for i := 0; i < n; i++ {
		target, err = net.Dial("tcp", addr) // want `target returned by net\.Dial is not closed before the end of the function at line \d+ of the goroutine started at line \d+`
		if err != nil {
			return
		}
		go func() {
			io.Copy(target, client)
			target.Close()
		}()
		go func() {
			io.Copy(client, target)
		}()
	}
}
