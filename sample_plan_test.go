package mutasi

import (
	"context"
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/report"
	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// TestPlanSample runs the whole pipeline on the embedded sample roster with
// the default policy and the real rules: the plan is certified, uses no
// forbidden pair, keeps locked officials, its objective matches the
// solver's total, and it is the same bytes on a second run.
func TestPlanSample(t *testing.T) {
	date, _ := time.Parse(time.DateOnly, SampleDate)
	src := SampleSource()
	src.Selection = "" // the sample's two tables alone
	r, probs, err := rosterfile.Load(src, date)
	if err != nil || r == nil {
		t.Fatalf("load: %v %v", err, probs)
	}
	pol := model.DefaultPolicy(date)
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	run := func() (*model.Scores, *solver.Result, *model.Plan, []byte) {
		sc, err := model.Score(context.Background(), r, el, &pol)
		if err != nil {
			t.Fatal(err)
		}
		res, err := solver.Solve(sc.Cost)
		if err != nil {
			t.Fatal(err)
		}
		pl, err := model.NewPlan(r, el, sc, res)
		if err != nil {
			t.Fatal(err)
		}
		// The plan as its JSON writes it, reasons and warnings included.
		b, err := json.Marshal(report.JSONPlanOf(pl, i18n.ID))
		if err != nil {
			t.Fatal(err)
		}
		return sc, res, pl, b
	}
	sc, res, pl, b1 := run()
	_, _, _, b2 := run()
	if string(b1) != string(b2) {
		t.Error("plan differs between runs")
	}
	if !pl.Optimal {
		t.Error("plan not certified optimal")
	}
	if got := -res.Total - sc.VacancyTotal; math.Abs(got-pl.Objective) > 1e-6 {
		t.Errorf("objective %v, −Total − VacancyTotal %v", pl.Objective, got)
	}
	idx := r.PositionIndex()
	for _, mv := range pl.Moves {
		i := mv.Official
		j := -1
		if mv.To != nil {
			j = idx[mv.To.ID]
			if !el.Allowed(i, j) {
				t.Errorf("%s placed in forbidden %s: %v", mv.NIP, mv.To.ID, el.Blocked(i, j))
			}
		} else if !el.CanRelease(i) {
			t.Errorf("%s released against the rules", mv.NIP)
		}
		if st, _ := el.Status(i); st == model.Locked && mv.Type != model.Stay && !(mv.Type == model.Unplaced && mv.From == nil) {
			t.Errorf("%s locked but %s", mv.NIP, mv.Type)
		}
		if len(mv.Reasons) == 0 {
			t.Errorf("%s: no reasons", mv.NIP)
		}
	}
	s := pl.Summary
	if s.Stay+s.Rotate+s.Promote+s.Fill+s.Release+s.Retire+s.Unplaced+s.Demote != len(r.Officials) || s.Filled+s.Vacant != len(r.Positions) {
		t.Errorf("summary does not add up: %+v", s)
	}
	for _, v := range pl.Vacant {
		if v.Reason.IsZero() {
			t.Errorf("vacant %s without a reason", v.ID)
		}
	}
	// Explain every official: no error, JSON-ready.
	for i := range r.Officials {
		ex, err := model.Explain(r, el, sc, res, &pol, i)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := json.Marshal(ex); err != nil {
			t.Fatal(err)
		}
	}
}
