package i18ntest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

func TestWords(t *testing.T) {
	got := Words("R-TENURE-MAX: 17 bulan pada jabatan sejak %s, SKP Baik; --lang en max_moves IV/b Plt the Post's")
	assert.Equal(t, []string{"bulan", "pada", "jabatan", "sejak", "baik", "en", "plt", "the", "post"}, got,
		"codes, flags, acronyms, numbers and verbs are no words; a flag's value and a possessive are")
}

func TestForeignAndLeaks(t *testing.T) {
	en, err := Foreign(i18n.ID)
	require.NoError(t, err)
	id, err := Foreign(i18n.EN)
	require.NoError(t, err)
	// Oracles: words only one language of the catalogue writes.
	for _, w := range []string{"the", "within", "released", "horizon"} {
		assert.True(t, en[w], "%q is an English-only word", w)
		assert.False(t, id[w], "%q is no Indonesian word", w)
	}
	for _, w := range []string{"dan", "memerlukan", "dengan", "sampai"} {
		assert.True(t, id[w], "%q is an Indonesian-only word", w)
		assert.False(t, en[w], "%q is no English word", w)
	}
	// Words of both (the law's own terms in the English texts, the
	// allowed loanwords) are in neither set.
	for _, w := range []string{"eselon", "golongan", "pdf", "optimal"} {
		assert.False(t, en[w] || id[w], "%q is written in both", w)
	}
	leaks := Leaks("RENCANA\n  - 3 tahun pada jabatan (R-TENURE-MAX)\n  - the post needs approval\n", en)
	assert.Len(t, leaks, 1)
	assert.Contains(t, leaks[0], "the post needs approval")
}

func TestJSONTexts(t *testing.T) {
	got, err := JSONTexts(`{"type":"promote","reasons":["naik","turun"],"nip":"1","x":{"reason":"r"}}`)
	require.NoError(t, err)
	assert.Equal(t, "naik\nturun\nr\n", got)
}
