package solver

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// chunksMin is the least number of elements split between cores by
// inChunks: below it a goroutine's start costs more than it saves.
const chunksMin = 1 << 20

// inChunks calls f on consecutive ranges [lo, hi) covering [0, n), one per
// core when n is large, and returns when all are done. It fills and checks
// the capacitated solver's tables: hundreds of megabytes on a province,
// whose first writes fault the pages in (a virtual machine's slowest step
// of a solve's start), on every core instead of one.
func inChunks(n int, f func(lo, hi int)) {
	p := runtime.GOMAXPROCS(0)
	if n < chunksMin || p == 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for k := range p {
		lo, hi := n*k/p, n*(k+1)/p
		wg.Go(func() { f(lo, hi) })
	}
	wg.Wait()
}

// eachParallel calls f(j) for every j in [0, n), on every core, taking the
// next j as each call returns: for jobs of uneven size that touch disjoint
// state.
func eachParallel(n int, f func(j int)) {
	p := min(runtime.GOMAXPROCS(0), n)
	if p <= 1 {
		for j := range n {
			f(j)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range p {
		wg.Go(func() {
			for j := int(next.Add(1)) - 1; j < n; j = int(next.Add(1)) - 1 {
				f(j)
			}
		})
	}
	wg.Wait()
}
