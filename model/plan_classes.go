package model

import (
	"math"
	"sync"

	"github.com/mutasi-id/mutasi/solver"
)

// This file reads a plan's rows through the classes of identical posts the
// class solve left (Scores.classes, as sparseRowCosts does): official i's
// cost in every post of a class but their own is one number, and so are its
// score (Benefit reads of a post other than i's own only the class key) and
// whether it is allowed; its reduced cost is bounded below by the class's
// highest potential (the least prices need not be equal on a class). The
// alternatives and the reasons of a release read one value per class
// instead of one per post, and find the same posts, in the same order, as
// the loops over every post (TestPlanClassView compares them).

// planClasses is the class view of one plan.
type planClasses struct {
	cs *classSet
	// maxV is the highest potential of each class's posts: a row's reduced
	// cost on the class's posts (but the own one) is at least its cost less
	// the row's potential and maxV, equal where the potentials are.
	maxV []float64
	// held is the number of each class's posts held after the plan, and
	// vacant its first two vacant posts (−1 when fewer): the first one that
	// is not a given official's own.
	held   []int32
	vacant [][2]int32
	// bufs recycles the per-class rows of classBuf.
	bufs sync.Pool
}

// classBuf is one official's row by class: the costs, the reduced costs
// as alternatives reads them (+Inf where the cost is), and the scores
// alternatives has read (score[k] holds when seen[k] is the row's turn).
type classBuf struct {
	cost, gap, score []float64
	seen             []uint32
	turn             uint32
}

// newPlanClasses returns the class view of the plan whose posts' holders
// are holder, nil without classes (the dense path, a roster solved by the
// candidate pricing rounds alone) or without potentials in res.
func newPlanClasses(sc *Scores, res *solver.Result, holder []int) *planClasses {
	n, m := sc.Officials(), sc.Positions()
	if len(res.U) != n || len(res.V) != m+n {
		return nil
	}
	cs := sc.classes
	if cs == nil || sc.Cost != nil {
		return nil
	}
	c := len(cs.posts)
	pcl := &planClasses{cs: cs, maxV: make([]float64, c), held: make([]int32, c), vacant: make([][2]int32, c)}
	for k, posts := range cs.posts {
		pcl.maxV[k] = math.Inf(-1)
		for _, j := range posts {
			pcl.maxV[k] = max(pcl.maxV[k], res.V[j])
		}
		v := [2]int32{-1, -1}
		n := 0
		for _, j := range posts {
			switch {
			case holder[j] >= 0:
				pcl.held[k]++
			case n < 2:
				v[n] = int32(j)
				n++
			}
		}
		pcl.vacant[k] = v
	}
	return pcl
}

// row returns official i's costs by class (classRow: +Inf for a class of
// their own post alone) and the cost of their own post, in a buffer to put
// back with put.
func (pcl *planClasses) row(sc *Scores, i int) (*classBuf, float64) {
	b, _ := pcl.bufs.Get().(*classBuf)
	if b == nil {
		c := len(pcl.cs.posts)
		b = &classBuf{cost: make([]float64, c), gap: make([]float64, c),
			score: make([]float64, c), seen: make([]uint32, c)}
	}
	if b.turn++; b.turn == 0 {
		clear(b.seen)
		b.turn = 1
	}
	own := sc.classRow(i, pcl.cs, pcl.cs.first, b.cost)
	return b, own
}

func (pcl *planClasses) put(b *classBuf) { pcl.bufs.Put(b) }

// benefit returns official i's score in post j of class k, not i's own
// post: the class's (Benefit reads only the class key of such a post),
// computed once per row.
func (b *classBuf) benefit(sc *Scores, i, j int, k int32) float64 {
	if b.seen[k] != b.turn {
		b.score[k], b.seen[k] = sc.Benefit(i, j), b.turn
	}
	return b.score[k]
}

// firstVacant returns the first vacant post of class k other than post
// own, −1 when none.
func (pcl *planClasses) firstVacant(k int32, own int) int {
	v := pcl.vacant[k]
	if int(v[0]) == own {
		return int(v[1])
	}
	return int(v[0])
}

// heldOther returns the number of class k's posts held after the plan,
// post own aside.
func (pcl *planClasses) heldOther(k int32, own int, holder []int) int {
	h := int(pcl.held[k])
	if own >= 0 && holder[own] >= 0 && pcl.cs.of[own] == k {
		h--
	}
	return h
}

// classOpenPosts is openPosts read by class: each class's posts but i's
// own are all open to i or all closed, and every vacant one has the same
// score, so the first vacant one stands for them.
func (pc *planContext) classOpenPosts(i int) (open, taken, bestVacant int, bestScore float64) {
	sc, pcl := pc.sc, pc.cls
	cur := sc.cur[i]
	b, _ := pcl.row(sc, i)
	defer pcl.put(b)
	bestVacant, bestScore = -1, math.Inf(-1)
	// consider takes vacant post j of score s: the loop over the posts
	// keeps the first of the highest.
	consider := func(j int, s float64) {
		if s > bestScore || s == bestScore && bestVacant >= 0 && j < bestVacant {
			bestVacant, bestScore = j, s
		}
	}
	for k, x := range b.cost {
		if x == math.Inf(1) {
			continue // barred, or the class of i's post alone
		}
		kk := int32(k)
		n := len(pcl.cs.posts[k])
		if cur >= 0 && pcl.cs.of[cur] == kk {
			n--
		}
		h := pcl.heldOther(kk, cur, pc.holder)
		open += n
		taken += h
		if h < n {
			j := pcl.firstVacant(kk, cur)
			consider(j, sc.Benefit(i, j))
		}
	}
	if cur >= 0 && sc.allowed(i, cur) {
		open++
		if pc.holder[cur] >= 0 {
			taken++
		} else {
			consider(cur, sc.Benefit(i, cur))
		}
	}
	return open, taken, bestVacant, bestScore
}

// classBlocked is blockedSummary's count read by class: the rules that
// close a class's posts but i's own to i are those of any of them (the
// rules read of a post other than i's own only the class key, and the
// decisions' and selections' posts are classes of their own), counted once
// per post.
func (pc *planContext) classBlocked(i int, counts map[string]int) {
	sc, pcl := pc.sc, pc.cls
	cur := sc.cur[i]
	b, _ := pcl.row(sc, i)
	defer pcl.put(b)
	var codes []string
	for k, x := range b.cost {
		posts := pcl.cs.posts[k]
		j, n := posts[0], len(posts)
		if cur >= 0 && pcl.cs.of[cur] == int32(k) {
			if n == 1 {
				continue // i's own post alone
			}
			if j == cur {
				j = posts[1]
			}
			n--
		}
		if x != math.Inf(1) {
			continue // open to i
		}
		codes = pc.blockedCodes(codes[:0], i, j)
		for _, c := range codes {
			counts[c] += n
		}
	}
	if cur >= 0 && !sc.allowed(i, cur) {
		for _, c := range pc.blockedCodes(codes[:0], i, cur) {
			counts[c]++
		}
	}
}
