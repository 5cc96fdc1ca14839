package policyfile

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

func TestPolicyDecree(t *testing.T) {
	file := `[decree]
title = "Wali Kota"
region = "CONTOH"
number = "800/123/BKPSDM/2028"
issued = "1 Maret 2028"
subject = "PENGANGKATAN DAN  PEMINDAHAN   DALAM JABATAN"
signer = 'Drs. Contoh Pemimpin, M.Si.'
signer_nip = "19700101 199503 1 001"
`
	p := model.DefaultPolicy(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, Read(strings.NewReader(file), "p.toml", &p))
	want := model.Decree{Title: "WALI KOTA", Region: "CONTOH", Number: "800/123/BKPSDM/2028",
		Date: time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC), Subject: "PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN",
		Signer: "Drs. Contoh Pemimpin, M.Si.", SignerNIP: "197001011995031001"}
	assert.Equal(t, want, p.Decree)

	// The printed policy reads back to the same decree.
	var b bytes.Buffer
	require.NoError(t, Write(&b, &p, i18n.EN))
	assert.Contains(t, b.String(), "issued = 2028-03-01\n")
	q := model.DefaultPolicy(time.Time{})
	require.NoError(t, Read(&b, "back.toml", &q))
	assert.Equal(t, p.Decree, q.Decree)

	// Set takes the section's keys, with or without the section.
	require.NoError(t, Set(&q, "decree.title", "bupati"))
	require.NoError(t, Set(&q, "signer", ""))
	require.NoError(t, Set(&q, "decree.issued", "2028-04-02"))
	assert.Equal(t, "BUPATI", q.Decree.Title)
	assert.Equal(t, "", q.Decree.Signer)
	assert.True(t, q.Decree.Date.Equal(time.Date(2028, 4, 2, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, Set(&q, "decree.issued", ""))
	assert.True(t, q.Decree.Date.IsZero())
	// The plan date is not the decree's.
	require.NoError(t, Set(&q, "date", "2027-01-04"))
	assert.True(t, q.Decree.Date.IsZero())
}

func TestPolicyDecreeErrors(t *testing.T) {
	cases := []struct{ key, value, want string }{
		{"decree.title", "Camat", `decree.title: bad value "Camat": want WALI KOTA, BUPATI or GUBERNUR`},
		{"decree.issued", "31 Februari 2028", `decree.issued: bad date "31 Februari 2028": want YYYY-MM-DD or 1 Maret 2028`},
		{"decree.signer_nip", "12345", `decree.signer_nip: bad NIP "12345": a NIP has 18 digits, this one 5`},
		{"decree.number", "800\n/1", `decree.number: bad value "800\n/1": control characters are not allowed`},
		{"decree.signer", "A\u202eB", `decree.signer: bad value "A\u202eB": control characters are not allowed`},
		{"decree.subject", strings.Repeat("x", 401), `decree.subject: bad value: 401 characters, at most 400`},
	}
	for _, c := range cases {
		p := model.DefaultPolicy(time.Time{})
		err := Set(&p, c.key, c.value)
		if assert.Error(t, err, c.key) {
			assert.Equal(t, c.want, err.Error())
		}
		assert.Equal(t, model.Decree{}, p.Decree, "a refused value changes nothing")
	}
	p := model.DefaultPolicy(time.Time{})
	err := Read(strings.NewReader("[decree]\ntitle = \"Lurah\"\n"), "p.toml", &p)
	assert.EqualError(t, err, `p.toml:2: title: bad value "Lurah": want WALI KOTA, BUPATI or GUBERNUR`)
}
