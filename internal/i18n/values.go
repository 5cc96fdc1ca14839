package i18n

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// This file holds the values whose writing depends on the language: dates,
// decimals, percentages, durations and counted nouns. They are arguments of
// messages (each is a Localizer) and methods of Lang for table cells.

// monthName names the month m in l.
func monthName(l Lang, m time.Month) string {
	if l == EN {
		return m.String()
	}
	switch m {
	case time.January:
		return "Januari"
	case time.February:
		return "Februari"
	case time.March:
		return "Maret"
	case time.April:
		return "April"
	case time.May:
		return "Mei"
	case time.June:
		return "Juni"
	case time.July:
		return "Juli"
	case time.August:
		return "Agustus"
	case time.September:
		return "September"
	case time.October:
		return "Oktober"
	case time.November:
		return "November"
	case time.December:
		return "Desember"
	}
	return m.String()
}

// Date writes a calendar day as a decree does: "1 Maret 2028" in
// Indonesian, "1 March 2028" in English. The zero time is "-".
func (l Lang) Date(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return strconv.Itoa(t.Day()) + " " + monthName(l, t.Month()) + " " + strconv.Itoa(t.Year())
}

// Dec writes v with prec decimals (prec < 0: as few as needed) and the
// language's decimal mark: "0,83" in Indonesian, "0.83" in English. No
// thousands separator is written, so that a column of numbers stays one
// word wide; a value that rounds to zero has no minus sign; the infinities
// are "∞" and "-∞".
func (l Lang) Dec(v float64, prec int) string {
	switch {
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "-∞"
	case math.IsNaN(v):
		return "-"
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.HasPrefix(s, "-") && strings.Trim(s, "-0.") == "" {
		s = s[1:]
	}
	if l == ID {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// NumSep separates two numbers written side by side, as in an interval:
// "; " in Indonesian, whose decimal mark is the comma ("[0,25; 1,5]"),
// ", " in English ("[0.25, 1.5]").
func (l Lang) NumSep() string {
	if l == ID {
		return "; "
	}
	return ", "
}

// Pct writes the fraction f as a percentage with prec decimals: "86%",
// "93,1%".
func (l Lang) Pct(f float64, prec int) string { return l.Dec(f*100, prec) + "%" }

// Months writes a duration in months: "6 tahun 2 bulan", "1 year",
// "3 months".
func (l Lang) Months(n int) string {
	neg := ""
	if n < 0 {
		neg, n = "-", -n
	}
	y, m := n/12, n%12
	switch {
	case y == 0:
		return neg + l.Count(m, UnitMonth)
	case m == 0:
		return neg + l.Count(y, UnitYear)
	}
	return neg + l.Count(y, UnitYear) + " " + l.Count(m, UnitMonth)
}

// Count writes n and the noun k: "12 jabatan", "12 posts", "1 post". An
// English noun of the catalogue is written "singular|plural".
func (l Lang) Count(n int, k Key) string {
	return strconv.Itoa(n) + " " + l.Noun(n, k)
}

// Noun returns the noun k in the number n asks for: Indonesian nouns do
// not change, English ones are "singular|plural" in the catalogue.
func (l Lang) Noun(n int, k Key) string {
	s := l.T(k)
	one, many, ok := strings.Cut(s, "|")
	if !ok {
		return s
	}
	if n == 1 {
		return one
	}
	return many
}

// Date is a calendar day as an argument of a message.
type Date time.Time

// Text writes the date in l (Lang.Date).
func (d Date) Text(l Lang) string { return l.Date(time.Time(d)) }

// Dec is a decimal number as an argument of a message: V with Prec decimals
// (Prec < 0: as few as needed).
type Dec struct {
	V    float64
	Prec int
}

// Num returns v as a decimal with prec decimals.
func Num(v float64, prec int) Dec { return Dec{V: v, Prec: prec} }

// Text writes the number in l (Lang.Dec).
func (d Dec) Text(l Lang) string { return l.Dec(d.V, d.Prec) }

// Pct is a fraction written as a percentage, as an argument of a message.
type Pct struct {
	F    float64
	Prec int
}

// Percent returns the fraction f as a whole percentage.
func Percent(f float64) Pct { return Pct{F: f} }

// Text writes the percentage in l (Lang.Pct).
func (p Pct) Text(l Lang) string { return l.Pct(p.F, p.Prec) }

// Months is a duration in months as an argument of a message.
type Months int

// Text writes the duration in l (Lang.Months).
func (m Months) Text(l Lang) string { return l.Months(int(m)) }

// Count is a number and its noun as an argument of a message.
type Count struct {
	N    int
	Noun Key
}

// Text writes the count in l (Lang.Count).
func (c Count) Text(l Lang) string { return l.Count(c.N, c.Noun) }

// Int writes a count with the language's thousands separator: "1.048.576"
// in Indonesian, "1,048,576" in English. Identifiers (NIPs, years, row
// numbers, post ids) are never written with it: they are %d.
func (l Lang) Int(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	sep := byte('.')
	if l == EN {
		sep = ','
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, sep)
		}
		out = append(out, s[i])
	}
	return string(out)
}

// Bytes writes a size: "2,0 GB", "128 MB", "640 KB", "1000 byte".
func (l Lang) Bytes(n int64) string {
	switch {
	case n >= 1<<30:
		return l.Dec(float64(n)/(1<<30), 1) + " GB"
	case n >= 1<<20:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return l.Count(int(n), UnitByte)
}

// Int is a count as an argument of a message, written with the language's
// thousands separator (Lang.Int).
type Int int64

// Text writes the count in l.
func (n Int) Text(l Lang) string { return l.Int(int64(n)) }

// Bytes is a size as an argument of a message (Lang.Bytes).
type Bytes int64

// Text writes the size in l.
func (b Bytes) Text(l Lang) string { return l.Bytes(int64(b)) }

// Sig is a number written with Digits significant digits, in exponent
// form when it is very small or very large ("2,48e-10"), as an argument of
// a message: a tolerance, a price.
type Sig struct {
	V      float64
	Digits int
}

// Text writes the number in l, with the language's decimal mark.
func (s Sig) Text(l Lang) string {
	out := strconv.FormatFloat(s.V, 'g', s.Digits, 64)
	if l == ID {
		out = strings.Replace(out, ".", ",", 1)
	}
	return out
}
