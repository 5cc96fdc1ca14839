package pipeline

import (
	"fmt"
	"io"
	"strings"
)

// String says which solver the choice took and why.
func (c Choice) String() string {
	name := "dense"
	if c.Sparse {
		name = "sparse"
	}
	size := fmt.Sprintf("%d officials × %d posts: the dense matrix is %d × %d, %.2f GB",
		c.Officials, c.Posts, c.Officials, c.Posts+c.Officials, c.DenseBytes/1e9)
	switch c.Reason {
	case ReasonAsked:
		return fmt.Sprintf("%s (%s; %s asked for)", name, size, name)
	case ReasonAboveLimit:
		return fmt.Sprintf("%s (%s, above the %.2f GB limit of --solver auto)", name, size, c.Limit/1e9)
	}
	return fmt.Sprintf("%s (%s, within the %.2f GB limit of --solver auto)", name, size, c.Limit/1e9)
}

// WriteVerbose writes to out how the solve went, each line after prefix:
// the classes or the pricing rounds of the sparse path, the warm start, the
// time of each stage, the tie rule and the move budget (solve --verbose).
func (sol *Solution) WriteVerbose(out io.Writer, prefix string) {
	r, st := sol.Roster, &sol.Stats
	if sol.Choice.Sparse {
		if c := st.Classes; c != nil {
			fmt.Fprintf(out, "%s%d posts in %d classes of identical posts (eselon, priority, competency standard, job family): %d capacitated solve(s) of %d officials × %d classes and release: %d augmentations, %d classes scanned, %d officials moved along paths\n",
				prefix, len(r.Positions), c.Classes, c.Solves, len(r.Officials), c.Classes, c.Stats.Augmentations, c.Stats.Scanned, c.Stats.Moves)
			if c.Unplaced > 0 {
				fmt.Fprintf(out, "%s%d officials could not be handed a post at their class's cost; pricing rounds finish from the class solution\n", prefix, c.Unplaced)
			}
		}
		for k, rd := range st.Rounds {
			fmt.Fprintf(out, "%sround %d: %d candidate pairs, %d components, %d augmentations (%d released by the warm start, %d greedy, %d ARR steps), %d pairs added by pricing\n",
				prefix, k+1, rd.Pairs, rd.Stats.Components, rd.Stats.Augmentations, rd.Stats.Released, rd.Stats.Greedy, rd.Stats.ARR, rd.Added)
		}
		pairs := len(r.Officials) * (len(r.Positions) + 1)
		if len(st.Rounds) == 0 {
			fmt.Fprintf(out, "%severy post costs an official at least its class's least, on which the class potentials are feasible: optimal for all %d pairs (LP duality)\n", prefix, pairs)
		} else {
			fmt.Fprintf(out, "%sno pair has a negative reduced cost (tolerance %.3g): optimal for all %d pairs (LP duality)\n", prefix, st.Tol, pairs)
		}
	}
	if w := st.Warm; w.Used {
		switch {
		case w.Kept < 0:
			fmt.Fprintf(out, "%swarm start: the dense solve started from the previous plan's duals\n", prefix)
		case sol.Path == PathClasses:
			fmt.Fprintf(out, "%swarm start from the previous plan: %d of %d officials kept their class, %d placed again by augmenting paths\n", prefix, w.Kept, w.Officials, w.Augmentations)
		default:
			fmt.Fprintf(out, "%swarm start from the previous plan: %d of %d officials kept their post, %d augmenting paths\n", prefix, w.Kept, w.Officials, w.Augmentations)
		}
	}
	var times []string
	for s, d := range st.Time {
		if d > 0 {
			times = append(times, fmt.Sprintf("%s %.3f s", Stage(s), d.Seconds()))
		}
	}
	fmt.Fprintf(out, "%stime: %s\n", prefix, strings.Join(times, ", "))
	ts := st.Ties
	fmt.Fprintf(out, "%sties: %d pairs of zero reduced cost; the fewest moves among the optimal plans: %d holders change post (the solver's plan: %d); canonical order: %d searches, %d officials placed otherwise\n",
		prefix, ts.Tight, ts.Moves, ts.MovesBefore, ts.Searches, ts.Changed)
	if b := sol.Plan.Budget; b != nil {
		fmt.Fprintf(out, "%smove budget %d: %d holders change post at a price of %.6g per move; bound %.4f, gap %.4f\n",
			prefix, b.MaxMoves, b.Moves, b.Penalty, b.Bound, b.Gap)
	}
}
