package rosterfile

import (
	"fmt"
	"strconv"

	"github.com/mutasi-id/mutasi/model"
)

// Column is one known column of a roster table (docs/roster-files.md):
// the one definition of the columns that the loader reads and that the
// writers of rosters (bench's generator, the sample's maker) write.
type Column struct {
	// Key is the column's canonical name; Alias its Indonesian name, ""
	// when it is the same as Key. The loader reads both; files are
	// written under Name.
	Key, Alias string
	// Required columns must be in every file of their table.
	Required bool
	// Numeric columns hold numbers (levels, potentials, priorities,
	// ranks): a workbook holds their cells as numbers, as an analyst's
	// spreadsheet does (Cell). Every other column is text, the NIP above
	// all (Excel keeps 15 digits of a number), and so is
	// predikat_kinerja, a predicate in words in most rosters even where
	// a row gives a score.
	Numeric bool
}

// Cell returns what a workbook's cell of the column holds for the text v:
// nothing (nil) for an empty text, a number (float64) for a number in a
// Numeric column, the text otherwise.
func (c Column) Cell(v string) any {
	if v == "" {
		return nil
	}
	if c.Numeric {
		if x, err := strconv.ParseFloat(v, 64); err == nil {
			return x
		}
	}
	return v
}

// Name returns the name files are written with: the Indonesian alias, or
// the key when the column has none.
func (c Column) Name() string {
	if c.Alias != "" {
		return c.Alias
	}
	return c.Key
}

// Select returns the columns of cols with the given canonical keys, in the
// order of keys: the columns a writer of a roster file writes. A key that
// is not a column of cols is an error.
func Select(cols []Column, keys ...string) ([]Column, error) {
	byKey := make(map[string]Column, len(cols))
	for _, c := range cols {
		byKey[c.Key] = c
	}
	out := make([]Column, len(keys))
	for k, key := range keys {
		c, ok := byKey[key]
		if !ok {
			return nil, fmt.Errorf("rosterfile: no column %q", key)
		}
		out[k] = c
	}
	return out, nil
}

// Header returns the names (Column.Name) of the columns of cols with the
// given canonical keys, in the order of keys: the header a writer of a
// roster file writes. A key that is not a column of cols is an error.
func Header(cols []Column, keys ...string) ([]string, error) {
	sel, err := Select(cols, keys...)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(sel))
	for k, c := range sel {
		out[k] = c.Name()
	}
	return out, nil
}

// loadCompetencyKeys are the canonical names of the competency columns in
// Profile order.
var loadCompetencyKeys = [model.NumCompetencies]string{"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "sk", "teknis"}

// competencyColumns returns the competency columns, M1 … SK under their
// codes and the technical competency as teknis (also read as
// kompetensi_teknis: competencyAliases).
func competencyColumns() []Column {
	var cols []Column
	for _, key := range loadCompetencyKeys {
		cols = append(cols, Column{Key: key, Numeric: true})
	}
	return cols
}

// competencyAliases are further names of the competency columns, by
// rosterHeaderKey, in both tables.
func competencyAliases() map[string]string {
	return map[string]string{"kompetensi_teknis": "teknis"}
}

// OfficialColumns returns the columns of the officials file.
func OfficialColumns() []Column {
	cols := []Column{
		{Key: "nip", Required: true},
		{Key: "name", Alias: "nama", Required: true},
		// rank is required unless the file has a pangkat column (Load).
		{Key: "rank", Alias: "golongan"},
		{Key: "position", Alias: "jabatan_id"},
		{Key: "position_since", Alias: "tmt_jabatan"},
		{Key: "performance", Alias: "predikat_kinerja", Required: true},
		{Key: "potential", Alias: "potensi", Numeric: true},
		{Key: "talent_box", Alias: "kotak_talenta", Numeric: true},
	}
	cols = append(cols, competencyColumns()...)
	return append(cols,
		Column{Key: "family", Alias: "rumpun"},
		Column{Key: "education", Alias: "pendidikan"},
		Column{Key: "training", Alias: "diklat"},
		Column{Key: "training_in_progress", Alias: "sedang_diklat"},
		Column{Key: "sanction", Alias: "hukuman_disiplin"},
		Column{Key: "sanction_until", Alias: "hukuman_sampai"},
		Column{Key: "birth_date", Alias: "tanggal_lahir"},
		Column{Key: "eselon"},
		Column{Key: "evaluation", Alias: "hasil_evaluasi"},
		Column{Key: "evaluation_date", Alias: "tanggal_evaluasi"},
		Column{Key: "administrator_since", Alias: "tmt_administrator"},
		Column{Key: "pengawas_since", Alias: "tmt_pengawas"},
		Column{Key: "sanction_kind", Alias: "jenis_hukuman"},
		Column{Key: "sanction_date", Alias: "tanggal_hukuman"},
		Column{Key: "pangkat"},
		Column{Key: "title_before", Alias: "gelar_depan"},
		Column{Key: "title_after", Alias: "gelar_belakang"},
		Column{Key: "unit", Alias: "unit_kerja"},
		Column{Key: "education_name", Alias: "nama_pendidikan"},
	)
}

// PositionColumns returns the columns of the positions file.
func PositionColumns() []Column {
	cols := []Column{
		{Key: "id", Required: true},
		{Key: "name", Alias: "nama_jabatan", Required: true},
		{Key: "unit", Alias: "unit_kerja", Required: true},
		{Key: "eselon", Required: true},
	}
	cols = append(cols, competencyColumns()...)
	return append(cols,
		Column{Key: "priority", Alias: "prioritas", Numeric: true},
		Column{Key: "family", Alias: "rumpun"},
		Column{Key: "approval", Alias: "persetujuan"},
	)
}

// SelectionColumns returns the columns of the open selections' results.
func SelectionColumns() []Column {
	return []Column{
		{Key: "position", Alias: "jabatan_id", Required: true},
		{Key: "nip", Required: true},
		{Key: "rank", Alias: "peringkat", Numeric: true},
		{Key: "name", Alias: "nama"},
	}
}
