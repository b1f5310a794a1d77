// Package drainexp (used by drainexpuse) tests rule 1 (drainsClosed) with an
// EXPORTED channel field: code of other packages may range over Samples
// in goroutines of their own, which only Close ends. drainsClosed checks
// only go statements of this package. drainexpuse's collectorLeak SHOULD be
// reported.
package drainexp

// Collector gathers samples.
type Collector struct {
	Samples chan int
	total   int
}

// New returns an open collector.
func New() *Collector { return &Collector{Samples: make(chan int, 16)} }

// Close ends the collector and adds up what is left.
func (c *Collector) Close() { // want Close:"releases nothing"
	close(c.Samples)
	for v := range c.Samples {
		c.total += v
	}
}
