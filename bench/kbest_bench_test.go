package bench_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// BenchmarkKBest times solver.KBest for k = 10: on the cost matrix of a
// generated city roster (kota and provinsi presets, the n × (m+n) matrix of
// model.Score; target < 200 ms for kota, issue 7), and on n = 1000 matrices
// of the uniform, ties and geometric families (square, and 1000×1250). Each
// input is built once; the first run checks outside the timed loop that the
// ten totals do not decrease and that the first is Solve's optimum.
func BenchmarkKBest(b *testing.B) {
	const k = 10
	for _, preset := range []string{bench.PresetKota, bench.PresetProvinsi} {
		b.Run(fmt.Sprintf("roster=%s/k=%d", preset, k), func(b *testing.B) {
			kbestBenchOne(b, kbestRosterCost(b, preset), k)
		})
	}
	for _, fam := range []string{"uniform", "ties", "geometric"} {
		for _, rc := range [][2]int{{1000, 1000}, {1000, 1250}} {
			name := fmt.Sprintf("family=%s/n=%d/k=%d", fam, rc[0], k)
			if rc[0] != rc[1] {
				name = fmt.Sprintf("family=%s/n=%dx%d/k=%d", fam, rc[0], rc[1], k)
			}
			b.Run(name, func(b *testing.B) {
				kbestBenchOne(b, benchFamily(b, fam, rc[0], rc[1], uint64(7919*rc[0])), k)
			})
		}
	}
}

func kbestBenchOne(b *testing.B, cost *mat.Dense, k int) {
	best, err := solver.Solve(cost)
	if err != nil {
		b.Fatal(err)
	}
	got, err := solver.KBest(cost, k)
	if err != nil {
		b.Fatal(err)
	}
	if len(got) != k || got[0].Total != best.Total {
		b.Fatalf("%d assignments, first %v, Solve %v", len(got), got[0].Total, best.Total)
	}
	for t := 1; t < len(got); t++ {
		if got[t].Total < got[t-1].Total-1e-9*(1+abs(got[t-1].Total)) {
			b.Fatalf("assignment %d costs %v < %v", t, got[t].Total, got[t-1].Total)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := solver.KBest(cost, k); err != nil {
			b.Fatal(err)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// kbestRosterCost is the score's cost matrix of a generated roster.
func kbestRosterCost(b *testing.B, preset string) *mat.Dense {
	r, err := bench.Generate(bench.Config{Preset: preset, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	date, _ := time.Parse("2006-01-02", bench.DefaultDate)
	pol := model.DefaultPolicy(date)
	el, err := model.Evaluate(r, &pol)
	if err != nil {
		b.Fatal(err)
	}
	sc, err := model.Score(context.Background(), r, el, &pol)
	if err != nil {
		b.Fatal(err)
	}
	return sc.Cost
}
