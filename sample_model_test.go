package mutasi

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// sampleLoad loads the embedded sample through the model's loader and fails
// on any problem: the sample must validate clean, warnings included.
func sampleLoad(t *testing.T, src rosterfile.Source) *model.Roster {
	t.Helper()
	r, probs, err := rosterfile.Load(src, sampleDate(t))
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
	csvRoster := sampleLoad(t, SampleSource())
	xlsxRoster := sampleLoad(t, rosterfile.Source{FS: Sample(), Workbook: "roster.xlsx"})
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
		assert.Equal(t, csvRoster.Officials[i], xlsxRoster.Officials[i], "official %s: officials.csv and roster.xlsx", csvRoster.Officials[i].NIP.Raw)
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
	"197808202005012493": model.Locked, // DISDIK-BID2 (its rotasi waits)
	"198411182013022671": model.Locked, // DLH-BID1
	// R-BUP: retiring within 12 months, staying until then.
	"196704181996051950": model.Locked, // SETDA-ASISTEN3
	"196710031994012023": model.Locked, // DINSOS-KADIS
	"196902141994122167": model.Locked, // DISDIK-SEK
	"196906251997012785": model.Locked, // KEC-SUKAMAJU-CAMAT
	"196910071994031062": model.Locked, // DPUPR-BID1 (its rotasi waits)
	"196905301993012830": model.Locked, // a pengawas candidate
	// R-BUP: retired on 2026-11-01.
	"196810201997012972": model.MustLeave, // DINSOS-BID2
	// R-SANCTION berat: a demotion.
	"197910212010071548": model.MustLeave, // DISPERKIM-BID2
	// R-EVALUATION: tetap, rotasi, istirahat.
	"197707102005021155": model.Locked,    // SETDA-ASISTEN2, tetap
	"196906071994032933": model.Locked,    // INSP-INSPEKTUR, tetap
	"197412282003092427": model.Locked,    // BAPPEDA-KABAN, tetap
	"197909262005112851": model.Locked,    // KEC-TANJUNGHARAPAN-CAMAT, tetap
	"197511032002042692": model.MustLeave, // DPUPR-KADIS, rotasi
	"196804201996011485": model.MustLeave, // SETDA-ASISTEN1, rotasi
	"198404132009012723": model.MustLeave, // DINKES-BID3, rotasi
	"198010282006121004": model.MustLeave, // BKPSDM-BID2, rotasi
	"197502042001111089": model.MustLeave, // SATPOLPP-KASAT, istirahat
	"198109042012072637": model.MustLeave, // DISPORAPAR-BID2, istirahat
}

