package mutasi

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// sampleLoad loads the embedded sample through the model's loader and fails
// on any problem: the sample must validate clean, warnings included.
func sampleLoad(t *testing.T, src model.Source) *model.Roster {
	t.Helper()
	r, probs, err := model.Load(src, sampleDate(t))
	if err != nil {
		t.Fatalf("load %+v: %v", src, err)
	}
	for _, p := range probs {
		t.Errorf("%s row %d column %q value %q: %s", p.File, p.Row, p.Column, p.Value, p.Reason)
	}
	if r == nil {
		t.Fatalf("load %+v: no roster", src)
	}
	return r
}

func TestSampleLoadsClean(t *testing.T) {
	csvRoster := sampleLoad(t, model.Source{FS: Sample(), Officials: "officials.csv", Positions: "positions.csv"})
	xlsxRoster := sampleLoad(t, model.Source{FS: Sample(), Workbook: "roster.xlsx"})
	if len(csvRoster.Officials) != 180 || len(csvRoster.Positions) != 143 {
		t.Errorf("%d officials, %d posts; docs/sample.md says 180 and 143", len(csvRoster.Officials), len(csvRoster.Positions))
	}
	if !reflect.DeepEqual(csvRoster.Positions, xlsxRoster.Positions) {
		t.Error("roster.xlsx and positions.csv load to different posts")
	}
	if len(csvRoster.Officials) != len(xlsxRoster.Officials) {
		t.Fatalf("roster.xlsx has %d officials, officials.csv %d", len(xlsxRoster.Officials), len(csvRoster.Officials))
	}
	for i := range csvRoster.Officials {
		if !reflect.DeepEqual(csvRoster.Officials[i], xlsxRoster.Officials[i]) {
			t.Errorf("official %s: roster.xlsx %+v, officials.csv %+v", csvRoster.Officials[i].NIP.Raw, xlsxRoster.Officials[i], csvRoster.Officials[i])
		}
	}
}

// sampleStatus is what the rules say of the special cases with the default
// policy at the sample's date (docs/sample.md); every other official is free.
var sampleStatus = map[string]model.Status{
	// R-TENURE-MIN: under 2 years in post.
	"197308092003101727": model.Locked, // BKAD-KABAN
	"197112272002012897": model.Locked, // KESBANGPOL-KABAN
	"198011192004081539": model.Locked, // BAPPEDA-SEK, one day short
	"197807242005062235": model.Locked, // KEC-BUKITINDAH-CAMAT
	"197702022006042237": model.Locked, // DINKES-BID1
	"197808202005012493": model.Locked, // DISDIK-BID2
	"198411182013022671": model.Locked, // DLH-BID1
	// R-BUP within 12 months.
	"196704181996051950": model.MustLeave, // SETDA-ASISTEN3
	"196710031994012023": model.MustLeave, // DINSOS-KADIS
	"196902141994122167": model.MustLeave, // DISDIK-SEK
	"196906251997012785": model.MustLeave, // KEC-SUKAMAJU-CAMAT
	"196910071994031062": model.MustLeave, // DPUPR-BID1
	"196905301993012830": model.MustLeave, // a pengawas candidate
	// R-SANCTION berat.
	"197910212010071548": model.MustLeave, // DISPERKIM-BID2
}

// TestSampleRules checks that the rules treat the special cases of
// docs/sample.md as the documentation says, with the default policy at the
// sample's date.
func TestSampleRules(t *testing.T) {
	r := sampleLoad(t, model.Source{FS: Sample(), Officials: "officials.csv", Positions: "positions.csv"})
	pol := model.DefaultPolicy(sampleDate(t))
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	off, pos := r.OfficialIndex(), r.PositionIndex()

	for i, o := range r.Officials {
		got, why := el.Status(i)
		if want := sampleStatus[o.NIP.Raw]; got != want {
			t.Errorf("%s (%s): status %v %v, want %v", o.NIP.Raw, o.Position, got, why, want)
		}
	}

	pairs := []struct {
		nip, post string
		rule      string // "" = allowed
	}{
		{"197406202001041248", "DINKES-KADIS", "R-SANCTION"}, // sedang in force: no promotion
		{"197406202001041248", "DINKES-SEK", ""},             // … but rotation
		{"197406202001041248", "BAPENDA-SEK", ""},            // … or staying
		{"198107222011111011", "DINKES-KADIS", ""},           // sedang ended 2026-05-31
		{"197910212010071548", "DISPERKIM-BID2", "R-SANCTION"},
		{"197910212010071548", "DINSOS-BID3", "R-SANCTION"},
		{"197701282002121760", "DINKES-SEK", "R-TRAINING"}, // in PKN II: no rotation
		{"197701282002121760", "DINKES-KADIS", ""},         // … promotion allowed
		{"197701282002121760", "BKPSDM-SEK", ""},           // … and staying
		{"198606182013051102", "DINSOS-BID3", "R-RANK"},    // III/b candidate
		{"198906272017091856", "DINSOS-BID3", ""},          // III/d candidate, box 9
		{"198906272017091856", "DINKES-SEK", ""},
		{"198906272017091856", "DINKES-KADIS", "R-PROMOTION"}, // two levels up
		{"196902141994122167", "DINKES-KADIS", "R-PROMOTION"}, // 57: too old for JPT
		{"196912101997011677", "DINKES-KADIS", ""},            // 56: still allowed
		{"196905301993012830", "DINSOS-BID3", "R-BUP"},
		{"196704181996051950", "SETDA-ASISTEN3", "R-BUP"},
		{"197308092003101727", "DINKES-KADIS", "R-TENURE-MIN"},
		{"197308092003101727", "BKAD-KABAN", ""},
		{"198011192004081539", "DINKES-KADIS", "R-TENURE-MIN"}, // box 9, but locked
		{"197511032002042692", "DPUPR-KADIS", ""},              // 7 years: a cost, not a rule
		{"197511032002042692", "DISHUB-KADIS", ""},
		{"197504011998061787", "DISDUKCAPIL-KADIS", ""}, // JPM 64 %: R-JPM-MIN is off
	}
	for _, p := range pairs {
		i, ok := off[p.nip]
		j, ok2 := pos[p.post]
		if !ok || !ok2 {
			t.Errorf("%s → %s: not in the sample", p.nip, p.post)
			continue
		}
		vs := el.Blocked(i, j)
		var rules []string
		for _, v := range vs {
			rules = append(rules, v.Rule)
		}
		switch {
		case p.rule == "" && len(vs) > 0:
			t.Errorf("%s → %s: blocked %v, want allowed", p.nip, p.post, vs)
		case p.rule != "" && !slices.Contains(rules, p.rule):
			t.Errorf("%s → %s: verdicts %v, want %s", p.nip, p.post, vs, p.rule)
		}
		if el.Allowed(i, j) != (len(vs) == 0) {
			t.Errorf("%s → %s: Allowed and Blocked disagree", p.nip, p.post)
		}
	}
}

