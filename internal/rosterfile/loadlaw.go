package rosterfile

import (
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// This file reads the columns and the file the rules of the law need beyond
// the original roster: the evaluation's outcome, the kind and start of a
// sanction, cumulative experience by level, and the open selections' results
// for JPT posts (docs/roster-files.md).

// parseSanctionCell reads the sanction column: a severity (ringan, sedang,
// berat) or a kind of PP 94/2021 Pasal 8, which also gives the severity.
func parseSanctionCell(v string) (model.Sanction, model.SanctionKind, error) {
	s, err := model.ParseSanction(v)
	if err == nil {
		return s, 0, nil
	}
	k, kerr := model.ParseSanctionKind(v)
	if kerr == nil && k != 0 {
		return k.Severity(), k, nil
	}
	return 0, 0, i18n.Errorf(i18n.RosterSanctionCellBad)
}

// parseLawColumns reads the officials' columns evaluation,
// evaluation_date, administrator_since, pengawas_since, sanction_kind and
// sanction_date into o.
func (ld *rosterLoader) parseLawColumns(c loadRow, o *model.Official) {
	if v, i := c.cell("evaluation"); v != "" {
		e, err := model.ParseEvaluation(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.Evaluation = e
	}
	o.EvaluationDate = c.date("evaluation_date")
	o.AdministratorSince = c.date("administrator_since")
	o.PengawasSince = c.date("pengawas_since")
	if v, i := c.cell("sanction_kind"); v != "" {
		k, err := model.ParseSanctionKind(v)
		switch {
		case err != nil:
			c.fail(i, v, err)
		case k != 0 && o.Sanction != 0 && k.Severity() != o.Sanction:
			c.fail(i, v, i18n.Errorf(i18n.RosterSanctionKindSeverity, k.Severity(), o.Sanction))
		case k != 0:
			if o.SanctionKind != 0 && o.SanctionKind != k {
				c.fail(i, v, i18n.Errorf(i18n.RosterSanctionKindDiffers, o.SanctionKind))
			}
			o.Sanction, o.SanctionKind = k.Severity(), k
		}
	}
	o.SanctionDate = c.date("sanction_date")
}

// crossCheckLaw records the problems of the law's columns that involve
// more than one cell: dates after the plan date, experience dates that
// contradict each other, values set where they mean nothing.
func (ld *rosterLoader) crossCheckLaw(r *model.Roster, offCols columnMap) {
	col := func(key string) int {
		if i, ok := offCols.idx[key]; ok {
			return i
		}
		return -1
	}
	evalCol, evalDateCol := col("evaluation"), col("evaluation_date")
	adminCol, pengCol := col("administrator_since"), col("pengawas_since")
	sdCol := col("sanction_date")
	posIdx := r.PositionIndex()
	for k := range r.Officials {
		o := &r.Officials[k]
		future := func(c int, what i18n.Key) {
			if c >= 0 {
				ld.add(0, o.Row, c, Error, ld.cellValue(0, k, c), i18n.M(i18n.RosterAfterPlanDateWhy, i18n.Date(ld.date), i18n.M(what)))
			}
		}
		if !ld.date.IsZero() {
			if !o.EvaluationDate.IsZero() && o.EvaluationDate.After(ld.date) {
				future(evalDateCol, i18n.RosterEvalNotYet)
			}
			if !o.AdministratorSince.IsZero() && o.AdministratorSince.After(ld.date) {
				future(adminCol, i18n.RosterAdminFuture)
			}
			if !o.PengawasSince.IsZero() && o.PengawasSince.After(ld.date) {
				future(pengCol, i18n.RosterPengawasFuture)
			}
			if !o.SanctionDate.IsZero() && o.SanctionDate.After(ld.date) {
				ld.add(0, o.Row, sdCol, Warning, ld.cellValue(0, k, sdCol), i18n.M(i18n.RosterSanctionFuture, i18n.Date(ld.date)))
			}
		}
		for _, d := range []struct {
			c int
			t time.Time
		}{{adminCol, o.AdministratorSince}, {pengCol, o.PengawasSince}, {sdCol, o.SanctionDate}, {evalDateCol, o.EvaluationDate}} {
			if !d.t.IsZero() && !o.NIP.Birth.IsZero() && d.t.Before(o.NIP.Birth) {
				ld.add(0, o.Row, d.c, Error, ld.cellValue(0, k, d.c), i18n.M(i18n.RosterBeforeBirth))
			}
		}
		level := o.Eselon.Level()
		if j, ok := posIdx[o.Position]; ok && o.Position != "" {
			level = r.Positions[j].Eselon.Level()
		}
		if !o.AdministratorSince.IsZero() && !o.PengawasSince.IsZero() && o.PengawasSince.After(o.AdministratorSince) {
			ld.add(0, o.Row, pengCol, Warning, ld.cellValue(0, k, pengCol),
				i18n.M(i18n.RosterPengawasAfterAdmin, i18n.Date(o.AdministratorSince)))
		}
		if level == model.LevelAdministrator && !o.AdministratorSince.IsZero() && !o.PositionSince.IsZero() &&
			o.AdministratorSince.After(o.PositionSince) {
			ld.add(0, o.Row, adminCol, Error, ld.cellValue(0, k, adminCol),
				i18n.M(i18n.RosterAdminAfterPost, i18n.Date(o.PositionSince)))
		}
		if level == model.LevelPengawas && !o.PengawasSince.IsZero() && !o.PositionSince.IsZero() &&
			o.PengawasSince.After(o.PositionSince) {
			ld.add(0, o.Row, pengCol, Error, ld.cellValue(0, k, pengCol),
				i18n.M(i18n.RosterPengawasAfterPost, i18n.Date(o.PositionSince)))
		}
		if o.Evaluation != 0 && o.Position == "" {
			ld.add(0, o.Row, evalCol, Warning, ld.cellValue(0, k, evalCol), i18n.M(i18n.RosterEvalNoPost))
		}
		if !o.EvaluationDate.IsZero() && ld.cellValue(0, k, evalCol) == "" {
			ld.add(0, o.Row, evalDateCol, Warning, ld.cellValue(0, k, evalDateCol), i18n.M(i18n.RosterEvalDateNoOutcome))
		}
		if !o.SanctionDate.IsZero() && ld.cellValue(0, k, col("sanction")) == "" && ld.cellValue(0, k, col("sanction_kind")) == "" {
			ld.add(0, o.Row, sdCol, Warning, ld.cellValue(0, k, sdCol), i18n.M(i18n.RosterNoSanction))
		}
	}
}

// loadSelections reads the selection table t into r.Selections and checks
// every row against the roster: the NIP and the post must be in it, the
// post must be a JPT post, a pair and a rank within a post appear once.
func (ld *rosterLoader) loadSelections(r *model.Roster, t int) {
	cols := ld.mapHeader(t, SelectionColumns())
	tab := ld.tables[t]
	posIdx := r.PositionIndex()
	offIdx := r.OfficialIndex()
	seen := map[[2]string]int{}
	rankRow := map[string]map[int]int{}
	count := map[string]int{}
	firstRow := map[string]int{}
	for k := range tab.rows {
		row := &tab.rows[k]
		c := loadRow{ld: ld, t: t, m: cols, row: row}
		c.checkWidth()
		sel := model.Selection{Row: row.num}
		ok := true
		pos, pi := c.required("position")
		nipv, ni := c.required("nip")
		if pos == "" || nipv == "" {
			ok = false
		}
		if pos != "" {
			j, found := posIdx[pos]
			switch {
			case !found:
				c.fail(pi, pos, i18n.Errorf(i18n.RosterNoSuchPost))
				ok = false
			case r.Positions[j].Eselon.Level() != model.LevelJPT:
				c.fail(pi, pos, i18n.Errorf(i18n.RosterSelectionNotJPT, r.Positions[j].Eselon))
				ok = false
			}
			sel.Position = pos
		}
		if nipv != "" {
			if ni >= 0 && row.numeric[ni] {
				c.fail(ni, nipv, model.ErrNIPNumber)
				ok = false
			} else {
				n := strings.ReplaceAll(model.NIPDigits(nipv), " ", "")
				if _, found := offIdx[n]; !found {
					c.fail(ni, nipv, i18n.Errorf(i18n.RosterNoSuchNIP))
					ok = false
				}
				sel.NIP = n
			}
		}
		if v, i := c.cell("rank"); v != "" {
			rk, err := model.ParseSelectionRank(v)
			if err != nil {
				c.fail(i, v, i18n.Errorf(i18n.RosterSelectionRankBad))
				ok = false
			} else {
				sel.Rank = rk
				if rankRow[pos] == nil {
					rankRow[pos] = map[int]int{}
				}
				if prev, dup := rankRow[pos][rk]; dup {
					c.fail(i, v, i18n.Errorf(i18n.RosterSelectionRankTwice, rk, pos, prev))
					ok = false
				} else {
					rankRow[pos][rk] = row.num
				}
			}
		}
		if !ok {
			continue
		}
		key := [2]string{sel.Position, sel.NIP}
		if prev, dup := seen[key]; dup {
			ld.add(t, row.num, -1, Error, "", i18n.M(i18n.RosterSelectionTwice, sel.NIP, sel.Position, prev))
			continue
		}
		seen[key] = row.num
		if i := offIdx[sel.NIP]; r.Officials[i].Position == sel.Position {
			ld.add(t, row.num, ni, Warning, nipv, i18n.M(i18n.RosterSelectionHolds, sel.Position))
		}
		count[sel.Position]++
		if count[sel.Position] == 1 {
			firstRow[sel.Position] = row.num
		}
		if count[sel.Position] == 4 {
			ld.add(t, firstRow[sel.Position], pi, Warning, pos, i18n.M(i18n.RosterSelectionOver3))
		}
		r.Selections = append(r.Selections, sel)
	}
	if len(tab.rows) == 0 && tab.header != nil {
		ld.add(t, 0, -1, Warning, "", i18n.M(i18n.RosterSelectionNoRows))
	}
}
