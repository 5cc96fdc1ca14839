package analysis

import (
	"context"
	"math"
	"time"

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