// TestSampleRules checks that the rules treat the special cases of
// docs/sample.md as the documentation says, with the default policy at the
// sample's date.
func TestSampleRules(t *testing.T) {
	r := sampleLoad(t, SampleSource())
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
		{"198107222011111011", "DINKES-SEK", ""},             // sedang ended 2026-05-31: promoted within the level
		{"197910212010071548", "DISPERKIM-BID2", "R-SANCTION"},
		{"197910212010071548", "DINSOS-BID3", "R-SANCTION"}, // a demotion leaves only pengawas posts
		{"197701282002121760", "DINKES-SEK", ""},            // in PKN II: R-TRAINING is a regional policy, off
		{"197701282002121760", "DINKES-KADIS", "R-JPT-SELECTION"},
		{"197701282002121760", "BKPSDM-SEK", ""},
		{"198606182013051102", "DINSOS-BID3", "R-RANK"}, // III/b candidate
		{"198906272017091856", "DINSOS-BID3", ""},       // III/d candidate, box 9
		{"198906272017091856", "DINKES-SEK", ""},
		{"198906272017091856", "DINKES-KADIS", "R-PROMOTION"}, // two levels up
		{"196902141994122167", "DINKES-KADIS", "R-PROMOTION"}, // 57: too old for JPT
		{"196912101997011677", "DINKES-KADIS", ""},            // 56 and selected: allowed
		{"196905301993012830", "DINSOS-BID3", "R-BUP"},
		{"196704181996051950", "SETDA-ASISTEN3", ""},         // stays until the retirement
		{"196704181996051950", "DINKES-KADIS", "R-BUP"},      // … and takes no other post
		{"196810201997012972", "DINSOS-BID2", "R-BUP"},       // retired on 2026-11-01
		{"198010232005012247", "DINSOS-BID3", "R-EDUCATION"}, // a D3 candidate
		{"197611182000062477", "DINKES-KADIS", ""},           // selected, rank 1
		{"197611182000062477", "DISHUB-KADIS", "R-JPT-SELECTION"},
		{"198403202012041768", "DISHUB-KADIS", "R-PROMOTION"},    // selected, but SKP Butuh Perbaikan
		{"197705042005021220", "DISHUB-KADIS", "R-JPT-ROTATION"}, // a JPT holder without an evaluation
		{"197502042001111089", "DISHUB-KADIS", "R-EVALUATION"},   // istirahat
		{"197308092003101727", "DINKES-KADIS", "R-TENURE-MIN"},
		{"197308092003101727", "BKAD-KABAN", ""},
		{"198011192004081539", "DINKES-KADIS", "R-TENURE-MIN"}, // box 9, but locked
		{"197511032002042692", "DPUPR-KADIS", "R-EVALUATION"},  // rotasi: leaves the post
		{"197511032002042692", "DISHUB-KADIS", ""},             // … for another JPT post
		{"196804201996011485", "SETDA-ASISTEN1", "R-EVALUATION"},
		{"196804201996011485", "SETDA-STAFAHLI3", ""},              // a generalist post, open under R-FAMILY too
		{"197504011998061787", "DISDUKCAPIL-KADIS", ""},            // JPM 64 %: stays, a poor fit
		{"197504011998061787", "SATPOLPP-KASAT", "R-JPT-ROTATION"}, // no competency test
		{"197412282003092427", "DPUPR-KADIS", "R-EVALUATION"},      // tetap: keeps her post
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

// samplePlan runs the rules, the score, the solve and the plan on a roster with the default
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
	r := sampleLoad(t, SampleSource())
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
		"198606182013051102": {[]model.MoveType{model.Unplaced}, "III/b: no post"},
		"198805082012091997": {[]model.MoveType{model.Unplaced}, "III/b: no post"},
		"197603202000102235": {[]model.MoveType{model.Unplaced}, "III/b: no post"},
		"198010232005012247": {[]model.MoveType{model.Unplaced}, "D3: no administrator post"},
	}
	for nip, st := range sampleStatus {
		switch st {
		case model.Locked:
			special[nip] = want{[]model.MoveType{model.Stay}, "locked"}
		case model.MustLeave:
			special[nip] = want{[]model.MoveType{model.Rotate, model.Promote}, "rotasi: another post of the level or up"}
		}
	}
	special["196905301993012830"] = want{[]model.MoveType{model.Unplaced}, "a candidate retiring within the horizon"}
	special["196810201997012972"] = want{[]model.MoveType{model.Retire}, "retired: pensiun, not a release"}
	special["197910212010071548"] = want{[]model.MoveType{model.Release, model.Demote}, "berat demotion: a pengawas post, outside the roster"}
	special["197502042001111089"] = want{[]model.MoveType{model.Release}, "istirahat"}
	special["198109042012072637"] = want{[]model.MoveType{model.Release}, "istirahat"}
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
			if strings.Contains(w.String(), "unknown") {
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
	x := sampleLoad(t, rosterfile.Source{FS: Sample(), Workbook: "roster.xlsx"})
	px, _ := samplePlan(t, x)
	p2, _ := samplePlan(t, r)
	for _, q := range []*model.Plan{px, p2} {
		if q.Objective != p.Objective || !reflect.DeepEqual(q.Moves, p.Moves) {
			t.Errorf("plans differ: objective %v and %v", q.Objective, p.Objective)
		}
	}
}

// TestSampleEverySwitch keeps the sample explorable: under R-RELEASE-CAUSE
// a holder who must leave (an evaluation's rotasi, a hard R-TENURE-MAX)
// and has nowhere to go makes the plan infeasible, so the sample's
// evaluations are chosen to leave room under every switch of the rules a
// committee would try, alone and together (docs/sample.md).
func TestSampleEverySwitch(t *testing.T) {
	r := sampleLoad(t, SampleSource())
	switches := map[string]func(*model.Rules){
		"jpm_min":         func(x *model.Rules) { x.JPMMin = true },
		"jpm_min 0.8":     func(x *model.Rules) { x.JPMMin, x.JPMMinValue = true, 0.8 },
		"same_family":     func(x *model.Rules) { x.SameFamily = true },
		"tenure_max_hard": func(x *model.Rules) { x.TenureMaxHard = true },
		"training":        func(x *model.Rules) { x.Training = true },
		"allow_demotion":  func(x *model.Rules) { x.AllowDemotion = true },
		"tenure_min 12":   func(x *model.Rules) { x.TenureMinMonths = 12 },
		"horizon 0":       func(x *model.Rules) { x.HorizonMonths = 0 },
		"all of them": func(x *model.Rules) {
			x.JPMMin, x.JPMMinValue, x.SameFamily, x.TenureMaxHard, x.Training = true, 0.8, true, true, true
		},
	}
	for name, set := range switches {
		pol := model.DefaultPolicy(sampleDate(t))
		set(&pol.Rules)
		el, err := model.Evaluate(r, &pol)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sc, err := model.Score(context.Background(), r, el, &pol)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := solver.Solve(sc.Cost); err != nil {
			t.Errorf("%s: the sample has no plan: %v", name, err)
		}
	}
}
