package solver

import (
	"math"
	"slices"
)

// A cold search of the capacitated solver ends at the first column with
// room it collects, at a distance no greater than ub, the least distance of
// a column with room found so far; a column reaching the current level dmin
// joins that level before the search ends, so the bound is max(ub, dmin)
// (rounding can put ub a unit in the last place below dmin). A relaxation
// through column k to a distance h = T[k][l] − v[l] − u1 beyond that bound
// changes no column the search collects, nor their distances and
// predecessors, and on a pooled province nearly all of them are beyond it
// (bench/README.md). The candidate lists let a scan skip them unread.
//
// For each full column k the solver keeps, from the last time it built it,
// a list of the entries l of k's transfer costs with the least keys
// T[k][l] − v[l], ascending, with T[k][l] as it was then, and floor[k], the
// least key of the other entries. Keys only grow between builds: in a cold
// solve the potentials v only fall, and T[k][l] only rises, except when a
// row enters k, which marks k's list for a rebuild. A key from the list is
// therefore a lower bound of the current one, and so is T[k][l] from the
// list of the current T[k][l]. A scan of k reads its list while key − u1 is
// within the bound, and the matrix T only where the list's copy may improve
// a distance, when floor[k] − u1 is beyond the bound; otherwise it rebuilds
// the list, if the potentials changed since its build, and tries again, and
// failing that relaxes k's whole range. The columns collected, their
// distances and their predecessors are those of the whole pass, bit for
// bit: rounding is monotone, so the bounds hold in floating point too
// (TestCapacitatedCands compares the results and the work done, list
// length by list length, with the whole passes').

// capCandLen is the longest candidate list: longer lists fail their floor
// less often and cost more to build and to walk (bench/README.md, "Solver
// constants").
const capCandLen = 256

// capCandMinCols is the number of columns from which a cold solve keeps
// candidate lists: below it the transfer costs stay in the caches, and the
// vectorised pass over a whole range costs less than building and walking
// the lists (bench/README.md, "Solver constants").
const capCandMinCols = 2048

// capCands holds the candidate lists of a capacitated solve.
type capCands struct {
	// Column k's list is l[k·w:][:n[k]] with keys key[…], ascending, and
	// T[k][l] in t[…]; floor[k] bounds the keys of k's other entries from
	// below; ok[k] says no row entered k since the list was built.
	w     int
	l     []int32
	key   []float64
	t     []float64 // T[k][l] when the list was built
	at    []int     // the search in which the list was built
	n     []int32
	floor []float64
	ok    []bool
	e     []candEntry // scratch of buildCands
}

// useCands makes the cold searches read candidate lists, or not (mode is
// options.cands: 0 from capCandMinCols columns on, −1 never, else the
// lists' length).
func (s *capLap) useCands(mode int) {
	w := mode
	if mode == 0 {
		w = capCandLen
	}
	if mode < 0 || mode == 0 && s.m < capCandMinCols {
		s.cands = nil
		return
	}
	m := s.m
	s.cands = &capCands{w: w, l: make([]int32, m*w), key: make([]float64, m*w), t: make([]float64, m*w),
		n: make([]int32, m), floor: make([]float64, m), ok: make([]bool, m), at: make([]int, m)}
}

// buildCands builds column k's list from its transfer costs and the
// current potentials.
func (s *capLap) buildCands(k int32) {
	c := s.cands
	m, w := s.m, c.w
	t := s.t[int(k)*m : (int(k)+1)*m]
	v := s.v
	lo, hi := int(s.lo[k]), max(int(s.lo[k]), int(s.hi[k])) // empty: lo = m, hi = 0
	// A threshold drawn from a sample of the keys, that about three
	// quarters of a list's length fall under: a partition by it costs a
	// pass, where selecting the least w costs several.
	theta := math.Inf(1)
	if hi-lo > w {
		q := max(1, (hi-lo)/(2*w))
		e := c.e[:0]
		for l := lo; l < hi; l += q {
			if y := t[l] - v[l]; !math.IsInf(y, 1) {
				e = append(e, candEntry{key: y})
			}
		}
		c.e = e
		if len(e) > 0 {
			r := min(len(e)-1, 3*w/(4*q))
			selectLeast(e, r)
			theta = e[r].key
			for _, x := range e[r+1:] {
				theta = min(theta, x.key)
			}
		}
	}
	e := c.e[:0]
	floor := math.Inf(1)
	for l := lo; l < hi; l++ {
		// +Inf for a column k's rows may not use.
		if y := t[l] - v[l]; y > theta {
			floor = min(floor, y)
		} else if !math.IsInf(y, 1) {
			e = append(e, candEntry{y, int32(l)})
		}
	}
	c.e = e
	if len(e) > w {
		// The sample misled: select the least w of those.
		selectLeast(e, w)
		for _, x := range e[w:] {
			floor = min(floor, x.key)
		}
		e = e[:w]
	}
	sortCands(e)
	base := int(k) * w
	n := len(e)
	ks, ls, tv := c.key[base:base+n], c.l[base:base+n], c.t[base:base+n]
	for p, x := range e {
		ks[p], ls[p], tv[p] = x.key, x.l, t[x.l]
	}
	c.n[k] = int32(n)
	c.floor[k] = floor
	c.ok[k] = true
	c.at[k] = s.searches
}

