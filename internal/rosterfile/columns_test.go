package rosterfile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestColumnCell: a numeric column's number is a number cell, anything
// else in it (a word, a date) stays text; a text column keeps a number as
// text (the NIP); an empty text is no cell at all.
func TestColumnCell(t *testing.T) {
	sel, err := Select(OfficialColumns(), "nip", "performance", "potential", "teknis", "position_since")
	require.NoError(t, err)
	nip, perf, pot, teknis, since := sel[0], sel[1], sel[2], sel[3], sel[4]
	for _, c := range []struct {
		col  Column
		v    string
		want any
	}{
		{nip, "196804111993031009", "196804111993031009"},
		{perf, "88.5", "88.5"},
		{perf, "Baik", "Baik"},
		{pot, "82", 82.0},
		{pot, "82.5", 82.5},
		{pot, "tinggi", "tinggi"},
		{teknis, "4", 4.0},
		{since, "2020-01-02", "2020-01-02"},
		{pot, "", nil},
		{nip, "", nil},
	} {
		assert.Equal(t, c.want, c.col.Cell(c.v), "%s %q", c.col.Key, c.v)
	}
}

// TestSelect: the columns come in the order of the keys, under the names
// the loader reads back to the same keys; an unknown key is an error.
func TestSelect(t *testing.T) {
	for _, cols := range [][]Column{OfficialColumns(), PositionColumns(), SelectionColumns()} {
		keys := make([]string, len(cols))
		for k, c := range cols {
			keys[len(cols)-1-k] = c.Key
		}
		sel, err := Select(cols, keys...)
		require.NoError(t, err)
		names, err := Header(cols, keys...)
		require.NoError(t, err)
		for k, c := range sel {
			assert.Equal(t, keys[k], c.Key)
			assert.Equal(t, c.Name(), names[k])
		}
		_, err = Select(cols, "no_such_column")
		assert.Error(t, err)
	}
	// The numeric columns: the levels, the potential, the talent box, the
	// priority, the selection's rank; not the performance.
	var numeric []string
	for _, cols := range [][]Column{OfficialColumns(), PositionColumns(), SelectionColumns()} {
		for _, c := range cols {
			if c.Numeric {
				numeric = append(numeric, c.Name())
			}
		}
	}
	assert.Equal(t, []string{"potensi", "kotak_talenta", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "sk", "teknis",
		"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "sk", "teknis", "prioritas", "peringkat"}, numeric)
}
