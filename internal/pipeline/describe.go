package pipeline

import (
	"fmt"
	"io"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// String says in English which solver the choice took and why.
func (c Choice) String() string { return c.Text(i18n.EN) }

// Text says in l which solver the choice took and why.
func (c Choice) Text(l i18n.Lang) string {
	name := "dense"
	if c.Sparse {
		name = "sparse"
	}
	size := l.T(i18n.VerboseSize, c.Officials, c.Posts, c.Officials, c.Posts+c.Officials, i18n.Num(c.DenseBytes/1e9, 2))
	switch c.Reason {
	case ReasonAsked:
		return l.T(i18n.VerboseAsked, name, size)
	case ReasonAboveLimit:
		return l.T(i18n.VerboseAbove, name, size, i18n.Num(c.Limit/1e9, 2))
	}
	return l.T(i18n.VerboseWithin, name, size, i18n.Num(c.Limit/1e9, 2))
}

// WriteVerbose writes to out, in l, how the solve went, each line after
// prefix: the classes or the pricing rounds of the sparse path, the warm
// start, the time of each stage, the tie rule and the move budget (solve
// --verbose).
func (sol *Solution) WriteVerbose(out io.Writer, prefix string, l i18n.Lang) {
	r, st := sol.Roster, &sol.Stats
	line := func(k i18n.Key, args ...any) { fmt.Fprintf(out, "%s%s\n", prefix, l.T(k, args...)) }
	if sol.Choice.Sparse {
		if c := st.Classes; c != nil {
			line(i18n.VerboseClasses, len(r.Positions), c.Classes, c.Solves, len(r.Officials), c.Classes,
				c.Stats.Augmentations, c.Stats.Scanned, c.Stats.Moves)
			if c.Unplaced > 0 {
				line(i18n.VerboseUnplaced, c.Unplaced)
			}
		}
		for k, rd := range st.Rounds {
			line(i18n.VerboseRound, k+1, rd.Pairs, rd.Stats.Components, rd.Stats.Augmentations, rd.Stats.Released,
				rd.Stats.Greedy, rd.Stats.ARR, rd.Added)
		}
		pairs := len(r.Officials) * (len(r.Positions) + 1)
		if len(st.Rounds) == 0 {
			line(i18n.VerboseClassOptimal, pairs)
		} else {
			line(i18n.VerboseOptimal, i18n.Sig{V: st.Tol, Digits: 3}, pairs)
		}
	}
	if w := st.Warm; w.Used {
		switch {
		case w.Kept < 0:
			line(i18n.VerboseWarmDense)
		case sol.Path == PathClasses:
			line(i18n.VerboseWarmClasses, w.Kept, w.Officials, w.Augmentations)
		default:
			line(i18n.VerboseWarm, w.Kept, w.Officials, w.Augmentations)
		}
	}
	var times []any
	for s, d := range st.Time {
		if d > 0 {
			times = append(times, i18n.M(i18n.VerboseStageTime, i18n.M(i18n.Key("verbose.stage_"+Stage(s).String())), i18n.Num(d.Seconds(), 3)))
		}
	}
	line(i18n.VerboseTime, i18n.List(times))
	ts := st.Ties
	line(i18n.VerboseTies, ts.Tight, ts.Moves, ts.MovesBefore, ts.Searches, ts.Changed)
	if ts.LeastPrices {
		line(i18n.VerbosePrices, ts.Corrections, sol.Scores.Positions())
	} else if ts.Corrections > 0 {
		line(i18n.VerbosePricesKept, ts.Corrections)
	}
	if b := sol.Plan.Budget; b != nil {
		line(i18n.VerboseBudget, b.MaxMoves, b.Moves, i18n.Sig{V: b.Penalty, Digits: 6}, i18n.Num(b.Bound, 4), i18n.Num(b.Gap, 4))
	}
}