// relaxCands relaxes, through collected column k, the entries of its list
// whose distance may be at most *ub, lowering *ub to the least distance of
// a column with room, and appends the columns whose distance became ≤ dmin
// to evs, ascending. It reports false, having done nothing, when the list
// does not cover every such entry.
func (s *capLap) relaxCands(k int32, u1, dmin float64, ub *float64, evs []int32) ([]int32, bool) {
	c := s.cands
	if !c.ok[k] {
		s.buildCands(k)
	}
	// A column reaching the current level dmin joins it, and the search
	// may end only after: dmin bounds too, when rounding put ub below it.
	if c.floor[k]-u1 <= max(*ub, dmin) && c.at[k] != s.searches {
		s.buildCands(k) // the list is older than the potentials
	}
	if c.floor[k]-u1 <= max(*ub, dmin) {
		return evs, false
	}
	m := s.m
	t := s.t[int(k)*m : (int(k)+1)*m]
	v, d, pred, room := s.v, s.d, s.pred, s.room
	base := int(k) * c.w
	n := int(c.n[k])
	keys, ls, tv := c.key[base:base+n], c.l[base:base+n], c.t[base:base+n]
	first := len(evs)
	for p, y := range keys {
		if y-u1 > max(*ub, dmin) {
			break
		}
		l := ls[p]
		dl := d[l]
		// The list's copy of T[k][l] bounds it from below (T only rises
		// between builds): the matrix is read only when it may improve.
		h := tv[p] - v[l] - u1
		if !(h < dl) {
			continue
		}
		if x := t[l]; x != tv[p] {
			if h = x - v[l] - u1; !(h < dl) {
				continue
			}
		}
		d[l], pred[l] = h, k
		if h <= dmin {
			evs = append(evs, l)
		}
		if room[l] && h < *ub {
			*ub = h
		}
	}
	slices.Sort(evs[first:])
	return evs, true
}

// candEntry is an entry of a list being built.
type candEntry struct {
	key float64
	l   int32
}

// candBefore orders a list's entries: by key, then by column, so that the
// order of equal keys does not depend on the sort.
func candBefore(a, b candEntry) bool {
	return a.key < b.key || a.key == b.key && a.l < b.l
}

// sortCands sorts a list's entries by candBefore: quicksort on the middle
// of three, insertion sort on short ranges. Written out because the
// comparison is most of a generic sort's time here, and lists are built
// hundreds of thousands of times on a province; a list holds at most
// capCandLen entries, so the quadratic worst case stays small.
func sortCands(e []candEntry) {
	for len(e) > 12 {
		mid := len(e) / 2
		hi := len(e) - 1
		if candBefore(e[mid], e[0]) {
			e[mid], e[0] = e[0], e[mid]
		}
		if candBefore(e[hi], e[0]) {
			e[hi], e[0] = e[0], e[hi]
		}
		if candBefore(e[hi], e[mid]) {
			e[hi], e[mid] = e[mid], e[hi]
		}
		pivot := e[mid]
		i, j := 0, hi
		for i <= j {
			for candBefore(e[i], pivot) {
				i++
			}
			for candBefore(pivot, e[j]) {
				j--
			}
			if i <= j {
				e[i], e[j] = e[j], e[i]
				i++
				j--
			}
		}
		// Recurse on the shorter side, loop on the longer.
		if j+1 < len(e)-i {
			sortCands(e[:j+1])
			e = e[i:]
		} else {
			sortCands(e[i:])
			e = e[:j+1]
		}
	}
	for k := 1; k < len(e); k++ {
		x := e[k]
		p := k
		for p > 0 && candBefore(x, e[p-1]) {
			e[p] = e[p-1]
			p--
		}
		e[p] = x
	}
}

// selectLeast reorders e so that its first p entries have the p least keys
// (Hoare's selection, the middle of three as pivot).
func selectLeast(e []candEntry, p int) {
	lo, hi := 0, len(e)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if e[mid].key < e[lo].key {
			e[mid], e[lo] = e[lo], e[mid]
		}
		if e[hi].key < e[lo].key {
			e[hi], e[lo] = e[lo], e[hi]
		}
		if e[hi].key < e[mid].key {
			e[hi], e[mid] = e[mid], e[hi]
		}
		pivot := e[mid].key
		i, j := lo, hi
		for i <= j {
			for e[i].key < pivot {
				i++
			}
			for e[j].key > pivot {
				j--
			}
			if i <= j {
				e[i], e[j] = e[j], e[i]
				i++
				j--
			}
		}
		switch {
		case p <= j:
			hi = j
		case p >= i:
			lo = i
		default:
			return
		}
	}
}
