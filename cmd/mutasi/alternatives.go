package main

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
	"gonum.org/v1/gonum/mat"
)

// maxAlternatives bounds --alternatives: each alternative costs up to one
// solve per official.
const maxAlternatives = 10

// altNode is a subset of the assignments in Murty's partition: the pairs
// that must be used, the pairs that may not, and its best assignment.
type altNode struct {
	fixed  [][2]int // (row, column) pairs every plan of the subset uses
	banned [][2]int // pairs no plan of the subset uses
	res    *solver.Result
}

type altQueue []*altNode

func (q altQueue) Len() int { return len(q) }
func (q altQueue) Less(a, b int) bool {
	if q[a].res.Total != q[b].res.Total {
		return q[a].res.Total < q[b].res.Total
	}
	return fmt.Sprint(q[a].res.RowCol) < fmt.Sprint(q[b].res.RowCol)
}
func (q altQueue) Swap(a, b int) { q[a], q[b] = q[b], q[a] }
func (q *altQueue) Push(x any)   { *q = append(*q, x.(*altNode)) }
func (q *altQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// nextPlans returns the k best plans after sol's, best first, by Murty's
// ranking of assignments (K. G. Murty, "An algorithm for ranking all the
// assignments in order of increasing cost", Operations Research 16, 1968):
// the assignments other than the best are split into n disjoint subsets —
// subset t keeps the best plan's choices for the first t officials and bans
// its choice for official t — each subset's best is found by the exact
// solver, and the best of all subsets is the next plan; the subset it came
// from is split again. It costs at most k·n solves. The plans are certified
// for their subsets only, so their Optimal flag is false; their objectives
// are computed from the scores like the best plan's.
func nextPlans(ctx context.Context, r *model.Roster, sol *solution, k int) ([]*model.Plan, error) {
	cost := sol.Scores.Cost
	n, _ := cost.Dims()
	q := &altQueue{}
	root := &altNode{res: sol.Result}
	var out []*model.Plan
	node := root
	for len(out) < k {
		// Split node's subset by its best assignment.
		isFixed := make([]bool, n)
		for _, p := range node.fixed {
			isFixed[p[0]] = true
		}
		var prefix [][2]int
		for i := range n {
			if isFixed[i] {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			pair := [2]int{i, node.res.RowCol[i]}
			child := &altNode{
				fixed:  append(append([][2]int{}, node.fixed...), prefix...),
				banned: append(append([][2]int{}, node.banned...), pair),
			}
			prefix = append(prefix, pair)
			res, err := solver.Solve(altMatrix(cost, child), solver.WithContext(ctx))
			var ie *solver.InfeasibleError
			switch {
			case errors.As(err, &ie):
				continue // the subset is empty
			case err != nil:
				return nil, fmt.Errorf("alternatives: %w", err)
			}
			child.res = res
			heap.Push(q, child)
		}
		if q.Len() == 0 {
			break
		}
		node = heap.Pop(q).(*altNode)
		p, err := model.NewPlan(r, sol.Elig, sol.Scores, node.res)
		if err != nil {
			return nil, fmt.Errorf("alternatives: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
}

// altMatrix is cost with node's constraints: a fixed row keeps only its
// column, a banned pair becomes +Inf.
func altMatrix(cost *mat.Dense, node *altNode) *mat.Dense {
	c := mat.DenseCopyOf(cost)
	_, cols := c.Dims()
	for _, p := range node.fixed {
		row := c.RawRowView(p[0])
		for j := range cols {
			if j != p[1] {
				row[j] = math.Inf(1)
			}
		}
	}
	for _, p := range node.banned {
		c.Set(p[0], p[1], math.Inf(1))
	}
	return c
}

// alternativeMoves returns the moves of alt that differ from best's (another
// post, or another move type), sorted by NIP.
func alternativeMoves(best, alt *model.Plan) []*model.Move {
	changed := map[string]bool{}
	for _, c := range model.Diff(best, alt) {
		changed[c.NIP] = true
	}
	var out []*model.Move
	for k := range alt.Moves {
		if changed[alt.Moves[k].NIP] {
			out = append(out, &alt.Moves[k])
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].NIP < out[b].NIP })
	return out
}

// writeAlternativesTable prints the next-best plans after the table: each
// one's objective, its loss against the best plan and the moves that differ.
func writeAlternativesTable(w io.Writer, best *model.Plan, alts []*model.Plan) error {
	if len(alts) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nNEXT-BEST PLANS (%d)\n", len(alts))
	byNIP := map[string]*model.Move{}
	for k := range best.Moves {
		byNIP[best.Moves[k].NIP] = &best.Moves[k]
	}
	for k, a := range alts {
		ms := alternativeMoves(best, a)
		gap := fmt.Sprintf("%.4f below the best", round6(best.Objective-a.Objective))
		if math.Abs(best.Objective-a.Objective) < 5e-5 {
			gap = "as good as the best: a tie"
		}
		fmt.Fprintf(&b, "  #%d objective %.4f (%s), %d %s differ\n", k+1, a.Objective, gap,
			len(ms), rosterPlural(len(ms), "move", "moves"))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, m := range ms {
			fmt.Fprintf(tw, "    %s\t%s\t%s\t→ %s\t%s\n", m.NIP, tableCut(m.Name, 32),
				whatifPost(byNIP[m.NIP].To, byNIP[m.NIP].Type.String()), whatifPost(m.To, m.Type.String()), m.Type)
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}
