package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"

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
		ms := AlternativeMoves(best, a)
		gap := fmt.Sprintf("%.4f below the best", Round6(best.Objective-a.Objective))
		if math.Abs(best.Objective-a.Objective) < 5e-5 {
			gap = "as good as the best: a tie"
		}
		fmt.Fprintf(&b, "  #%d objective %.4f (%s), %d %s differ\n", k+1, a.Objective, gap,
			len(ms), Plural(len(ms), "move", "moves"))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, m := range ms {
			fmt.Fprintf(tw, "    %s\t%s\t%s\t→ %s\t%s\n", m.NIP, tableCut(m.Name, 32),
				ChangePost(byNIP[m.NIP].To, byNIP[m.NIP].Type.String()), ChangePost(m.To, m.Type.String()), m.Type)
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}
