package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// AlternativeMoves returns the moves of alt that differ from best's (another
// post, or another move type), sorted by NIP.
func AlternativeMoves(best, alt *model.Plan) []*model.Move {
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
		ms := AlternativeMoves(best, a)
		gap := l.T(i18n.CLIAltBelow, l.Dec(best.Objective-a.Objective, 4))
		if math.Abs(best.Objective-a.Objective) < 5e-5 {
			gap = l.T(i18n.CLIAltTie)
		}
		fmt.Fprintf(&b, "  %s\n", l.T(i18n.CLIAltLine, k+1, l.Dec(a.Objective, 4), gap, i18n.Count{N: len(ms), Noun: i18n.UnitMove}))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, m := range ms {
			fmt.Fprintf(tw, "    %s\t%s\t%s\t→ %s\t%s\n", m.NIP, tableCut(m.Name, 32),
				ChangePost(byNIP[m.NIP].To, byNIP[m.NIP].Type.String(), l), ChangePost(m.To, m.Type.String(), l), MoveLabel(m, l))
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}
