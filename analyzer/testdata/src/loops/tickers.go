package loops

import (
	"os"
	"time"
)

// tickForever is fine: a ticker's channel is never closed, so the loop
// ends only through the return that closes the file.
func tickForever(name string, done func() bool) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for range ticker.C {
		if done() {
			f.Close()
			return
		}
	}
}

// tickForeverTick is fine for the same reason: nothing closes the channel
// that time.Tick returns.
func tickForeverTick(name string, done func() bool) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	for range time.Tick(time.Second) {
		if done() {
			f.Close()
			return
		}
	}
}

// rangeOverEvents leaks the file when the events channel is closed: a
// plain channel's loop runs out.
func rangeOverEvents(name string, events <-chan bool) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the end of the function`
	if err != nil {
		return
	}
	for stop := range events {
		if stop {
			f.Close()
			return
		}
	}
}

// tickerBreak leaks the file when the loop is left by a break: only
// running out of the ticker's channel cannot happen.
func tickerBreak(name string, done func() bool) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed on all paths`
	if err != nil {
		return
	}
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for range ticker.C {
		if done() {
			break
		}
		f.Sync()
	}
}

// tickerOfOwnChannel leaks the file when ch is closed: a ticker built by
// hand has the channel it was given, which its builder may close.
func tickerOfOwnChannel(name string, ch chan time.Time, done func() bool) {
	f, err := os.Open(name) // want `f returned by os.Open is not closed before the end of the function`
	if err != nil {
		return
	}
	t := &time.Ticker{C: ch}
	for range t.C {
		if done() {
			f.Close()
			return
		}
	}
}
