package i18n

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLang(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Lang
		ok   bool
	}{{"", ID, true}, {"id", ID, true}, {"ID", ID, true}, {" en ", EN, true}, {"EN", EN, true},
		{"fr", ID, false}, {"indonesia", ID, false}} {
		got, err := ParseLang(c.in)
		assert.Equal(t, c.ok, err == nil, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
	_, err := ParseLang("fr")
	assert.Equal(t, `bahasa "fr" tidak dikenal: pilih id atau en`, ErrorText(err, ID))
	assert.Equal(t, `unknown language "fr": want id or en`, err.Error(), "Error is English, for developers")
	var l Lang
	require.NoError(t, l.Set("en"))
	assert.Equal(t, EN, l)
	assert.Equal(t, "en", l.String())
	assert.Equal(t, "id", Lang(0).String(), "the zero language is Indonesian")
}

func TestDec(t *testing.T) {
	for _, c := range []struct {
		v      float64
		prec   int
		id, en string
	}{
		{0.833, 2, "0,83", "0.83"},
		{-0.833, 2, "-0,83", "-0.83"},
		{287.19401, 4, "287,1940", "287.1940"},
		{12345.5, 1, "12345,5", "12345.5"}, // no thousands separator
		{-0.0001, 2, "0,00", "0.00"},       // no "-0"
		{1.25, -1, "1,25", "1.25"},
		{2, -1, "2", "2"},
		{math.Inf(1), 2, "∞", "∞"},
		{math.Inf(-1), 2, "-∞", "-∞"},
	} {
		assert.Equal(t, c.id, ID.Dec(c.v, c.prec), "%v", c.v)
		assert.Equal(t, c.en, EN.Dec(c.v, c.prec), "%v", c.v)
	}
	assert.Equal(t, "93,1%", ID.Pct(0.9306, 1))
	assert.Equal(t, "86%", EN.Pct(0.861, 0))
	assert.Equal(t, "[0,25; 1,5]", "["+ID.Dec(0.25, 2)+ID.NumSep()+ID.Dec(1.5, 1)+"]")
	assert.Equal(t, "[0.25, 1.5]", "["+EN.Dec(0.25, 2)+EN.NumSep()+EN.Dec(1.5, 1)+"]")
}

func TestDate(t *testing.T) {
	d := time.Date(2028, time.March, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "1 Maret 2028", ID.Date(d))
	assert.Equal(t, "1 March 2028", EN.Date(d))
	for m := time.January; m <= time.December; m++ {
		assert.NotEqual(t, "", monthName(ID, m))
	}
	assert.Equal(t, "Agustus", monthName(ID, time.August))
	assert.Equal(t, "-", ID.Date(time.Time{}))
}

func TestMonthsAndCounts(t *testing.T) {
	for _, c := range []struct {
		n      int
		id, en string
	}{
		{74, "6 tahun 2 bulan", "6 years 2 months"},
		{12, "1 tahun", "1 year"},
		{1, "1 bulan", "1 month"},
		{0, "0 bulan", "0 months"},
		{13, "1 tahun 1 bulan", "1 year 1 month"},
		{-3, "-3 bulan", "-3 months"},
	} {
		assert.Equal(t, c.id, Months(c.n).Text(ID))
		assert.Equal(t, c.en, Months(c.n).Text(EN))
	}
	assert.Equal(t, "12 jabatan", ID.Count(12, UnitPost))
	assert.Equal(t, "12 posts", EN.Count(12, UnitPost))
	assert.Equal(t, "1 post", EN.Count(1, UnitPost))
}

func TestMsgArguments(t *testing.T) {
	// Numbers that are identifiers keep every digit: no grouping.
	assert.Equal(t, "2028 tahun", ID.Count(2028, UnitYear))
	m := M(LangUnknown, Date(time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC)))
	assert.Contains(t, m.Text(ID), `"1 Maret 2028"`, "a Localizer argument is rendered in the language")
	assert.Contains(t, m.Text(EN), `"1 March 2028"`)
	nested := M(LangUnknown, M(WordNone))
	assert.Contains(t, nested.Text(ID), `"tidak ada"`)
	assert.Contains(t, nested.Text(EN), `"none"`)
	assert.Equal(t, "0,5, 1 tahun", List([]any{Num(0.5, 1), Months(12)}).Text(ID))
	assert.Equal(t, []string{"lang.unknown"}, Codes([]Msg{m}))
	assert.Equal(t, m.Text(EN), m.String())
}

func TestErrorText(t *testing.T) {
	_, statErr := os.Stat(filepath.Join(t.TempDir(), "pejabat.csv"))
	require.Error(t, statErr)
	assert.Regexp(t, `pejabat\.csv: berkas atau folder tidak ada$`, ErrorText(statErr, ID))
	assert.Regexp(t, `pejabat\.csv: no such file or folder$`, ErrorText(statErr, EN))

	wrapped := Errorf(LangUnknown, statErr)
	assert.True(t, errors.Is(wrapped, fs.ErrNotExist), "an *Error wraps its error arguments")
	var pe *fs.PathError
	assert.True(t, errors.As(wrapped, &pe))
	assert.Contains(t, ErrorText(wrapped, ID), "berkas atau folder tidak ada")

	_, numErr := strconv.Atoi("x1")
	assert.Equal(t, `"x1" bukan bilangan`, ErrorText(numErr, ID))
	assert.Equal(t, "dibatalkan", ErrorText(context.Canceled, ID))
	// encoding/csv's errors a user's file can cause (rosters and cost
	// matrices alike).
	assert.Equal(t, `tanda kutip " di dalam sel yang tidak dikutip`, ErrorText(csv.ErrBareQuote, ID))
	assert.Equal(t, `extraneous or missing " in quoted-field`, ErrorText(csv.ErrQuote, EN))
	// A wrapped error of another package keeps its own words.
	other := fmt.Errorf("solver: %w", context.Canceled)
	assert.Equal(t, "solver: context canceled", ErrorText(other, ID))
	assert.Equal(t, "", ErrorText(nil, ID))
}

func TestIntAndBytes(t *testing.T) {
	assert.Equal(t, "1.048.576", ID.Int(1048576))
	assert.Equal(t, "1,048,576", EN.Int(1048576))
	assert.Equal(t, "-1.000", ID.Int(-1000))
	assert.Equal(t, "999", ID.Int(999))
	assert.Equal(t, "2,0 GB", ID.Bytes(2<<30))
	assert.Equal(t, "128 MB", EN.Bytes(128<<20))
	assert.Equal(t, "1000 bytes", EN.Bytes(1000))
	assert.Equal(t, "1 byte", EN.Bytes(1))
}

func TestSig(t *testing.T) {
	assert.Equal(t, "2,48e-10", Sig{V: 2.4812e-10, Digits: 3}.Text(ID))
	assert.Equal(t, "2.48e-10", Sig{V: 2.4812e-10, Digits: 3}.Text(EN))
	assert.Equal(t, "0,277322", Sig{V: 0.27732222222221026, Digits: 6}.Text(ID))
	assert.Equal(t, "12", Sig{V: 12, Digits: 6}.Text(ID))
}
