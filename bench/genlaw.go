package bench

import (
	"math/rand/v2"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// This file draws what the law's rules read of a generated roster (docs/
// rules.md): the outcomes of the latest evaluations, cumulative experience
// at each level, the kind and start of discipline sanctions, and the
// open-selection results for JPT posts. It runs after the officials, on a
// stream of its own, so that the rest of the roster is the same with or
// without it.

// lawStream is the second word of the PCG state of the law's facts.
const lawStream = 0x6c61772d66616374

// lawFacts adds the law's facts to the officials of r.
func lawFacts(r *model.Roster, seed uint64, date time.Time) {
	rng := rand.New(rand.NewPCG(seed, lawStream))
	idx := r.PositionIndex()
	perEselon := map[model.Eselon]int{}
	for _, p := range r.Positions {
		perEselon[p.Eselon]++
	}
	for i := range r.Officials {
		o := &r.Officials[i]
		es := r.CurrentEselon(i, idx)
		lawExperience(rng, o, es.Level(), date)
		// Evaluations (evaluasi jabatan, uji kompetensi) of holders of a
		// roster post, more often for JPT holders, whose rotation needs one
		// (PP 11/2017 Pasal 132). A rotation is drawn only where the
		// eselon has posts enough to rotate into.
		if j, ok := idx[o.Position]; ok && o.Position != "" {
			share := map[model.Level]float64{model.LevelJPT: 0.5, model.LevelAdministrator: 0.25}[es.Level()]
			if share == 0 {
				share = 0.1
			}
			if rng.Float64() < share {
				o.Evaluation = pick(rng.Float64(), []float64{0.6, 0.93}, model.EvalTetap, model.EvalRotasi, model.EvalIstirahat)
				if o.Evaluation == model.EvalRotasi && perEselon[r.Positions[j].Eselon] < 6 {
					o.Evaluation = model.EvalTetap
				}
				o.EvaluationDate = date.AddDate(0, -1-rng.IntN(10), -rng.IntN(28))
			}
		}
		lawSanction(rng, o, date)
	}
	lawRotations(r, date)
	lawSelections(rng, r, date)
}

// lawRotations keeps the roster plannable: a holder whose evaluation says
// rotasi must take another post of the eselon (a lower one is a demotion)
// and, without a cause, cannot be released (R-RELEASE-CAUSE), so a lone
// such holder needs room: a vacant post of the eselon, a post its holder
// leaves (istirahat), or, below JPT, a holder free to move; two or more can
// swap. A lone rotasi without room becomes tetap, as a committee would
// decide when no post is open. Holders whom R-TENURE-MIN or a retirement
// within 12 months keep in place do not count: their rotasi waits.
func lawRotations(r *model.Roster, date time.Time) {
	type tally struct {
		movers []int
		room   int
	}
	by := map[model.Eselon]*tally{}
	at := func(es model.Eselon) *tally {
		if by[es] == nil {
			by[es] = &tally{}
		}
		return by[es]
	}
	held := map[string]bool{}
	for i := range r.Officials {
		o := &r.Officials[i]
		held[o.Position] = true
		es := model.Eselon(0)
		for j := range r.Positions {
			if r.Positions[j].ID == o.Position {
				es = r.Positions[j].Eselon
				break
			}
		}
		if es == 0 {
			continue
		}
		bup := 58
		if es.Level() == model.LevelJPT {
			bup = 60
		}
		waits := !o.PositionSince.IsZero() && model.MonthsBetween(o.PositionSince, date) < 24 ||
			!model.RetirementDate(o, bup).After(model.AddMonths(date, 12))
		switch {
		case waits:
		case o.Evaluation == model.EvalRotasi:
			at(es).movers = append(at(es).movers, i)
		case o.Evaluation == model.EvalIstirahat,
			o.Evaluation == 0 && es.Level() != model.LevelJPT && o.Sanction == 0:
			at(es).room++
		}
	}
	for j := range r.Positions {
		if !held[r.Positions[j].ID] {
			at(r.Positions[j].Eselon).room++
		}
	}
	for _, t := range by {
		if len(t.movers) == 1 && t.room == 0 {
			r.Officials[t.movers[0]].Evaluation = model.EvalTetap
		}
	}
}

// lawExperience draws the start of the first administrator and pengawas
// posts of an official at level l (0 for functional staff), consistent
// with the current post's start and the CPNS appointment: a first
// administrator post no later than a current one, pengawas before
// administrator. About one official in six has none on file.
func lawExperience(rng *rand.Rand, o *model.Official, l model.Level, date time.Time) {
	if l == 0 || rng.IntN(6) == 0 {
		return
	}
	floor := o.NIP.Appointed.AddDate(2, 0, 0)
	back := func(t time.Time, minYears, maxYears int) time.Time {
		d := t.AddDate(-minYears, -rng.IntN(12*(maxYears-minYears)+1), -rng.IntN(28))
		if d.Before(floor) {
			d = floor
		}
		if d.After(t) {
			d = t
		}
		return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	}
	cur := o.PositionSince
	if cur.IsZero() {
		// A candidate holding a post outside the roster: its start is not
		// in the files, the first post at the level may be.
		cur = back(date, 1, 10)
	}
	switch l {
	case model.LevelJPT:
		o.AdministratorSince = back(cur, 2, 10)
		o.PengawasSince = back(o.AdministratorSince, 3, 8)
	case model.LevelAdministrator:
		if rng.IntN(3) == 0 {
			o.AdministratorSince = cur // the first administrator post is the current one
		} else {
			o.AdministratorSince = back(cur, 0, 8)
		}
		o.PengawasSince = back(o.AdministratorSince, 3, 8)
	default:
		o.PengawasSince = back(cur, 0, 6)
	}
	if o.PengawasSince.After(o.AdministratorSince) && !o.AdministratorSince.IsZero() {
		o.PengawasSince = o.AdministratorSince
	}
}

// lawSanction gives a sanction drawn by severity its kind (PP 94/2021 Pasal
// 8) in seven cases out of ten, and its start: the kind's period before the
// end already drawn, which then stays in the file in six cases out of ten
// (the start alone gives the same end). A discharge has no end.
func lawSanction(rng *rand.Rand, o *model.Official, date time.Time) {
	if o.Sanction == 0 || rng.IntN(10) >= 7 {
		return
	}
	switch o.Sanction {
	case model.Ringan:
		o.SanctionKind = model.TeguranLisan + model.SanctionKind(rng.IntN(3))
	case model.Sedang:
		o.SanctionKind = model.PotonganTukin6 + model.SanctionKind(rng.IntN(3))
	case model.Berat:
		o.SanctionKind = pick(rng.Float64(), []float64{0.5, 0.95}, model.PenurunanJabatan, model.PembebasanJabatan, model.Pemberhentian)
	}
	switch {
	case o.SanctionKind.Permanent():
		o.SanctionDate = o.SanctionUntil.AddDate(0, -12, 0)
		if o.SanctionDate.After(date) {
			o.SanctionDate = model.AddMonths(date, -1)
		}
		o.SanctionUntil = time.Time{}
	case o.SanctionKind.Months() > 0:
		months := o.SanctionKind.Months()
		o.SanctionDate = model.AddMonths(o.SanctionUntil.AddDate(0, 0, 1), -months)
		if o.SanctionDate.After(date) {
			// An end further than the kind's period: the sanction took
			// effect one to three months ago and ends with its period.
			o.SanctionDate = model.AddMonths(date, -1-rng.IntN(3))
			o.SanctionUntil = model.AddMonths(o.SanctionDate, months).AddDate(0, 0, -1)
		}
		if rng.IntN(10) >= 6 {
			o.SanctionUntil = time.Time{}
		}
	}
}

// lawSelections draws the open selections' results: three names for most
// vacant JPT posts, for many whose holder leaves after an evaluation, for a
// few others. The names come from the officials an open selection would
// admit (PP 11/2017 jo PP 17/2020 Pasal 107: an administrator of rank IV/a
// or above, at most 56, S1/D4, two years as administrator, an SKP of at
// least Baik, no sanction), a name being proposed for two posts at most.
func lawSelections(rng *rand.Rand, r *model.Roster, date time.Time) {
	idx := r.PositionIndex()
	holder := make([]int, len(r.Positions))
	for j := range holder {
		holder[j] = -1
	}
	var pool []int
	for i := range r.Officials {
		o := &r.Officials[i]
		if j, ok := idx[o.Position]; ok && o.Position != "" {
			holder[j] = i
		}
		es := r.CurrentEselon(i, idx)
		if es.Level() != model.LevelAdministrator || o.Rank < model.RankIVa || o.Education < model.D4 ||
			o.Performance.Predicate > model.Baik || o.Sanction >= model.Sedang || model.AgeAt(o.BirthDate, date) > 56 {
			continue
		}
		since := o.AdministratorSince
		if since.IsZero() {
			since = o.PositionSince
		}
		if since.IsZero() || model.MonthsBetween(since, date) < 24 {
			continue
		}
		pool = append(pool, i)
	}
	proposed := map[int]int{}
	for j := range r.Positions {
		p := &r.Positions[j]
		if p.Eselon.Level() != model.LevelJPT {
			continue
		}
		share := 0.1
		switch h := holder[j]; {
		case h < 0:
			share = 0.85
		case r.Officials[h].Evaluation == model.EvalRotasi || r.Officials[h].Evaluation == model.EvalIstirahat:
			share = 0.6
		}
		if rng.Float64() >= share {
			continue
		}
		var names []int
		for _, k := range rng.Perm(len(pool)) {
			i := pool[k]
			if proposed[i] < 2 && (p.Eselon != model.EselonIIa || r.Officials[i].Rank >= model.RankIVb) {
				names = append(names, i)
			}
			if len(names) == 3 {
				break
			}
		}
		for k, i := range names {
			proposed[i]++
			r.Selections = append(r.Selections, model.Selection{Position: p.ID, NIP: r.Officials[i].NIP.Raw, Rank: k + 1,
				Row: len(r.Selections) + 2})
		}
	}
}
