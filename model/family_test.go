package model

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestFamilyKeyAndParse(t *testing.T) {
	for in, want := range map[string]string{
		"Pekerjaan Umum": "pekerjaan umum", " pekerjaan_umum ": "pekerjaan umum",
		"PEKERJAAN -  UMUM": "pekerjaan umum", "": "", "  ": "", "Umum": "umum",
	} {
		if got := FamilyKey(in); got != want {
			t.Errorf("FamilyKey(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][]string{
		"":                               nil,
		"kesehatan":                      {"kesehatan"},
		" kesehatan | hukum ":            {"kesehatan", "hukum"},
		"hukum|Hukum|| pekerjaan_umum |": {"hukum", "pekerjaan_umum"},
		"|":                              nil,
	} {
		if got := ParseFamilies(in); !reflect.DeepEqual(got, want) {
			t.Errorf("ParseFamilies(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []struct {
		fams []string
		post string
		want float64
	}{
		{[]string{"kesehatan"}, "Kesehatan", FamilyMatch},
		{[]string{"hukum", "kesehatan"}, "kesehatan", FamilyMatch},
		{[]string{"hukum"}, "kesehatan", FamilyOther},
		{nil, "kesehatan", FamilyNeutral},                // official unknown
		{[]string{"hukum"}, "", FamilyNeutral},           // post unknown
		{[]string{"hukum"}, "umum", FamilyNeutral},       // generalist post
		{[]string{"umum", "hukum"}, "UMUM", FamilyMatch}, // a generalist official
		{nil, "umum", FamilyNeutral},
	} {
		if got := FamilyFit(c.fams, c.post); got != c.want {
			t.Errorf("FamilyFit(%q, %q) = %v, want %v", c.fams, c.post, got, c.want)
		}
		if g := IsGeneralist(c.post); g != (FamilyKey(c.post) == "" || FamilyKey(c.post) == "umum") {
			t.Errorf("IsGeneralist(%q) = %v", c.post, g)
		}
	}
}

// TestJPMTechnical checks the technical term of the JPM: counted only when
// the post sets a level and the official has one.
func TestJPMTechnical(t *testing.T) {
	var req, act Profile
	for k := range TK {
		req[k], act[k] = 3, 3
	}
	cases := []struct {
		reqTK, actTK uint8
		want         float64
	}{
		{0, 0, 1},              // neither: the managerial match
		{0, 5, 1},              // the post sets none: left out
		{4, 0, 1},              // the official has none: left out
		{4, 2, (27 + 2) / 31.}, // both: capped at the standard
		{4, 5, 1},              // above the standard does not raise it
	}
	for _, c := range cases {
		q, a := req, act
		q[TK], a[TK] = c.reqTK, c.actTK
		got, ok := JPM(a, q)
		if !ok || math.Abs(got-c.want) > 1e-12 {
			t.Errorf("teknis %d against %d: JPM %v (%v), want %v", c.actTK, c.reqTK, got, ok, c.want)
		}
	}
	// A technical level alone is no assessment of the managerial ones.
	var only Profile
	only[TK] = 4
	if v, ok := JPM(only, req); ok {
		t.Errorf("teknis only: JPM %v, %v; want not assessed", v, ok)
	}
}

// familyRoster is three officials (a health specialist holding the health
// post, a lawyer holding the generalist post, one of unknown family) and
// three posts: kesehatan, umum, hukum.
func familyRoster() *Roster {
	r := &Roster{
		Positions: []Position{
			scorePost("KES", EselonIIIa, 3), scorePost("SEK", EselonIIIa, 3), scorePost("HUK", EselonIIIa, 3),
		},
		Officials: []Official{
			scoreOfficial(1, "Ani Contoh", "KES", 30, Baik, 3),
			scoreOfficial(2, "Budi Contoh", "SEK", 30, Baik, 3),
			scoreOfficial(3, "Citra Contoh", "", 0, Baik, 3),
		},
	}
	r.Positions[0].Family, r.Positions[1].Family, r.Positions[2].Family = "kesehatan", "umum", "hukum"
	r.Officials[0].Families = []string{"kesehatan"}
	r.Officials[1].Families = []string{"Hukum", "pemerintahan"}
	return r
}

// TestScoreFamily checks the family component of every pair, its weight in
// the cost, and that the sparse path computes the same costs bit for bit.
func TestScoreFamily(t *testing.T) {
	r := familyRoster()
	pol := scoreNoRules()
	pol.Weights.Family = 0.5
	sc := scoreBuild(t, r, newScoreMask(), pol)
	want := [][]float64{
		{FamilyMatch, FamilyNeutral, FamilyOther},     // kesehatan
		{FamilyOther, FamilyNeutral, FamilyMatch},     // hukum, pemerintahan
		{FamilyNeutral, FamilyNeutral, FamilyNeutral}, // unknown
	}
	base := scoreNoRules()
	sc0 := scoreBuild(t, r, newScoreMask(), base)
	row := make([]float64, 3)
	for i := range want {
		sc.sparseRowCosts(i, row)
		for j, f := range want[i] {
			if got := sc.Components(i, j)[CompFamily]; got != 0.5*f {
				t.Errorf("family component (%d, %d) = %v, want %v", i, j, got, 0.5*f)
			}
			if d := sc0.Cost.At(i, j) - sc.Cost.At(i, j); math.Abs(d-0.5*f) > 1e-12 {
				t.Errorf("cost (%d, %d) lowered by %v, want %v", i, j, d, 0.5*f)
			}
			if row[j] != sc.Cost.At(i, j) || sc.postCost(i, j) != sc.Cost.At(i, j) {
				t.Errorf("(%d, %d): sparse %v, single %v, dense %v", i, j, row[j], sc.postCost(i, j), sc.Cost.At(i, j))
			}
		}
	}
	// The reasons say so, for a move.
	if s := en(sc.familyText(1, 0)); !strings.Contains(s, "outside the job family") {
		t.Errorf("familyText(Budi, KES) = %q", s)
	}
	if s := en(sc.familyText(1, 2)); s != "job family hukum, the post's" {
		t.Errorf("familyText(Budi, HUK) = %q", s)
	}
	if s := en(sc.familyText(2, 0)); s != "" {
		t.Errorf("familyText(Citra, KES) = %q, want none (unknown)", s)
	}
}

// TestRuleFamily checks R-FAMILY: off by default; on, it bars a post of
// another family, never a generalist post, the current post or an official
// of unknown family, and a pin overrides it.
func TestRuleFamily(t *testing.T) {
	r := familyRoster()
	pol := &Policy{Date: scoreDate, Rules: DefaultRules()}
	// R-PROMOTION would keep Citra, who holds no structural post, out of
	// administrator posts: this test is about the family alone.
	pol.Rules.TenureMin, pol.Rules.Promotion = false, false
	el, err := Evaluate(r, pol)
	if err != nil {
		t.Fatal(err)
	}
	if !el.Allowed(0, 2) || slices.Contains(el.Checked(), "R-FAMILY") {
		t.Fatal("R-FAMILY applied while off")
	}
	pol.Rules.SameFamily = true
	el, err = Evaluate(r, pol)
	if err != nil {
		t.Fatal(err)
	}
	allowed := [][]bool{
		{true, true, false}, // Ani: own post, generalist, not hukum
		{false, true, true}, // Budi: not kesehatan, own (generalist), hukum
		{true, true, true},  // Citra: unknown family
	}
	for i, row := range allowed {
		for j, want := range row {
			if got := el.Allowed(i, j); got != want {
				t.Errorf("Allowed(%d, %d) = %v, want %v (%v)", i, j, got, want, el.Blocked(i, j))
			}
		}
	}
	if vs := el.Blocked(0, 2); len(vs) != 1 || vs[0].Rule != "R-FAMILY" ||
		en(vs[0].Reason) != `the post's job family "hukum" is not the official's (kesehatan)` {
		t.Errorf("Blocked(Ani, HUK) = %v", vs)
	}
	if ns := el.Notes(2); !slices.ContainsFunc(ns, func(v Verdict) bool { return v.Rule == "R-FAMILY" }) {
		t.Errorf("no R-FAMILY note for an official of unknown family: %v", ns)
	}
	pol.Pins = []Decision{{NIP: r.Officials[0].NIP.Raw, Position: "HUK"}}
	if el, err = Evaluate(r, pol); err != nil {
		t.Fatalf("a pin across families: %v", err)
	}
	if !el.Allowed(0, 2) {
		t.Error("the pin does not override R-FAMILY")
	}
	// The score and the sparse path agree under the rule.
	sc, err := Score(context.Background(), r, el, pol)
	if err != nil {
		t.Fatal(err)
	}
	row := make([]float64, 3)
	for i := range r.Officials {
		sc.sparseRowCosts(i, row)
		for j := range row {
			if a, b := row[j], sc.Cost.At(i, j); a != b && !(math.IsInf(a, 1) && math.IsInf(b, 1)) {
				t.Errorf("(%d, %d): sparse %v, dense %v", i, j, a, b)
			}
		}
	}
}

// TestFitRowOfMatchesJPM: the branch-free fit row is fitOf's numbers, bit
// for bit, on random profiles with and without technical levels.
func TestFitRowOfMatchesJPM(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	r := &Roster{}
	for j := range 40 {
		p := scorePost(fmt.Sprintf("P%02d", j), EselonIIIa, 3)
		for k := range p.Required {
			if rng.IntN(3) == 0 {
				p.Required[k] = uint8(rng.IntN(6))
			}
		}
		r.Positions = append(r.Positions, p)
	}
	for i := range 30 {
		o := scoreOfficial(i+1, fmt.Sprintf("Pejabat %d", i+1), "", 0, Baik, 0)
		for k := range o.Competency {
			if rng.IntN(4) > 0 {
				o.Competency[k] = uint8(rng.IntN(6))
			}
		}
		r.Officials = append(r.Officials, o)
	}
	sc := scoreBuild(t, r, newScoreMask(), scoreNoRules())
	row := make([]float64, sc.nprof)
	for i := range r.Officials {
		sc.fitRowOf(i, row)
		for k, req := range sc.profiles {
			if want := sc.fitOf(i, req); math.Float64bits(row[k]) != math.Float64bits(want) {
				t.Fatalf("official %d, standard %v: fitRowOf %v, fitOf %v", i, req, row[k], want)
			}
		}
	}
}
