package bench

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// scoreBenchDate is the plan date of the benchmark rosters.
var scoreBenchDate = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// scoreBenchRoster builds a synthetic roster of n officials and m posts: a
// tiny local generator so that the score's benchmark does not depend on the
// real one (gen.go). Posts mix the eselons with their default standards and
// a sixth of them a standard of their own; officials hold the first
// min(n, m)·4/5 posts and are assessed three times out of four.
func scoreBenchRoster(n, m int, seed uint64) *model.Roster {
	rng := rand.New(rand.NewPCG(seed, 1))
	r := &model.Roster{}
	eselons := []model.Eselon{model.EselonIIb, model.EselonIIIa, model.EselonIIIb, model.EselonIVa, model.EselonIVb}
	for j := range m {
		e := eselons[rng.IntN(len(eselons))]
		p := model.Position{ID: fmt.Sprintf("J%05d", j), Name: fmt.Sprintf("Jabatan %d", j),
			Unit: fmt.Sprintf("OPD %d", j%40), Eselon: e, Priority: 1 + rng.IntN(5)}
		for k := range p.Required {
			p.Required[k] = e.Level().DefaultRequired()
		}
		if j%6 == 0 {
			p.Required[rng.IntN(model.NumCompetencies)] = uint8(1 + rng.IntN(5))
		}
		r.Positions = append(r.Positions, p)
	}
	held := min(n, m) * 4 / 5
	for i := range n {
		birth := time.Date(1966+rng.IntN(25), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		o := model.Official{
			NIP:         model.NIP{Raw: fmt.Sprintf("%s2000011%03d", birth.Format("20060102"), 1+i%999), Birth: birth, Gender: model.Male, Seq: 1 + i%999},
			Name:        fmt.Sprintf("Pejabat %d", i),
			Rank:        model.Rank(11 + rng.IntN(6)),
			BirthDate:   birth,
			Performance: model.Performance{Predicate: model.Predicate(1 + rng.IntN(5))},
			TalentBox:   uint8(rng.IntN(10)),
		}
		if i < held {
			o.Position = r.Positions[i].ID
			o.PositionSince = scoreBenchDate.AddDate(0, -rng.IntN(96), 0)
		}
		if rng.IntN(4) > 0 {
			for k := range o.Competency {
				o.Competency[k] = uint8(1 + rng.IntN(5))
			}
		}
		if rng.IntN(2) == 0 {
			o.Potential, o.HasPotential = float64(rng.IntN(101)), true
		}
		r.Officials = append(r.Officials, o)
	}
	return r
}

// BenchmarkScore measures model.Score, the building of the n × (m+n) cost
// matrix; the target is ≤ 2 s for 10,000 × 10,000 on 2 cores (issue 4).
func BenchmarkScore(b *testing.B) {
	for _, size := range []struct{ n, m int }{{200, 200}, {1000, 1000}, {10000, 10000}} {
		b.Run(fmt.Sprintf("n=%d,m=%d", size.n, size.m), func(b *testing.B) {
			r := scoreBenchRoster(size.n, size.m, 42)
			pol := model.DefaultPolicy(scoreBenchDate)
			el, err := model.Evaluate(r, &pol)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				sc, err := model.Score(ctx, r, el, &pol)
				if err != nil {
					b.Fatal(err)
				}
				// Sanity: the matrix has its shape and no NaN in a sample row.
				rows, cols := sc.Cost.Dims()
				if rows != size.n || cols != size.m+size.n {
					b.Fatalf("matrix %d×%d", rows, cols)
				}
				for _, v := range sc.Cost.RawRowView(rows / 2) {
					if math.IsNaN(v) {
						b.Fatal("NaN in the matrix")
					}
				}
			}
		})
	}
}
