package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The law roster (testdata/law) is built from the rules alone: each of its
// thirteen officials is there for one rule of docs/rules.md, and its plan
// is what the rules imply, whatever the weights. Its README is this table:
//
//	Arif Tetap       A-KADIS  evaluation tetap                 stays (locked)
//	Bambang          B-KADIS  BUP 60 reached on 2026-11-01     retires
//	Citra Terpilih   A-SEK    first of B-KADIS's selection     promoted to B-KADIS, the one the rules leave
//	Dedi Rotasi      A-BID1   evaluation rotasi                leaves A-BID1 for another post, not released
//	Eko Istirahat    A-BID2   evaluation istirahat             released (cause evaluation)
//	Fajar Sanksi     B-BID1   berat: penurunan jabatan         demoted (no pengawas post in the roster)
//	Hadi Purna       B-BID2   BUP 58 on 2027-05-01             stays until then: an upcoming vacancy
//	Indah Tetap      B-SEK    tetap, second of the selection   stays: the evaluation keeps her
//	Gilang Muda      B-BID3   rotasi after 18 months, third    stays: R-TENURE-MIN defers the rotasi
//	Joko Pengawas    IV.a     36 months as pengawas, S1        promoted into an administrator post
//	Kartika Diploma  IV.a     D3                               not placed (R-EDUCATION)
//	Lukman Baru      IV.a     29 months as pengawas            not placed (R-PROMOTION)
//	Maya Fungsional  none     a functional official            not placed (R-PROMOTION)
//
// Of the four administrator posts left open (A-SEK, A-BID1, A-BID2, B-BID1)
// Dedi and Joko fill two; the other two are vacant with acting candidates.
// The mayor was inaugurated on 2026-09-01: the plan needs the Minister's
// approval (UU 10/2016 Pasal 162 ayat (3)).

// lawArgs are the roster flags of the law roster, plus args.
func lawArgs(args ...string) []string {
	d := filepath.Join("testdata", "law")
	return append([]string{"solve", "--officials", filepath.Join(d, "officials.csv"),
		"--positions", filepath.Join(d, "positions.csv"), "--selection", filepath.Join(d, "selection.csv"),
		"--policy", filepath.Join(d, "policy.toml")}, args...)
}

// lawPlan is the part of the JSON plan the law roster's test reads.
type lawPlan struct {
	Summary map[string]any `json:"summary"`
	Moves   []struct {
		NIP   string `json:"nip"`
		Name  string `json:"name"`
		Type  string `json:"type"`
		Cause string `json:"cause"`
		From  *struct {
			ID string `json:"id"`
		} `json:"from"`
		To *struct {
			ID string `json:"id"`
		} `json:"to"`
	} `json:"moves"`
	Vacant []struct {
		ID     string `json:"id"`
		Acting []struct {
			NIP    string `json:"nip"`
			Reason string `json:"reason"`
		} `json:"acting"`
	} `json:"vacant"`
	Upcoming []struct {
		ID   string `json:"id"`
		Date string `json:"date"`
		NIP  string `json:"nip"`
	} `json:"upcoming_vacancies"`
	Approval struct {
		Required bool     `json:"required"`
		Reasons  []string `json:"reasons"`
		Letter   string   `json:"letter"`
	} `json:"approval"`
}

