package rosterfile

import (
	"fmt"

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
}

// Name returns the name files are written with: the Indonesian alias, or
// the key when the column has none.
func (c Column) Name() string {
	if c.Alias != "" {
		return c.Alias
	}
	return c.Key
}

// Header returns the names (Column.Name) of the columns of cols with the
// given canonical keys, in the order of keys: the header a writer of a
// roster file writes. A key that is not a column of cols is an error.
func Header(cols []Column, keys ...string) ([]string, error) {
	byKey := make(map[string]Column, len(cols))
	for _, c := range cols {
		byKey[c.Key] = c
	}
	out := make([]string, len(keys))
	for k, key := range keys {
		c, ok := byKey[key]
		if !ok {
			return nil, fmt.Errorf("rosterfile: no column %q", key)
		}
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
		cols = append(cols, Column{key, "", false})
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
		{"nip", "", true},
		{"name", "nama", true},
		// rank is required unless the file has a pangkat column (Load).
		{"rank", "golongan", false},
		{"position", "jabatan_id", false},
		{"position_since", "tmt_jabatan", false},
		{"performance", "predikat_kinerja", true},
		{"potential", "potensi", false},
		{"talent_box", "kotak_talenta", false},
	}
	cols = append(cols, competencyColumns()...)
	return append(cols,
		Column{"family", "rumpun", false},
		Column{"education", "pendidikan", false},
		Column{"training", "diklat", false},
		Column{"training_in_progress", "sedang_diklat", false},
		Column{"sanction", "hukuman_disiplin", false},
		Column{"sanction_until", "hukuman_sampai", false},
		Column{"birth_date", "tanggal_lahir", false},
		Column{"eselon", "", false},
		Column{"evaluation", "hasil_evaluasi", false},
		Column{"evaluation_date", "tanggal_evaluasi", false},
		Column{"administrator_since", "tmt_administrator", false},
		Column{"pengawas_since", "tmt_pengawas", false},
		Column{"sanction_kind", "jenis_hukuman", false},
		Column{"sanction_date", "tanggal_hukuman", false},
		Column{"pangkat", "", false},
		Column{"title_before", "gelar_depan", false},
		Column{"title_after", "gelar_belakang", false},
		Column{"unit", "unit_kerja", false},
		Column{"education_name", "nama_pendidikan", false},
	)
}

// PositionColumns returns the columns of the positions file.
func PositionColumns() []Column {
	cols := []Column{
		{"id", "", true},
		{"name", "nama_jabatan", true},
		{"unit", "unit_kerja", true},
		{"eselon", "", true},
	}
	cols = append(cols, competencyColumns()...)
	return append(cols,
		Column{"priority", "prioritas", false},
		Column{"family", "rumpun", false},
		Column{"approval", "persetujuan", false},
	)
}

// SelectionColumns returns the columns of the open selections' results.
func SelectionColumns() []Column {
	return []Column{
		{"position", "jabatan_id", true},
		{"nip", "", true},
		{"rank", "peringkat", false},
		{"name", "nama", false},
	}
}
