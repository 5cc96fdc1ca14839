package model

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
)

// scoreExampleRoster is the worked example of docs/score.md: two heads of
// agency (JPT, eselon II.b), both of the education family, and their two
// posts.
func scoreExampleRoster() *Roster {
	dik := scorePost("DIK", EselonIIb, 5)
	dik.Name, dik.Unit, dik.Family = "Kepala Dinas Pendidikan", "Dinas Pendidikan", "pendidikan"
	dik.Required[M5] = 5 // Pelayanan Publik above the JPT default
	par := scorePost("PAR", EselonIIb, 2)
	par.Name, par.Unit, par.Family = "Kepala Dinas Pariwisata", "Dinas Pariwisata", "pariwisata"
	ani := scoreOfficial(1, "Ani Contoh", "DIK", 64, SangatBaik, 4)
	ani.Potential, ani.HasPotential = 80, true
	ani.Competency[TK] = 0
	ani.Competency[M5] = 5
	ani.Families = []string{"pendidikan"}
	bayu := scoreOfficial(2, "Bayu Contoh", "PAR", 30, Baik, 4)
	bayu.Competency[TK] = 0
	bayu.Competency[M5] = 3
	bayu.Families = []string{"pendidikan"}
	return &Roster{Positions: []Position{dik, par}, Officials: []Official{ani, bayu}}
}

// ExampleScore prints the worked example of docs/score.md: the benefits,
// the cost matrix and the plan under the default weights, then the plan
// with the tenure weight at 0.
func ExampleScore() {
	r := scoreExampleRoster()
	for _, wt := range []float64{1, 0} {
		pol := scoreNoRules()
		pol.Weights = DefaultWeights()
		pol.Weights.Tenure = wt
		sc, err := scoreWith(context.Background(), r, newScoreMask(), &pol)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("w_tenure = %g\n", wt)
		if wt == 1 {
			for i := range r.Officials {
				for j := range r.Positions {
					comps := sc.Components(i, j)
					keys := make([]string, 0, len(comps))
					for k := range comps {
						keys = append(keys, k)
					}
					sort.Strings(keys)
					var parts []string
					for _, k := range keys {
						parts = append(parts, fmt.Sprintf("%s %.4f", k, comps[k]))
					}
					fmt.Printf("b(%s, %s) = %.4f  [%s]\n", r.Officials[i].Name, r.Positions[j].ID, sc.Benefit(i, j), strings.Join(parts, ", "))
				}
				fmt.Printf("release cost %s = %.4f\n", r.Officials[i].Name, sc.ReleaseCost(i))
			}
			fmt.Printf("vacancy costs %.4f %.4f (total %.4f)\n", sc.VacancyCost(0), sc.VacancyCost(1), sc.VacancyTotal)
			rows, cols := sc.Cost.Dims()
			for i := range rows {
				var cells []string
				for j := range cols {
					if v := sc.Cost.At(i, j); math.IsInf(v, 1) {
						cells = append(cells, "    +Inf")
					} else {
						cells = append(cells, fmt.Sprintf("%8.4f", v))
					}
				}
				fmt.Println("cost", strings.Join(cells, " "))
			}
		}
		res, _ := scoreBruteMatrix(sc)
		pl, err := NewPlan(r, nil, sc, res)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("total %.4f, objective %.4f\n", res.Total, pl.Objective)
		for _, mv := range pl.Moves {
			fmt.Printf("%s: %s, %s, score %.4f\n", mv.Name, mv.Type, planID(mv.To), mv.Score)
		}
	}
	// Output:
	// w_tenure = 1
	// b(Ani Contoh, DIK) = 1.4400  [family 0.5000, fit 1.0000, performance 0.9400, talent 0.0000, tenure -1.0000]
	// b(Ani Contoh, PAR) = 1.3760  [family 0.0000, fit 1.0000, performance 0.3760, talent 0.0000, tenure 0.0000]
	// release cost Ani Contoh = 0.9600
	// b(Bayu Contoh, DIK) = 2.1959  [family 0.5000, fit 0.9459, performance 0.7500, talent 0.0000, tenure 0.0000]
	// b(Bayu Contoh, PAR) = 1.7306  [family 0.0000, fit 0.9722, performance 0.3000, talent 0.0000, tenure 0.4583]
	// release cost Bayu Contoh = 0.8333
	// vacancy costs 1.0000 0.4000 (total 1.4000)
	// cost  -2.4400  -1.7760   0.9600     +Inf
	// cost  -3.1959  -2.1306     +Inf   0.8333
	// total -4.9719, objective 3.5719
	// Ani Contoh: rotate, PAR, score 1.3760
	// Bayu Contoh: rotate, DIK, score 2.1959
	// w_tenure = 0
	// total -5.1122, objective 3.7122
	// Ani Contoh: stay, DIK, score 2.4400
	// Bayu Contoh: stay, PAR, score 1.2722
}
