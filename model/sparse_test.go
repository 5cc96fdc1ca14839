package model_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// sparseDate is the plan date of the generated rosters.
func sparseDate(t *testing.T) time.Time {
	d, err := time.Parse(time.DateOnly, bench.DefaultDate)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sparseDense builds the dense problem of a roster: the oracle.
func sparseDense(t *testing.T, r *model.Roster, pol *model.Policy) (*model.Eligibility, *model.Scores, *solver.Result, error) {
	t.Helper()
	el, err := model.Evaluate(r, pol)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := model.Score(context.Background(), r, el, pol)
	if err != nil {
		t.Fatal(err)
	}
	res, err := solver.Solve(sc.Cost)
	return el, sc, res, err
}

// TestSolveSparseMatchesDense solves generated rosters with the candidate
// path at several K (K = 1 and 2 leave the optimum out of the first
// candidates, so pricing must add pairs) and under several weightings, and
// checks the result against the dense solver: the same total, and the
// sparse result's duals certify it for the full dense matrix (solver.Verify).
func TestSolveSparseMatchesDense(t *testing.T) {
	sizes := [][2]int{{60, 50}, {150, 200}, {300, 220}}
	if !testing.Short() {
		sizes = append(sizes, [2]int{600, 450})
	}
	weights := map[string]func(*model.Weights){
		"default": func(*model.Weights) {},
		"no-tenure": func(w *model.Weights) {
			w.Tenure = 0
		},
		"negative": func(w *model.Weights) {
			w.Fit, w.Talent, w.Vacancy = -0.5, 2, 0.1
		},
		"release-cheap": func(w *model.Weights) {
			w.Release = 0.01
		},
	}
	names := []string{"default", "no-tenure", "negative", "release-cheap"}
	priced, classes, finished := 0, 0, 0
	for _, sz := range sizes {
		for seed := range uint64(2) {
			r, err := bench.Generate(bench.Config{Officials: sz[0], Positions: sz[1], Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			for _, wname := range names {
				pol := model.DefaultPolicy(sparseDate(t))
				weights[wname](&pol.Weights)
				el, sc, want, derr := sparseDense(t, r, &pol)
				// K = 0: through classes of identical posts; the others
				// through the pricing rounds.
				// K = -1: one class solve at most, then the rounds.
				for _, k := range []int{0, -1, 1, 2, 8, model.DefaultSparseK} {
					opt := model.SparseOptions{K: max(k, 0), NoClasses: k > 0}
					if k < 0 {
						opt = model.WithClassSolves(opt, 1)
					}
					got, serr := model.SolveSparse(context.Background(), r, el, &pol, opt)
					if derr != nil {
						var inf *solver.InfeasibleError
						if !errors.As(derr, &inf) || !errors.As(serr, &inf) {
							t.Fatalf("%v/%s K=%d: dense %v, sparse %v", sz, wname, k, derr, serr)
						}
						continue
					}
					if serr != nil {
						t.Fatalf("%v/%s K=%d: %v", sz, wname, k, serr)
					}
					n := sz[0] + sz[1]
					if math.Abs(got.Result.Total-want.Total) > solver.VerifyRelTol*3*float64(2*n) {
						t.Fatalf("%v/%s K=%d: sparse total %.12g, dense %.12g", sz, wname, k, got.Result.Total, want.Total)
					}
					if err := solver.Verify(sc.Cost, got.Result); err != nil {
						t.Fatalf("%v/%s K=%d: the sparse duals do not certify the full matrix: %v", sz, wname, k, err)
					}
					if k <= 0 {
						if got.Classes == nil {
							t.Fatalf("%v/%s: not solved through classes", sz, wname)
						}
						if got.Classes.Unplaced == 0 {
							if len(got.Rounds) != 0 {
								t.Fatalf("%v/%s: %d rounds after a complete class solve", sz, wname, len(got.Rounds))
							}
							classes++
							continue
						}
						finished++
					}
					last := got.Rounds[len(got.Rounds)-1]
					if last.Added != 0 {
						t.Fatalf("%v/%s K=%d: last round added %d pairs", sz, wname, k, last.Added)
					}
					if len(got.Rounds) > 1 {
						priced++
					}
				}
			}
		}
	}
	if priced == 0 {
		t.Fatal("no instance needed a pricing round: the test does not exercise pricing")
	}
	if classes == 0 || finished == 0 {
		t.Fatalf("%d instances solved through classes alone, %d finished by rounds: the test exercises neither", classes, finished)
	}
	t.Logf("%d solves needed more than one round; %d went through classes alone, %d were finished by rounds", priced, classes, finished)
}

// TestSolveSparseAdversarial is a roster where every official prefers the
// same few posts: the best K of every official are the same K posts, so the
// first round leaves most officials with only their release column and
// pricing must bring in the rest.
func TestSolveSparseAdversarial(t *testing.T) {
	_, got := sparseAdversarial(t, 200, 150)
	if len(got.Rounds) < 2 || got.Rounds[0].Added == 0 {
		t.Fatalf("rounds %+v: pricing added nothing", got.Rounds)
	}
}

// sparseAdversarial generates a roster of the given size in which every
// official prefers the same three posts (the only ones of a higher
// priority, the fit and tenure weights off), solves it by the candidate
// rounds (K = 3, no classes) and checks the result against the dense
// optimum, certified on every pair.
func sparseAdversarial(t *testing.T, officials, posts int) (*model.Roster, *model.SparseSolution) {
	t.Helper()
	r, err := bench.Generate(bench.Config{Officials: officials, Positions: posts, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for j := range r.Positions {
		r.Positions[j].Priority = 1
	}
	for j := range 3 {
		r.Positions[j].Priority = 5
	}
	pol := model.DefaultPolicy(sparseDate(t))
	pol.Weights.Fit = 0
	pol.Weights.Tenure = 0
	el, sc, want, err := sparseDense(t, r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	got, err := model.SolveSparse(context.Background(), r, el, &pol, model.SparseOptions{K: 3, NoClasses: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := solver.Verify(sc.Cost, got.Result); err != nil {
		t.Fatal(err)
	}
	if math.Abs(got.Result.Total-want.Total) > 1e-6 {
		t.Fatalf("sparse %v, dense %v", got.Result.Total, want.Total)
	}
	return r, got
}

// TestSparsePlan builds the plan from the sparse path (no dense matrix) and
// compares it with the dense path's plan: both optimal, the same objective;
// VerifyFull rejects a tampered certificate.
func TestSparsePlan(t *testing.T) {
	r, err := bench.Generate(bench.Config{Officials: 120, Positions: 100, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	pol := model.DefaultPolicy(sparseDate(t))
	el, sc, want, err := sparseDense(t, r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	dense, err := model.NewPlan(r, el, sc, want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := model.SolveSparse(context.Background(), r, el, &pol, model.SparseOptions{K: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Scores.VerifyFull(got.Result); err != nil {
		t.Fatal(err)
	}
	p, err := model.NewPlan(r, el, got.Scores, got.Result)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Optimal || !dense.Optimal || math.Abs(p.Objective-dense.Objective) > 1e-9 {
		t.Fatalf("sparse plan optimal=%v objective %v, dense optimal=%v objective %v", p.Optimal, p.Objective, dense.Optimal, dense.Objective)
	}
	// Released officials' columns: m + i; a vacant post for the V checks.
	m := len(r.Positions)
	vacant := -1
	for j := range m {
		if got.Result.ColRow[j] < 0 {
			vacant = j
			break
		}
	}
	for name, damage := range map[string]func(res *solver.Result){
		"u too high":      func(res *solver.Result) { res.U[0] += 0.5 },
		"assigned slack":  func(res *solver.Result) { res.U[0] -= 0.5 },
		"v positive":      func(res *solver.Result) { res.V[res.RowCol[1]] = 0.5 },
		"vacant v":        func(res *solver.Result) { res.V[vacant] = -0.5 },
		"total":           func(res *solver.Result) { res.Total += 1 },
		"u NaN":           func(res *solver.Result) { res.U[2] = math.NaN() },
		"inconsistent":    func(res *solver.Result) { res.RowCol[0] = res.RowCol[1] },
		"other's release": func(res *solver.Result) { res.ColRow[res.RowCol[0]], res.RowCol[0], res.ColRow[m+1] = -1, m+1, 0 },
	} {
		if name == "vacant v" && vacant < 0 {
			continue
		}
		bad := *got.Result
		bad.RowCol = slices.Clone(got.Result.RowCol)
		bad.ColRow = slices.Clone(got.Result.ColRow)
		bad.U = slices.Clone(got.Result.U)
		bad.V = slices.Clone(got.Result.V)
		damage(&bad)
		if got.Scores.VerifyFull(&bad) == nil {
			t.Errorf("VerifyFull accepted %s", name)
		}
	}
}

// TestSparsePlanAlternatives builds the plan of one result twice, from the
// dense matrix and from scores without it (the sparse path's, which compute
// each moved official's row on the fly): every move's alternatives must be
// the same, in the same order.
func TestSparsePlanAlternatives(t *testing.T) {
	r, err := bench.Generate(bench.Config{Officials: 360, Positions: 300, Seed: 6})
	if err != nil {
		t.Fatal(err)
	}
	pol := model.DefaultPolicy(sparseDate(t))
	el, sc, res, err := sparseDense(t, r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	dense, err := model.NewPlan(r, el, sc, res)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := model.SolveSparse(context.Background(), r, el, &pol, model.SparseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sparse, err := model.NewPlan(r, el, ss.Scores, res) // the dense result on matrix-free scores
	if err != nil {
		t.Fatal(err)
	}
	shown := 0
	for k := range dense.Moves {
		a, b := altString(dense.Moves[k].Alternatives), altString(sparse.Moves[k].Alternatives)
		if a != b {
			t.Fatalf("move %d: dense alternatives %s, sparse %s", k, a, b)
		}
		shown += len(dense.Moves[k].Alternatives)
	}
	if shown == 0 {
		t.Fatal("no move has alternatives")
	}
}

// altString prints alternatives by post id, gap, score and JPM.
func altString(as []model.Alternative) string {
	var b strings.Builder
	for _, a := range as {
		id := "release"
		if a.Post != nil {
			id = a.Post.ID
		}
		fmt.Fprintf(&b, "[%s %v %v %v]", id, a.Gap, a.Score, a.JPM)
	}
	return b.String()
}

// TestSolveSparseDecisions pins and forbids pairs of a generated roster (the
// posts they name become classes of their own) and checks the sparse path
// through classes against the dense solver under the same decisions.
func TestSolveSparseDecisions(t *testing.T) {
	r, err := bench.Generate(bench.Config{Officials: 240, Positions: 200, Seed: 8})
	if err != nil {
		t.Fatal(err)
	}
	pol := model.DefaultPolicy(sparseDate(t))
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	// Pin three officials to allowed vacant posts other than their own, no
	// post twice (a pin into a held post displaces a holder who, without a
	// cause, may not be released); forbid three other officials a post
	// other than their own.
	usedPost := map[int]bool{}
	for _, o := range r.Officials {
		if j, ok := r.PositionIndex()[o.Position]; ok {
			usedPost[j] = true
		}
	}
	for i := 0; i < len(r.Officials) && len(pol.Pins) < 3; i += 7 {
		for j := range r.Positions {
			if !usedPost[j] && r.Officials[i].Position != r.Positions[j].ID && el.Allowed(i, j) {
				pol.Pins = append(pol.Pins, model.Decision{NIP: r.Officials[i].NIP.Raw, Position: r.Positions[j].ID})
				usedPost[j] = true
				break
			}
		}
	}
	for i := 3; i < len(r.Officials) && len(pol.Forbids) < 3; i += 11 {
		for j := len(r.Positions) - 1; j >= 0; j-- {
			if !usedPost[j] && r.Officials[i].Position != r.Positions[j].ID && el.Allowed(i, j) {
				pol.Forbids = append(pol.Forbids, model.Decision{NIP: r.Officials[i].NIP.Raw, Position: r.Positions[j].ID})
				break
			}
		}
	}
	if len(pol.Pins) != 3 || len(pol.Forbids) != 3 {
		t.Fatalf("found %d pins and %d forbids", len(pol.Pins), len(pol.Forbids))
	}
	el, sc, want, err := sparseDense(t, r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	got, err := model.SolveSparse(context.Background(), r, el, &pol, model.SparseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Classes == nil || len(got.Rounds) != 0 {
		t.Fatalf("not solved through classes alone: %+v, %d rounds", got.Classes, len(got.Rounds))
	}
	if math.Abs(got.Result.Total-want.Total) > 1e-9 {
		t.Fatalf("total %.12g, dense %.12g", got.Result.Total, want.Total)
	}
	if err := solver.Verify(sc.Cost, got.Result); err != nil {
		t.Fatal(err)
	}
	idx := r.PositionIndex()
	for _, p := range pol.Pins {
		for i, o := range r.Officials {
			if o.NIP.Raw == p.NIP && got.Result.RowCol[i] != idx[p.Position] {
				t.Fatalf("%s pinned to %s got column %d", p.NIP, p.Position, got.Result.RowCol[i])
			}
		}
	}
}

// TestSolveSparseViolatorBounded solves by the pricing rounds alone, from
// 3 candidates per official, a roster where every official ranks the same
// few posts first: the rounds must reach the dense optimum, certified on
// every pair, on a tenth of the pairs at most. (The widening of a large
// violator itself, which once grew towards all n·m pairs on a provincial
// roster, is checked against a brute force by TestSparseWidenViolator.)
func TestSolveSparseViolatorBounded(t *testing.T) {
	r, got := sparseAdversarial(t, 1200, 1000)
	n, m := len(r.Officials), len(r.Positions)
	for k, rd := range got.Rounds {
		if rd.Pairs > n*m/10 {
			t.Errorf("round %d solved %d candidate pairs, over a tenth of the %d pairs", k+1, rd.Pairs, n*m)
		}
	}
}

// classPolicies are the policies the class path's tests solve roster r
// under: the default rules, R-JPM-MIN, R-FAMILY, and pins, forbids, a move
// penalty and weights that make the talent and family terms count.
func classPolicies(t *testing.T, r *model.Roster) map[string]model.Policy {
	t.Helper()
	base := model.DefaultPolicy(sparseDate(t))
	var holders []model.Official
	for _, o := range r.Officials {
		if o.Position != "" {
			holders = append(holders, o)
		}
	}
	policies := map[string]model.Policy{"default": base}
	p := base
	p.Rules.JPMMin = true
	policies["jpm"] = p
	p = base
	p.Rules.SameFamily = true
	policies["family"] = p
	p = base
	p.Weights.Talent, p.Weights.Family, p.MovePenalty = 0.4, 0.7, 0.05
	p.Forbids = []model.Decision{{NIP: holders[5].NIP.Raw, Position: holders[8].Position}, {NIP: holders[6].NIP.Raw, Position: holders[7].Position}}
	// A pin the hard rules accept: a holder to another holder's post.
	for a := 10; a < len(holders) && len(p.Pins) == 0; a++ {
		q := p
		q.Pins = []model.Decision{{NIP: holders[a].NIP.Raw, Position: holders[a+1].Position}}
		if _, err := model.Evaluate(r, &q); err == nil {
			p = q
		}
	}
	if len(p.Pins) == 0 {
		t.Fatal("no pin accepted")
	}
	policies["decisions"] = p
	return policies
}

// TestClassBuildExact: under the rules of Evaluate, the class matrix read
// from one post of each class equals, bit for bit, the one read from every
// pair, which would find any class whose posts differ for some official.
// Generated rosters with open selections and job families, under the
// default rules, with R-JPM-MIN and R-FAMILY on, with pins and forbids, a
// move penalty and weights that make the talent and family terms count.
// The tie stage's tight pairs read through the classes are, likewise,
// those of the pass over every pair.
func TestClassBuildExact(t *testing.T) {
	ctx := context.Background()
	compared := 0
	defer func() {
		if compared < 6 {
			t.Errorf("the tight pairs compared under %d policies: too few", compared)
		}
	}()
	for _, cfg := range []bench.Config{{Preset: bench.PresetProvinsi, Seed: 2}, {Officials: 600, Positions: 500, Seed: 3}, {Officials: 1200, Positions: 1000, Seed: 5}} {
		r, err := bench.Generate(cfg)
		if err != nil {
			t.Fatal(err)
		}
		policies := classPolicies(t, r)
		for name, pol := range policies {
			el, err := model.Evaluate(r, &pol)
			if err != nil {
				t.Fatalf("%v %s: %v", cfg, name, err)
			}
			c, err := model.ClassBuildCompare(ctx, r, el, &pol)
			if err != nil {
				t.Fatalf("%v %s: %v", cfg, name, err)
			}
			if c >= len(r.Positions) {
				t.Fatalf("%v %s: %d classes for %d posts: nothing merged", cfg, name, c, len(r.Positions))
			}
			// The tie stage's tight pairs read through the classes are
			// those of the pass over every pair.
			ss, err := model.SolveSparse(ctx, r, el, &pol, model.SparseOptions{})
			if inf := (*solver.InfeasibleError)(nil); errors.As(err, &inf) {
				t.Logf("%v %s: infeasible", cfg, name)
				continue // R-FAMILY leaves the province's JPT officials too few posts
			}
			if err != nil {
				t.Fatalf("%v %s: %v", cfg, name, err)
			}
			compared++
			if ss.Classes == nil || len(ss.Rounds) > 0 {
				t.Fatalf("%v %s: not solved through the classes alone", cfg, name)
			}
			// With the class solve's matrix, then computing the class rows.
			for range 2 {
				if _, err := model.TightCompare(ctx, ss.Scores, ss.Result); err != nil {
					t.Fatalf("%v %s: %v", cfg, name, err)
				}
				ss.Scores.ReleaseClassCosts()
			}
		}
	}
}

// TestPlanClassView: the plan read through the classes of identical posts
// (each move's alternatives, the reasons of a release) is the plan read
// post by post, field for field, under the policies of the class path's
// tests, with the class solve's matrix and computing the class rows.
func TestPlanClassView(t *testing.T) {
	ctx := context.Background()
	compared := 0
	for _, cfg := range []bench.Config{{Preset: bench.PresetProvinsi, Seed: 2}, {Officials: 600, Positions: 500, Seed: 3}, {Officials: 1200, Positions: 1000, Seed: 5}} {
		r, err := bench.Generate(cfg)
		if err != nil {
			t.Fatal(err)
		}
		for name, pol := range classPolicies(t, r) {
			el, err := model.Evaluate(r, &pol)
			if err != nil {
				t.Fatalf("%v %s: %v", cfg, name, err)
			}
			ss, err := model.SolveSparse(ctx, r, el, &pol, model.SparseOptions{})
			if inf := (*solver.InfeasibleError)(nil); errors.As(err, &inf) {
				continue
			}
			if err != nil {
				t.Fatalf("%v %s: %v", cfg, name, err)
			}
			res, _, err := model.Canonical(ctx, ss.Scores, ss.Result)
			if err != nil {
				t.Fatalf("%v %s: %v", cfg, name, err)
			}
			for range 2 {
				alts, unplaced, err := model.PlanClassCompare(r, ss.Scores, res)
				if err != nil {
					t.Fatalf("%v %s: %v", cfg, name, err)
				}
				if alts < len(r.Officials)/4 || unplaced == 0 {
					t.Fatalf("%v %s: %d moves with alternatives, %d without a post: too few to compare", cfg, name, alts, unplaced)
				}
				ss.Scores.ReleaseClassCosts()
			}
			compared++
		}
	}
	if compared < 6 {
		t.Errorf("%d plans compared: too few", compared)
	}
}
