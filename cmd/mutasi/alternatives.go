package main

import (
	"context"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// maxAlternatives bounds --alternatives.
const maxAlternatives = 10

// nextPlans returns the k best plans after sol's, best first, ranked by
// solver.KBest (Murty's ranking of assignments) on the same cost matrix,
// canonical tie-break included, so that the ranking is as reproducible as
// the plan. The plans are certified for their Murty subproblems only, so
// their Optimal flag is false; their objectives are computed from the
// scores like the best plan's.
func nextPlans(ctx context.Context, r *model.Roster, sol *solution, k int) ([]*model.Plan, error) {
	ranked, err := solver.KBest(sol.Scores.Cost, k+1, solver.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("alternatives: %w", err)
	}
	var out []*model.Plan
	for _, res := range ranked {
		if len(out) == k {
			break
		}
		// The first is the best plan itself (the optimum is unique once
		// canonicalTies has run, but compare rather than assume).
		if slices.Equal(res.RowCol, sol.Result.RowCol) {
			continue
		}
		p, err := model.NewPlan(r, sol.Elig, sol.Scores, res)
		if err != nil {
			return nil, fmt.Errorf("alternatives: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
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

// writeAlternativesTable prints the next-best plans after the table, in l:
// each one's objective, its loss against the best plan and the moves that
// differ.
func writeAlternativesTable(w io.Writer, best *model.Plan, alts []*model.Plan, l i18n.Lang) error {
	if len(alts) == 0 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.CLIAltHeader, len(alts)))
	byNIP := map[string]*model.Move{}
	for k := range best.Moves {
		byNIP[best.Moves[k].NIP] = &best.Moves[k]
	}
	for k, a := range alts {
		ms := alternativeMoves(best, a)
		gap := l.T(i18n.CLIAltBelow, l.Dec(best.Objective-a.Objective, 4))
		if math.Abs(best.Objective-a.Objective) < 5e-5 {
			gap = l.T(i18n.CLIAltTie)
		}
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.CLIAltLine, k+1, l.Dec(a.Objective, 4), gap, i18n.Count{N: len(ms), Noun: i18n.UnitMove}))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, m := range ms {
			fmt.Fprintf(tw, "    %s\t%s\t%s\t→ %s\t%s\n", m.NIP, tableCut(m.Name, 32),
				whatifPost(byNIP[m.NIP].To, byNIP[m.NIP].Type.String(), l), whatifPost(m.To, m.Type.String(), l), moveLabel(m, l))
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}