// samplePlan runs the pipeline of DESIGN.md on a roster with the default
// policy at the sample's date.
func samplePlan(t *testing.T, r *model.Roster) (*model.Plan, *model.Eligibility) {
	t.Helper()
	pol := model.DefaultPolicy(sampleDate(t))
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := model.Score(context.Background(), r, el, &pol)
	if err != nil {
		t.Fatal(err)
	}
	res, err := solver.Solve(sc.Cost)
	if err != nil {
		t.Fatal(err)
	}
	p, err := model.NewPlan(r, el, sc, res)
	if err != nil {
		t.Fatal(err)
	}
	return p, el
}

// TestSamplePlan solves the sample and checks that the plan treats every
// special case as the rules say, whatever the weights make of the rest.
func TestSamplePlan(t *testing.T) {
	r := sampleLoad(t, model.Source{FS: Sample(), Officials: "officials.csv", Positions: "positions.csv"})
	p, el := samplePlan(t, r)
	if !p.Optimal {
		t.Error("the plan's certificate was not verified")
	}
	pos := r.PositionIndex()
	type want struct {
		types []model.MoveType
		why   string
	}
	special := map[string]want{
		"197406202001041248": {[]model.MoveType{model.Stay, model.Rotate}, "sedang in force: no promotion"},
		"197701282002121760": {[]model.MoveType{model.Stay, model.Promote}, "in PKN II: moves only by promotion"},
		"198606182013051102": {[]model.MoveType{model.Unplaced}, "III/b: no post"},
		"198805082012091997": {[]model.MoveType{model.Unplaced}, "III/b: no post"},
		"197603202000102235": {[]model.MoveType{model.Unplaced}, "III/b: no post"},
	}
	for nip, st := range sampleStatus {
		switch st {
		case model.Locked:
			special[nip] = want{[]model.MoveType{model.Stay}, "locked"}
		case model.MustLeave:
			special[nip] = want{[]model.MoveType{model.Release, model.Retire, model.Unplaced}, "must leave"}
		}
	}
	seen := 0
	for _, m := range p.Moves {
		if m.To != nil {
			j, ok := pos[m.To.ID]
			if !ok || !el.Allowed(m.Official, j) {
				t.Errorf("%s placed in %s, which the rules forbid: %v", m.NIP, m.To.ID, el.Blocked(m.Official, j))
			}
		}
		for _, w := range m.Warnings {
			// The sample gives every date the rules need.
			if strings.Contains(w, "unknown") {
				t.Errorf("%s: warning %q", m.NIP, w)
			}
		}
		if w, ok := special[m.NIP]; ok {
			seen++
			if !slices.Contains(w.types, m.Type) {
				t.Errorf("%s: %v to %v, want one of %v (%s)", m.NIP, m.Type, m.To, w.types, w.why)
			}
		}
	}
	if seen != len(special) {
		t.Errorf("%d of the %d special cases are in the plan", seen, len(special))
	}
	if got := p.Summary.Stay + p.Summary.Rotate + p.Summary.Promote + p.Summary.Fill + p.Summary.Release +
		p.Summary.Retire + p.Summary.Unplaced + p.Summary.Demote; got != 180 {
		t.Errorf("summary counts %d moves, want 180", got)
	}
	if p.Summary.Filled+p.Summary.Vacant != 143 {
		t.Errorf("summary: %d filled + %d vacant, want 143 posts", p.Summary.Filled, p.Summary.Vacant)
	}

	// The workbook gives the same plan, and so does a second solve.
	x := sampleLoad(t, model.Source{FS: Sample(), Workbook: "roster.xlsx"})
	px, _ := samplePlan(t, x)
	p2, _ := samplePlan(t, r)
	for _, q := range []*model.Plan{px, p2} {
		if q.Objective != p.Objective || !reflect.DeepEqual(q.Moves, p.Moves) {
			t.Errorf("plans differ: objective %v and %v", q.Objective, p.Objective)
		}
	}
}
