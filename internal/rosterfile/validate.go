package rosterfile

import (
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// This file holds the checks that look at more than one cell: uniqueness,
// references between the two files, and dates against each other and the
// plan date.

// crossCheck records the problems between rows and between cells of a row
// of a parsed roster. Officials and positions carry their source rows.
func (ld *rosterLoader) crossCheck(r *model.Roster, offCols, posCols columnMap) {
	col := func(m columnMap, key string) int {
		if i, ok := m.idx[key]; ok {
			return i
		}
		return -1
	}
	if len(r.Officials) == 0 && ld.tables[0].header != nil {
		ld.add(0, 0, -1, Error, "", i18n.M(i18n.RosterNoOfficials))
	}
	if len(r.Positions) == 0 && ld.tables[1].header != nil {
		ld.add(1, 0, -1, Error, "", i18n.M(i18n.RosterNoPosts))
	}

	// Post ids are unique; keep the first row of each for the messages.
	idCol := col(posCols, "id")
	posRow := map[string]int{}
	posByFold := map[string]string{}
	posIdx := map[string]int{}
	for j := range r.Positions {
		p := &r.Positions[j]
		if p.ID == "" {
			continue
		}
		if first, dup := posRow[p.ID]; dup {
			ld.add(1, p.Row, idCol, Error, p.ID, i18n.M(i18n.RosterDupPostID, first))
			continue
		}
		posRow[p.ID] = p.Row
		posIdx[p.ID] = j
		posByFold[strings.ToLower(p.ID)] = p.ID
	}

	nipCol := col(offCols, "nip")
	posCol := col(offCols, "position")
	sinceCol := col(offCols, "position_since")
	birthCol := col(offCols, "birth_date")
	untilCol := col(offCols, "sanction_until")
	eselonCol := col(offCols, "eselon")
	sanctionCol := col(offCols, "sanction")
	nipRow := map[string]int{}
	holder := map[string]int{} // post id -> row of the official holding it
	sinceMissing := false
	for i := range r.Officials {
		o := &r.Officials[i]
		if o.NIP.Raw != "" {
			if first, dup := nipRow[o.NIP.Raw]; dup {
				ld.add(0, o.Row, nipCol, Error, ld.cellValue(0, i, nipCol), i18n.M(i18n.RosterDupNIP, first))
			} else {
				nipRow[o.NIP.Raw] = o.Row
			}
		}
		// Without an id column the positions file was reported already:
		// every reference would fail for the same reason.
		if o.Position != "" && idCol >= 0 {
			if j, ok := posIdx[o.Position]; !ok {
				reason := i18n.M(i18n.RosterNoSuchPost)
				if near, ok := posByFold[strings.ToLower(o.Position)]; ok {
					reason = i18n.M(i18n.RosterNoSuchPostNear, near)
				}
				ld.add(0, o.Row, posCol, Error, o.Position, reason)
			} else {
				if first, taken := holder[o.Position]; taken {
					ld.add(0, o.Row, posCol, Error, o.Position, i18n.M(i18n.RosterTwoInOnePost, first))
				} else {
					holder[o.Position] = o.Row
				}
				if pe := r.Positions[j].Eselon; o.Eselon != 0 && pe != 0 && o.Eselon != pe {
					ld.add(0, o.Row, eselonCol, Warning, ld.cellValue(0, i, eselonCol),
						i18n.M(i18n.RosterEselonIgnored, o.Position, pe))
				}
				// Official.Eselon is only for posts outside the roster: the
				// post's own eselon is the one that counts.
				o.Eselon = 0
			}
		}
		if o.Position != "" {
			if o.PositionSince.IsZero() && sinceCol >= 0 && ld.cellEmpty(0, i, sinceCol) {
				ld.add(0, o.Row, sinceCol, Error, "", i18n.M(i18n.RosterSinceEmpty))
			} else if sinceCol < 0 && !sinceMissing {
				// Said once, at the header, like any missing required column.
				sinceMissing = true
				ld.addNamed(0, 1, "position_since", Error, i18n.M(i18n.RosterSinceColumnMissing))
			}
		}
		if !o.PositionSince.IsZero() {
			switch {
			case !ld.date.IsZero() && o.StartsAfter(ld.date):
				ld.add(0, o.Row, sinceCol, Error, ld.cellValue(0, i, sinceCol),
					i18n.M(i18n.RosterAfterPlanDate, i18n.Date(ld.date)))
			case !o.NIP.Birth.IsZero() && o.PositionSince.Before(o.NIP.Birth):
				ld.add(0, o.Row, sinceCol, Error, ld.cellValue(0, i, sinceCol), i18n.M(i18n.RosterBeforeBirth))
			case !o.NIP.Appointed.IsZero() && o.PositionSince.Before(o.NIP.Appointed):
				ld.add(0, o.Row, sinceCol, Warning, ld.cellValue(0, i, sinceCol),
					i18n.M(i18n.RosterBeforeAppointment, o.NIP.Appointed.Format("2006-01")))
			}
			if o.Position == "" && o.Eselon == 0 {
				ld.add(0, o.Row, sinceCol, Warning, ld.cellValue(0, i, sinceCol), i18n.M(i18n.RosterSinceIgnored))
			}
		}
		if !o.BirthDate.IsZero() && !o.NIP.Birth.IsZero() && !o.BirthDate.Equal(o.NIP.Birth) {
			ld.add(0, o.Row, birthCol, Error, ld.cellValue(0, i, birthCol),
				i18n.M(i18n.RosterBirthDiffers, i18n.Date(o.NIP.Birth)))
		}
		if o.BirthDate.IsZero() {
			o.BirthDate = o.NIP.Birth
		}
		// An unreadable sanction was reported already: no second message.
		if _, err := model.ParseSanction(ld.cellValue(0, i, sanctionCol)); !o.SanctionUntil.IsZero() && o.Sanction == 0 && err == nil {
			ld.add(0, o.Row, untilCol, Warning, ld.cellValue(0, i, untilCol), i18n.M(i18n.RosterNoSanction))
		}
	}
}

// cellEmpty reports whether the cell of table t at row index k (not the
// spreadsheet row) and column index col is blank, so that a date already
// reported as unreadable is not reported again as missing.
func (ld *rosterLoader) cellEmpty(t, k, col int) bool {
	r := ld.tables[t].rows[k]
	return col >= len(r.cells) || strings.TrimSpace(r.cells[col]) == ""
}

// cellValue returns the trimmed cell of table t at row index k and column
// index col, "" when there is none: messages quote the value as written.
func (ld *rosterLoader) cellValue(t, k, col int) string {
	if col < 0 {
		return ""
	}
	r := ld.tables[t].rows[k]
	if col >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[col])
}

// loadISODate formats a date as YYYY-MM-DD.
func loadISODate(t time.Time) string { return t.Format("2006-01-02") }