func lawSolve(t *testing.T, args ...string) lawPlan {
	t.Helper()
	code, out, errs := runCapture(t, "", lawArgs(append([]string{"--format", "json"}, args...)...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var pl lawPlan
	if err := json.Unmarshal([]byte(out), &pl); err != nil {
		t.Fatal(err)
	}
	return pl
}

func TestLawRosterPlan(t *testing.T) {
	for _, solver := range []string{"dense", "sparse"} {
		t.Run(solver, func(t *testing.T) {
			pl := lawSolve(t, "--solver", solver)
			type fate struct{ typ, cause, to string }
			got := map[string]fate{}
			for _, m := range pl.Moves {
				to := ""
				if m.To != nil {
					to = m.To.ID
				}
				got[strings.Fields(m.Name)[0]] = fate{m.Type, m.Cause, to}
			}
			want := map[string]fate{
				"Arif":    {"stay", "", "A-KADIS"},
				"Bambang": {"retire", "retirement", ""},
				"Citra":   {"promote", "", "B-KADIS"},
				"Eko":     {"release", "evaluation", ""},
				"Fajar":   {"demote", "sanction", ""},
				"Hadi":    {"stay", "", "B-BID2"},
				"Indah":   {"stay", "", "B-SEK"},
				"Gilang":  {"stay", "", "B-BID3"},
				"Kartika": {"unplaced", "", ""},
				"Lukman":  {"unplaced", "", ""},
				"Maya":    {"unplaced", "", ""},
			}
			for name, w := range want {
				if got[name] != w {
					t.Errorf("%s: %+v, want %+v", name, got[name], w)
				}
			}
			open := []string{"A-SEK", "A-BID1", "A-BID2", "B-BID1"}
			for _, name := range []string{"Dedi", "Joko"} {
				if f := got[name]; !slices.Contains(open, f.to) || f.to == "A-BID1" && name == "Dedi" {
					t.Errorf("%s: %+v, want a move into one of %v (Dedi not back to A-BID1)", name, f, open)
				}
			}
			if f := got["Dedi"]; f.typ != "rotate" && f.typ != "promote" {
				t.Errorf("Dedi: %+v, want a rotation or a promotion within the level", f)
			}
			if len(pl.Vacant) != 2 {
				t.Fatalf("vacant %+v, want two of the administrator posts", pl.Vacant)
			}
			for _, v := range pl.Vacant {
				if !slices.Contains(open, v.ID) || len(v.Acting) == 0 {
					t.Errorf("vacant %s with %d acting candidates, want an open administrator post with some", v.ID, len(v.Acting))
				}
				for _, a := range v.Acting {
					if a.NIP == "198002022005011006" || a.NIP == "197501102001121005" {
						t.Errorf("vacant %s: acting candidate %s was demoted or released", v.ID, a.NIP)
					}
				}
			}
			if len(pl.Upcoming) != 1 || pl.Upcoming[0].ID != "B-BID2" || pl.Upcoming[0].Date != "2027-05-01" {
				t.Errorf("upcoming vacancies %+v, want B-BID2 on 2027-05-01", pl.Upcoming)
			}
			if !pl.Approval.Required || len(pl.Approval.Reasons) != 1 || !strings.Contains(pl.Approval.Reasons[0], "Pasal 162 ayat (3)") {
				t.Errorf("approval %+v, want required by UU 10/2016 Pasal 162 ayat (3)", pl.Approval)
			}
			for k, v := range map[string]float64{"retire": 1, "release": 1, "demote": 1, "unplaced": 3, "upcoming": 1, "vacant": 2} {
				if pl.Summary[k] != v {
					t.Errorf("summary.%s = %v, want %v", k, pl.Summary[k], v)
				}
			}
		})
	}
	checkRunGolden(t, "law", "plan.table", lawArgs("--all"), exitOK, false)
}

// TestLawRosterRulesOff checks that the plan follows the switches: without
// R-EVALUATION Eko is no longer released, without R-BUP no one retires,
// without R-SANCTION Fajar is not demoted, and without R-EDUCATION and with
// a shorter time as pengawas Kartika or Lukman is placed.
func TestLawRosterRulesOff(t *testing.T) {
	policy := func(t *testing.T, body string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "law", "policy.toml"))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "policy.toml")
		if err := os.WriteFile(p, []byte(string(b)+"\n[rules]\n"+body+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fates := func(pl lawPlan) map[string]string {
		out := map[string]string{}
		for _, m := range pl.Moves {
			out[strings.Fields(m.Name)[0]] = m.Type
		}
		return out
	}
	// Without R-EVALUATION Eko has no cause to be released: he keeps a post.
	if f := fates(lawSolve(t, "--policy", policy(t, "evaluation = false"))); f["Eko"] == "release" {
		t.Errorf("evaluation off: Eko released without a cause: %v", f)
	}
	pl := lawSolve(t, "--policy", policy(t, "bup = false"))
	if f := fates(pl); f["Bambang"] == "retire" || len(pl.Upcoming) != 0 {
		t.Errorf("bup off: %v, upcoming %+v", f, pl.Upcoming)
	}
	if f := fates(lawSolve(t, "--policy", policy(t, "sanction = false"))); f["Fajar"] == "demote" {
		t.Errorf("sanction off: Fajar still demoted: %v", f)
	}
	if f := fates(lawSolve(t, "--policy", policy(t, "education = false\npengawas_min_months = 24"))); f["Kartika"] == "unplaced" && f["Lukman"] == "unplaced" {
		t.Errorf("education off, 24 months as pengawas: Kartika and Lukman both still unplaced: %v", f)
	}
}

// TestLawInfeasible checks R-RELEASE-CAUSE's consequence: a holder whose
// evaluation says rotasi must leave the post, has no cause to be released,
// and the only other post is held by a new appointee: no plan. The run
// exits 3 and names both officials, the post and the rules that close the
// other places; without R-RELEASE-CAUSE
// the holder may be released and a plan exists.
func TestLawInfeasible(t *testing.T) {
	d := filepath.Join("testdata", "law", "infeasible")
	args := []string{"solve", "--officials", filepath.Join(d, "officials.csv"), "--positions", filepath.Join(d, "positions.csv"), "--date", "2026-12-01"}
	errs := checkRunGolden(t, "law", "infeasible", args, exitInfeasible, true)
	// It names the rules that close the other places: Dedi's rotasi
	// (R-EVALUATION) closes his own post, Gilang's 12 months (R-TENURE-MIN)
	// keep him in his, and neither may be released (R-RELEASE-CAUSE).
	for _, s := range []string{"197808082003121004", "198311112008011009", "ADM-2",
		"R-RELEASE-CAUSE (2 pejabat)", "R-EVALUATION (1 pejabat)", "R-TENURE-MIN (1 pejabat)"} {
		if !strings.Contains(errs, s) {
			t.Errorf("the infeasibility message does not name %s:\n%s", s, errs)
		}
	}
	p := filepath.Join(t.TempDir(), "policy.toml")
	if err := os.WriteFile(p, []byte("[rules]\nrelease_cause = false\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCapture(t, "", append(args, "--policy", p)...)
	if code != exitOK || !strings.Contains(out, "DIBEBASKAN (NON-JOB) (1)") {
		t.Errorf("release_cause off: exit %d, want a plan releasing Dedi:\n%s%s", code, out, errs)
	}
}

// TestLawBudgetBound: a retiree's leaving counts as a move of a holder, so
// it bears the price of a move like every other column but the own post;
// otherwise the move budget's bound is off by one price (its Lagrangian
// dual undercounts the moves). The fewest moves the rules force (4: the
// retiree, the istirahat, the demotion, the rotasi) lie on the frontier:
// the bound is exact.
func TestLawBudgetBound(t *testing.T) {
	code, out, errs := runCapture(t, "", lawArgs("--max-moves", "4", "--format", "json")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var pl struct {
		Objective float64 `json:"objective"`
		Budget    struct {
			Moves int     `json:"moves"`
			Bound float64 `json:"bound"`
			Gap   float64 `json:"gap"`
		} `json:"budget"`
	}
	if err := json.Unmarshal([]byte(out), &pl); err != nil {
		t.Fatal(err)
	}
	if pl.Budget.Moves != 4 || pl.Budget.Gap > 1e-6 || pl.Budget.Bound < pl.Objective-1e-6 {
		t.Errorf("budget %+v for objective %v: want 4 moves, gap 0", pl.Budget, pl.Objective)
	}
}
