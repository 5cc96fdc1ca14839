package analysis

import (
	"context"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/rosterfile"

	"github.com/mutasi-id/mutasi/model"
)

// TestExplainRangesClaims re-solves the sample at every value that the
// ranges of three officials name and checks each claim: a confirmed or
// re-solved end changes the official's column there and keeps it eps
// nearer the current weight; "holds to V" keeps it at V; the estimate
// always contains the current weight.
func TestExplainRangesClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("re-solves the sample roster many times")
	}
	date, err := model.ParseDate(mutasi.SampleDate)
	if err != nil {
		t.Fatal(err)
	}
	r, ps, err := rosterfile.Load(mutasi.SampleSource(), date)
	if err != nil || r == nil {
		t.Fatalf("loading the sample: %v %v", err, ps)
	}
	pol := model.DefaultPolicy(date)
	ctx := context.Background()
	sol, err := pipeline.Solve(ctx, r, &pol, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	colAt := func(i int, weight string, v float64) int {
		p := pol.Clone()
		if err := policyfile.Set(p, weight, strconv.FormatFloat(v, 'g', -1, 64)); err != nil {
			t.Fatal(err)
		}
		s, err := pipeline.Solve(ctx, r, p, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s.Result.RowCol[i]
	}
	idx := r.OfficialIndex()
	claims := 0
	for _, nip := range []string{"196912101997011677", "197104242001061931", "198507212010041851"} {
		i, ok := idx[nip]
		if !ok {
			t.Fatalf("no official %s in the sample", nip)
		}
		chosen := sol.Result.RowCol[i]
		resolve := func(ctx context.Context, p *model.Policy) (*pipeline.Solution, error) {
			return pipeline.Solve(ctx, r, p, pipeline.Options{})
		}
		ranges, err := CheckRanges(ctx, r, &pol, sol, i, resolve)
		if err != nil {
			t.Fatal(err)
		}
		for _, er := range ranges {
			if er.Lo > er.Current || (er.Hi != nil && *er.Hi < er.Current) {
				t.Errorf("%s %s: estimate [%v, %v] misses %v", nip, er.Weight, er.Lo, er.Hi, er.Current)
			}
			eps := 0.01 * math.Max(er.Current, 1)
			for _, end := range []struct {
				check string
				at    *float64
				dir   float64
			}{{er.LoCheck, er.LoResolved, -1}, {er.HiCheck, er.HiResolved, 1}} {
				switch {
				case end.check == "confirmed" || end.check == "re-solved":
					if c := colAt(i, er.Weight, *end.at); c == chosen {
						t.Errorf("%s %s: the choice is said to change at %v; it does not", nip, er.Weight, *end.at)
					}
					// The change lies within eps of the end, nearer the current weight.
					in := *end.at - end.dir*eps*1.01
					if (in-er.Current)*end.dir > 0 {
						if c := colAt(i, er.Weight, in); c != chosen {
							t.Errorf("%s %s: the choice already changes at %v, before the end %v", nip, er.Weight, in, *end.at)
						}
					}
					claims++
				case strings.HasPrefix(end.check, "holds to "):
					v, err := strconv.ParseFloat(strings.TrimPrefix(end.check, "holds to "), 64)
					if err != nil {
						t.Fatal(err)
					}
					if c := colAt(i, er.Weight, v); c != chosen {
						t.Errorf("%s %s: said to hold to %v; it changes there", nip, er.Weight, v)
					}
					claims++
				}
			}
		}
	}
	if claims < 5 {
		t.Errorf("only %d claims checked", claims)
	}
}
