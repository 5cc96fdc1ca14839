package model_test

import (
	"fmt"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// ExampleEvaluate judges a small roster at 2026-12-01: a kepala bidang
// appointed 18 months ago is locked, a sekretaris born in 1969 retires
// within the horizon and stays until then, and a pengawas candidate can
// neither jump to a JPT post nor take one without an open selection.
func ExampleEvaluate() {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	r := &model.Roster{
		Positions: []model.Position{
			{ID: "DINAS-KADIS", Name: "Kepala Dinas", Eselon: model.EselonIIb},
			{ID: "DINAS-SEK", Name: "Sekretaris Dinas", Eselon: model.EselonIIIa},
			{ID: "DINAS-BID1", Name: "Kepala Bidang 1", Eselon: model.EselonIIIb},
		},
		Officials: []model.Official{
			{NIP: model.NIP{Raw: "198001012005011001", Birth: day("1980-01-01")}, Name: "Andi Contoh",
				Rank: model.RankIIId, Position: "DINAS-BID1", PositionSince: day("2025-06-01")},
			{NIP: model.NIP{Raw: "196903152000031002", Birth: day("1969-03-15")}, Name: "Wati Fiktif",
				Rank: model.RankIVa, Position: "DINAS-SEK", PositionSince: day("2020-01-02")},
			{NIP: model.NIP{Raw: "198505052010011003", Birth: day("1985-05-05")}, Name: "Rudi Rekaan",
				Rank: model.RankIVa, Eselon: model.EselonIVa},
		},
	}
	el, err := model.Evaluate(r, &model.Policy{Date: day("2026-12-01"), Rules: model.DefaultRules()})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, o := range r.Officials {
		st, why := el.Status(i)
		fmt.Println(o.Name, st, why)
	}
	for _, v := range el.Blocked(2, 0) {
		fmt.Println(v)
	}
	fmt.Println(el.Allowed(2, 2)) // one level up, held by Andi: the solver decides
	// Output:
	// Andi Contoh locked [R-TENURE-MIN: 18 months in the current post since 1 June 2025, fewer than 24: stays until 1 June 2027]
	// Wati Fiktif locked [R-BUP: pensiun 1 April 2027 (BUP 58 for Administrator), within the 12-month horizon ending 1 December 2027: stays in the post until then, no other post]
	// Rudi Rekaan free []
	// R-PROMOTION: Pengawas to JPT Pratama skips a level: promotion is one level at a time
	// R-JPT-SELECTION: DINAS-KADIS is filled by open selection (seleksi terbuka): not among the names proposed for it
	// true
}
