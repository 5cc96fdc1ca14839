package analysis

import (
	"context"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/model"
)

// FrontierReport is whatif --frontier: every plan no other plan beats on
// both the number of moves and the objective, most moves first.
type FrontierReport struct {
	Date   string          `json:"date"`
	Points []FrontierPoint `json:"points"`
	// Forced is the number of holders every plan moves (the rules bar
	// their posts).
	Forced int `json:"forced"`
	Solves int `json:"solves"`
}

// FrontierPoint is one plan of the frontier. It is the best plan with its
// number of moves, optimal for every price of a move in [PenaltyLo,
// PenaltyHi] (null: no upper end). Changes are the officials it places
// otherwise than the point before it (with more moves).
type FrontierPoint struct {
	Moves     int      `json:"moves"`
	Objective float64  `json:"objective"`
	PenaltyLo float64  `json:"penalty_lo"`
	PenaltyHi *float64 `json:"penalty_hi"`
	Changes   []Change `json:"changes"`
}

// Frontier computes the frontier of the roster under the policy (its own
// move budget set aside) by the pipeline of solve (pipeline.Frontier), with
// the solver of opt.
func Frontier(ctx context.Context, r *model.Roster, pol *model.Policy, opt pipeline.Options) (*FrontierReport, error) {
	pts, forced, solves, err := pipeline.Frontier(ctx, r, pol, opt)
	if err != nil {
		return nil, err
	}
	rep := &FrontierReport{Date: pol.Date.Format(time.DateOnly), Forced: forced, Solves: solves}
	for k, fp := range pts {
		pt := FrontierPoint{Moves: fp.Moves, Objective: report.Round6(fp.Objective), PenaltyLo: report.Round6(fp.PenaltyLo),
			Changes: []Change{}}
		if !math.IsInf(fp.PenaltyHi, 1) {
			hi := report.Round6(fp.PenaltyHi)
			pt.PenaltyHi = &hi
		}
		if k > 0 {
			pt.Changes = Changes(pts[k-1].Solution.Plan, fp.Solution.Plan)
		}
		rep.Points = append(rep.Points, pt)
	}
	return rep, nil
}

// WriteFrontierTable prints the frontier for a terminal, in l.
func WriteFrontierTable(w io.Writer, rep *FrontierReport, l i18n.Lang) error {
	var b strings.Builder
	date, _ := time.Parse(time.DateOnly, rep.Date)
	fmt.Fprintf(&b, "%s\n\n", l.T(i18n.FrontierHead, i18n.Date(date), i18n.Count{N: rep.Solves, Noun: i18n.UnitPlan}, rep.Forced))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, l.T(i18n.FrontierHeader))
	for k, p := range rep.Points {
		per := "-"
		if k > 0 {
			prev := rep.Points[k-1]
			per = l.Dec((prev.Objective-p.Objective)/float64(prev.Moves-p.Moves), 4)
		}
		hi := "∞)"
		if p.PenaltyHi != nil {
			hi = l.Dec(*p.PenaltyHi, 4) + "]"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t[%s%s%s\t\n", p.Moves, l.Dec(p.Objective, 4), per, l.Dec(p.PenaltyLo, 4), l.NumSep(), hi)
	}
	tw.Flush()
	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.FrontierNote))
	for k := 1; k < len(rep.Points); k++ {
		prev, p := rep.Points[k-1], rep.Points[k]
		fmt.Fprintf(&b, "\n%s\n", l.T(i18n.FrontierStep, prev.Moves, p.Moves, report.SignedDec(p.Objective-prev.Objective, 4, l),
			i18n.Count{N: len(p.Changes), Noun: i18n.UnitOfficial}))
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\n", l.T(i18n.FrontierChangeHeader, prev.Moves, p.Moves))
		for _, c := range p.Changes {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t→ %s\n", c.NIP, c.Name, report.ChangePost(c.Base, c.BaseType, l), report.ChangePost(c.At, c.Type, l))
		}
		tw.Flush()
	}
	_, err := io.WriteString(w, b.String())
	return err
}
