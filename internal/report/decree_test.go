package report

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// TestDecreeView: the title and signature blocks in both languages, with
// and without the fields.
func TestDecreeView(t *testing.T) {
	full := model.Decree{Title: "BUPATI", Region: "CONTOH", Number: "1/2", Date: time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC),
		Subject: "S", Signer: "N", SignerNIP: "197001011995031001"}
	cases := []struct {
		d                     model.Decree
		lang                  i18n.Lang
		heading, office, date string
	}{
		{full, i18n.ID, "LAMPIRAN KEPUTUSAN BUPATI CONTOH", "BUPATI CONTOH,", "1 Maret 2028"},
		{full, i18n.EN, "ATTACHMENT TO THE DECREE OF THE REGENT OF CONTOH", "REGENT OF CONTOH,", "1 March 2028"},
		{model.Decree{Title: "GUBERNUR"}, i18n.ID, "LAMPIRAN KEPUTUSAN GUBERNUR " + decreeBlank, "GUBERNUR " + decreeBlank + ",", decreeBlank},
		{model.Decree{Region: "CONTOH"}, i18n.EN, "ATTACHMENT TO THE DECREE OF THE " + decreeBlank + " OF CONTOH", decreeBlank + " OF CONTOH,", decreeBlank},
		{model.Decree{}, i18n.ID, "LAMPIRAN KEPUTUSAN " + decreeBlank, decreeBlank + ",", decreeBlank},
	}
	for _, c := range cases {
		v := newDecreeView(c.d, c.lang)
		assert.Equal(t, c.heading, v.heading)
		assert.Equal(t, c.office, v.office)
		assert.Equal(t, c.date, v.fields[1].value)
	}
	v := newDecreeView(full, i18n.ID)
	assert.Equal(t, "NIP. 19700101 199503 1 001", v.nip)
	assert.Equal(t, "N", v.signer)
	assert.Equal(t, "Halaman 2 dari 5", v.pageLabel("2", "5"))
}
