package model

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// This file holds the parsers of single cell values. Each returns the zero
// value and an error whose text is the reason a user reads after the cell
// ("not a rank (I/a … IV/e)"), so the loader can prefix file, row, column and
// value.

// parseNorm lower-cases s, trims it and collapses runs of white space to one
// space, so that "Sangat  Baik " and "sangat baik" compare equal.
func parseNorm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// parseSqueeze lower-cases s and drops spaces and the separators people put in
// codes ('.', '/', '-', '_'), so that "IV/b", "IV.b", "iv-b" and "IV b" all
// become "ivb".
func parseSqueeze(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case ' ', '\t', '\u00a0', '.', '/', '-', '_':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// parseRomanLetter splits a squeezed code such as "ivb" or "4b" into its
// group number (1–4, from roman or arabic digits) and its trailing letter.
func parseRomanLetter(s string) (group int, letter byte, ok bool) {
	if len(s) < 2 {
		return 0, 0, false
	}
	letter = s[len(s)-1]
	if letter < 'a' || letter > 'z' {
		return 0, 0, false
	}
	switch s[:len(s)-1] {
	case "i", "1":
		group = 1
	case "ii", "2":
		group = 2
	case "iii", "3":
		group = 3
	case "iv", "4":
		group = 4
	default:
		return 0, 0, false
	}
	return group, letter, true
}

// ParseRank parses a golongan/ruang such as "IV/b". The code may be written
// with '/', '.', '-', a space or no separator ("IV/b", "IV.b", "IV-b",
// "IV b", "ivb") and with an arabic group number ("4/b"). Groups I–III have
// ruang a–d, group IV a–e.
//
// The code may come with its pangkat (PP 99/2000), before or after it, as
// exports and decrees write it: "Pembina Tingkat I (IV/b)", "Pembina Tk. I,
// IV/b", "Pembina Utama Muda, IV/c" (the lampiran's own form), "IV/b -
// Pembina Tk.I", "Gol. IV/b"; or the pangkat alone ("Pembina Tingkat I").
// A pangkat that names another rank than the code is an error.
func ParseRank(s string) (Rank, error) {
	bad := i18n.Errorf(i18n.RosterRankBad)
	toks := rankTokens(s)
	for len(toks) > 0 && (toks[0] == "gol" || toks[0] == "golongan" || toks[0] == "ruang" || toks[0] == "pangkat") {
		toks = toks[1:]
	}
	named, rest := rankByPangkat(toks)
	if len(rest) == 0 {
		if named == 0 {
			return 0, bad
		}
		return named, nil
	}
	code, ok := rankOfCode(strings.Join(rest, ""))
	if !ok {
		return 0, bad
	}
	if named != 0 && named != code {
		return 0, i18n.Errorf(i18n.RosterRankPangkat, named.Pangkat(), named, code)
	}
	return code, nil
}

// rankOfCode parses a squeezed golongan/ruang code such as "ivb" or "4b".
func rankOfCode(s string) (Rank, bool) {
	g, l, ok := parseRomanLetter(s)
	if !ok {
		return 0, false
	}
	maxLetter := byte('d')
	if g == 4 {
		maxLetter = 'e'
	}
	if l < 'a' || l > maxLetter {
		return 0, false
	}
	return Rank((g-1)*4 + int(l-'a') + 1), true
}

// rankTokens splits a rank cell into lower-case runs of ASCII letters and
// digits ("Pembina Tk. I (IV/b)" is pembina tingkat i iv b), reading the
// abbreviations "Tk." and "Tkt." and the number in "Tingkat 1" as the
// pangkat's own words. Any other character separates.
func rankTokens(s string) []string {
	var toks []string
	start := -1
	s = strings.ToLower(s)
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	for k, w := range toks {
		switch {
		case w == "tk" || w == "tkt":
			toks[k] = "tingkat"
		case w == "1" && k > 0 && toks[k-1] == "tingkat":
			toks[k] = "i"
		}
	}
	return toks
}

// rankByPangkat finds a pangkat name at the start or else at the end of
// the tokens, the longest that matches, and returns its rank and the other
// tokens. It returns 0 and the tokens unchanged when neither end names one.
func rankByPangkat(toks []string) (Rank, []string) {
	joined := strings.Join(toks, " ")
	var best Rank
	var rest string
	for r := Rank(1); r.Valid(); r++ {
		name := r.Pangkat()
		n := len(name)
		if n <= len(best.Pangkat()) || n > len(joined) {
			continue
		}
		switch {
		case strings.EqualFold(joined[:n], name) && (n == len(joined) || joined[n] == ' '):
			best, rest = r, joined[n:]
		case strings.EqualFold(joined[len(joined)-n:], name) && (n == len(joined) || joined[len(joined)-n-1] == ' '):
			best, rest = r, joined[:len(joined)-n]
		}
	}
	if best == 0 {
		return 0, toks
	}
	return best, strings.Fields(rest)
}

// ParseEselon parses an eselon code of local government, II.a … IV.b, written
// with '.', '/', '-', a space or no separator, in roman or arabic digits
// ("II.a", "IIa", "II/a", "2a"), after the word "Eselon" or not.
func ParseEselon(s string) (Eselon, error) {
	g, l, ok := parseRomanLetter(strings.TrimPrefix(parseSqueeze(s), "eselon"))
	if !ok || g < 2 || (l != 'a' && l != 'b') {
		return 0, i18n.Errorf(i18n.RosterEselonBad)
	}
	return EselonIIa + Eselon((g-2)*2+int(l-'a')), nil
}

// nipDigits strips the spaces a NIP is written with in decrees
// ("19660801 198803 1 001") and a leading apostrophe (Excel's text marker
// when it leaks into a CSV export).
func nipDigits(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "'")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\t', '\u00a0':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nipLostDigits reports whether s looks like a NIP that went through a
// spreadsheet number: exponent form ("1.96608011988031E+17") or a decimal
// point. Such a value has lost its last digits and cannot be repaired.
func nipLostDigits(s string) bool {
	d := nipDigits(s)
	if !strings.ContainsAny(d, "eE.,") {
		return false
	}
	_, err := strconv.ParseFloat(strings.ReplaceAll(d, ",", "."), 64)
	return err == nil
}

// errNIPNumber is the reason given for a NIP that was stored as a number.
var errNIPNumber = i18n.Errorf(i18n.RosterNIPNumber)

// pppkMonth is the value of the appointment-month digits (13–14) that marks
// a PPPK number (Nomor Induk PPPK): PPPK numbers carry a code there instead
// of a month, so the month can never be real and no PNS NIP is misread. This
// is our reading of the numbers BKN issues, not a published regulation:
// DOMAIN.md says only "do not apply these checks to them".
const pppkMonth = "21"

// ParseNIP parses and validates an 18-digit NIP (Perka BKN 22/2007): spaces
// are dropped; the digits must be ASCII; the first eight a real birth date;
// the next six a real appointment month (YYYYMM) not before the birth month;
// then the gender digit 1 or 2 and a sequence 001–999. A PPPK number
// (appointment digits 13–14 = "21", see pppkMonth) is checked for its birth
// date, gender and sequence only, and its Appointed is left zero.
func ParseNIP(s string) (NIP, error) {
	d := nipDigits(s)
	if nipLostDigits(s) {
		return NIP{}, errNIPNumber
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return NIP{}, i18n.Errorf(i18n.RosterNIPDigits)
		}
	}
	if len(d) != 18 {
		return NIP{}, i18n.Errorf(i18n.RosterNIPLength, len(d))
	}
	n := NIP{Raw: d}
	y, _ := strconv.Atoi(d[0:4])
	m, _ := strconv.Atoi(d[4:6])
	dd, _ := strconv.Atoi(d[6:8])
	birth, ok := calendarDate(y, m, dd)
	if !ok || y < 1900 {
		return NIP{}, i18n.Errorf(i18n.RosterNIPBirth, d[0:8])
	}
	n.Birth = birth
	if d[12:14] != pppkMonth {
		ay, _ := strconv.Atoi(d[8:12])
		am, _ := strconv.Atoi(d[12:14])
		if am < 1 || am > 12 || ay < 1900 {
			return NIP{}, i18n.Errorf(i18n.RosterNIPMonth, d[8:14])
		}
		n.Appointed = time.Date(ay, time.Month(am), 1, 0, 0, 0, 0, time.UTC)
		if ay < y || (ay == y && am < m) {
			return NIP{}, i18n.Errorf(i18n.RosterNIPMonthBeforeBirth, d[8:14])
		}
	}
	switch d[14] {
	case '1':
		n.Gender = Male
	case '2':
		n.Gender = Female
	default:
		return NIP{}, i18n.Errorf(i18n.RosterNIPGender, rune(d[14]))
	}
	n.Seq, _ = strconv.Atoi(d[15:18])
	if n.Seq == 0 {
		// Excel shows a number with 15 significant digits, so a NIP that went
		// through a number cell and was exported ends in 000.
		return NIP{}, i18n.Errorf(i18n.RosterNIPSeq)
	}
	return n, nil
}

// PPPK reports whether n is a PPPK number (see pppkMonth): it then carries no
// appointment month.
func (n NIP) PPPK() bool { return len(n.Raw) == 18 && n.Raw[12:14] == pppkMonth }

// AgeAtAppointment returns the age in whole years on the first day of the
// appointment month, or -1 when the NIP carries no appointment month.
func (n NIP) AgeAtAppointment() int {
	if n.Appointed.IsZero() || n.Birth.IsZero() {
		return -1
	}
	return nipFullYears(n.Birth, n.Appointed)
}

// nipFullYears returns the number of whole years from a to b (an age).
func nipFullYears(a, b time.Time) int {
	y := b.Year() - a.Year()
	if b.Month() < a.Month() || (b.Month() == a.Month() && b.Day() < a.Day()) {
		y--
	}
	return y
}

// calendarDate returns the date y-m-d when it exists in the calendar.
func calendarDate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false
	}
	return t, true
}

// ParseCellDate parses the date of a roster cell, written YYYY-MM-DD,
// DD-MM-YYYY or DD/MM/YYYY (day and month may have one digit), or with the
// month's name in Indonesian or English, written out or abbreviated: "1
// Maret 2021", "01-Mar-2021", "1 Agt 2021", "March 1, 2021". Years outside
// 1900–2199 are refused: they are typing errors in a personnel file. (The
// policy file has its own, stricter ParseDate.)
func ParseCellDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	bad := i18n.Errorf(i18n.RosterDateBad)
	if strings.IndexFunc(s, unicode.IsLetter) >= 0 {
		return parseWordDate(s, bad)
	}
	var parts []string
	switch {
	case strings.Count(s, "-") == 2 && !strings.Contains(s, "/"):
		parts = strings.Split(s, "-")
	case strings.Count(s, "/") == 2 && !strings.Contains(s, "-"):
		parts = strings.Split(s, "/")
	default:
		return time.Time{}, bad
	}
	var y, m, d string
	switch {
	case len(parts[0]) == 4 && parts[1] != "" && s[4] == '-':
		y, m, d = parts[0], parts[1], parts[2]
	case len(parts[2]) == 4:
		d, m, y = parts[0], parts[1], parts[2]
	default:
		return time.Time{}, bad
	}
	if len(m) > 2 || len(d) > 2 || m == "" || d == "" {
		return time.Time{}, bad
	}
	yi, e1 := parseDigits(y)
	mi, e2 := parseDigits(m)
	di, e3 := parseDigits(d)
	if e1 != nil || e2 != nil || e3 != nil {
		return time.Time{}, bad
	}
	return cellDate(yi, mi, di)
}

// cellDate checks a roster date: in the calendar, in 1900–2199.
func cellDate(y, m, d int) (time.Time, error) {
	t, ok := calendarDate(y, m, d)
	if !ok {
		return time.Time{}, i18n.Errorf(i18n.RosterDateCalendar)
	}
	if y < 1900 || y > 2199 {
		return time.Time{}, i18n.Errorf(i18n.RosterYearRange, y)
	}
	return t, nil
}

// parseWordDate reads a date with the month's name: day, month, year ("1
// Maret 2021", "01-Mar-2021", "1 Mar. 2021") or month, day, year ("March 1,
// 2021"), separated by spaces, '-', '/', '.' or ','. The year has four
// digits, the day one or two.
func parseWordDate(s string, bad error) (time.Time, error) {
	parts := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '/' || r == '.' || r == ','
	})
	if len(parts) != 3 {
		return time.Time{}, bad
	}
	day, month, year := parts[0], parts[1], parts[2]
	if _, err := parseDigits(day); err != nil {
		day, month = month, day
	}
	m, ok := monthByName(month)
	if !ok || len(day) > 2 || len(year) != 4 {
		return time.Time{}, bad
	}
	d, e1 := parseDigits(day)
	y, e2 := parseDigits(year)
	if e1 != nil || e2 != nil {
		return time.Time{}, bad
	}
	return cellDate(y, int(m), d)
}

// parseDigits converts a string of ASCII digits only (no sign).
func parseDigits(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errors.New("not digits")
		}
		n = n*10 + int(s[i]-'0')
		if n > 1e6 {
			return 0, errors.New("too large")
		}
	}
	return n, nil
}

// ParseNumber parses a decimal number, accepting a decimal comma ("85,5")
// as Indonesian-locale spreadsheets write it. Infinities and NaN are refused.
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if strings.Contains(s, ",") {
		if strings.Contains(s, ".") || strings.Count(s, ",") > 1 {
			return 0, i18n.Errorf(i18n.RosterNumberBad)
		}
		s = strings.Replace(s, ",", ".", 1)
	}
	if s == "" || strings.ContainsAny(s, "xXpP_") {
		return 0, i18n.Errorf(i18n.RosterNumberBad)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, i18n.Errorf(i18n.RosterNumberBad)
	}
	return v, nil
}

// parseIntIn parses a whole number in [lo, hi]; "4", "4.0" and "4,0" are all
// 4 (spreadsheets store whole numbers as decimals).
func parseIntIn(s string, lo, hi int, what i18n.Key) (int, error) {
	v, err := ParseNumber(s)
	if err != nil || v != math.Trunc(v) {
		return 0, i18n.Errorf(i18n.RosterWholeBad, i18n.M(what), lo, hi)
	}
	if v < float64(lo) || v > float64(hi) {
		return 0, i18n.Errorf(i18n.RosterOutOfRange, i18n.M(what), lo, hi)
	}
	return int(v), nil
}

// ParseLevel parses a competency level, a whole number 1–5 (PermenPANRB
// 38/2017).
func ParseLevel(s string) (uint8, error) {
	v, err := parseIntIn(s, 1, 5, i18n.RosterWhatLevel)
	return uint8(v), err
}

// ParsePriority parses a post's priority, a whole number 1–5.
func ParsePriority(s string) (int, error) { return parseIntIn(s, 1, 5, i18n.RosterWhatPriority) }

// ParseTalentBox parses a 9-box cell, a whole number 1–9 (PermenPANRB
// 3/2020).
func ParseTalentBox(s string) (uint8, error) {
	v, err := parseIntIn(s, 1, 9, i18n.RosterWhatTalentBox)
	return uint8(v), err
}

// ParsePotential parses a potential score 0–100 (decimal comma accepted).
func ParsePotential(s string) (float64, error) {
	v, err := ParseNumber(s)
	if err != nil {
		return 0, i18n.Errorf(i18n.RosterPotentialNumber)
	}
	if v < 0 || v > 100 {
		return 0, i18n.Errorf(i18n.RosterPotentialRange)
	}
	return v, nil
}

// predicateByName maps a normalised spelling (predicateKey) to its
// predicate: the five of PermenPANRB 6/2022 in Indonesian and English, and
// the old PP 46/2011 names Cukup and Buruk, which sit on the same bands as
// Butuh Perbaikan and Sangat Kurang.
func predicateByName(key string) (Predicate, bool) {
	switch key {
	case "sangat baik", "very good":
		return SangatBaik, true
	case "baik", "good":
		return Baik, true
	case "butuh perbaikan", "perlu perbaikan", "cukup", "needs improvement":
		return ButuhPerbaikan, true
	case "kurang", "kurang misconduct", "misconduct", "poor", "poor misconduct":
		return Kurang, true
	case "sangat kurang", "buruk", "very poor":
		return SangatKurang, true
	}
	return 0, false
}

// predicateKey normalises a predicate cell for predicateByName: case, runs of
// spaces and the separators '-', '_', '/' and parentheses do not matter
// ("Kurang (Misconduct)" is "kurang misconduct").
func predicateKey(s string) string {
	return parseNorm(strings.NewReplacer("-", " ", "_", " ", "/", " ", "(", " ", ")", " ").Replace(s))
}

// PredicateOfScore maps an old 0–100 SKP score onto the five predicates by
// the PP 46/2011 bands: ≥ 91 Sangat Baik, 76–90 Baik, 61–75 Butuh Perbaikan
// (old Cukup), 51–60 Kurang, ≤ 50 Sangat Kurang. A fractional score between
// two bands falls in the lower one (90.5 is Baik): the bands are closed on
// whole numbers.
func PredicateOfScore(v float64) Predicate {
	switch {
	case v >= 91:
		return SangatBaik
	case v >= 76:
		return Baik
	case v >= 61:
		return ButuhPerbaikan
	case v >= 51:
		return Kurang
	}
	return SangatKurang
}

// ParsePerformance parses a performance cell: one of the five predicates
// (case- and space-insensitive, Indonesian or English, old names Cukup and
// Buruk accepted) or a score 0–100 mapped by PredicateOfScore.
func ParsePerformance(s string) (Performance, error) {
	if p, ok := predicateByName(predicateKey(s)); ok {
		return Performance{Predicate: p}, nil
	}
	v, err := ParseNumber(s)
	if err != nil {
		return Performance{}, i18n.Errorf(i18n.RosterPerformanceBad)
	}
	if v < 0 || v > 100 {
		return Performance{}, i18n.Errorf(i18n.RosterScoreRange)
	}
	return Performance{Predicate: PredicateOfScore(v), Score: v, HasScore: true}, nil
}

// ParsePredicate parses one of the five predicates only (no score).
func ParsePredicate(s string) (Predicate, error) {
	if p, ok := predicateByName(predicateKey(s)); ok {
		return p, nil
	}
	return 0, i18n.Errorf(i18n.RosterPredicateBad)
}

// parseIsNone reports whether s says "none" in one of the ways people write it in
// an optional column: empty, "-", "tidak ada", "none", "belum".
func parseIsNone(s string) bool {
	switch parseNorm(s) {
	case "", "-", "–", "tidak ada", "tidak", "none", "belum", "no":
		return true
	}
	return false
}

// ParseTraining parses a leadership training: PKN II, PKA, PKP, or the old
// names Diklatpim II/III/IV (also "Diklatpim Tk. II", "Diklatpim Tingkat
// II", "PKN Tk. II"). An empty cell, "-", "tidak ada" or "none" is no
// training.
func ParseTraining(s string) (Training, error) {
	if parseIsNone(s) {
		return 0, nil
	}
	w := parseSqueeze(s)
	for _, p := range []string{"tingkat", "tk"} {
		w = strings.Replace(w, p, "", 1)
	}
	switch w {
	case "pknii", "pkn2", "diklatpimii", "diklatpim2", "pimii", "pim2":
		return PKNII, nil
	case "pka", "diklatpimiii", "diklatpim3", "pimiii", "pim3":
		return PKA, nil
	case "pkp", "diklatpimiv", "diklatpim4", "pimiv", "pim4":
		return PKP, nil
	}
	return 0, i18n.Errorf(i18n.RosterTrainingBad)
}

// ParseSanction parses a discipline sanction (PP 94/2021): ringan, sedang or
// berat (also light, moderate, heavy; "hukuman disiplin berat" and
// "tingkat berat" work too). An empty cell, "-" or "tidak ada" is none.
func ParseSanction(s string) (Sanction, error) {
	if parseIsNone(s) {
		return 0, nil
	}
	w := parseNorm(s)
	for _, p := range []string{"hukuman disiplin ", "hukdis ", "tingkat ", "hd "} {
		w = strings.TrimPrefix(w, p)
	}
	switch w {
	case "ringan", "light", "minor":
		return Ringan, nil
	case "sedang", "moderate", "medium":
		return Sedang, nil
	case "berat", "heavy", "severe":
		return Berat, nil
	}
	return 0, i18n.Errorf(i18n.RosterSanctionBad)
}

// ParseSanctionKind parses the kind of a discipline sanction as PP 94/2021
// Pasal 8 names them, in the words of a decree or a SIMPEG export: "teguran
// lisan", "teguran tertulis", "pernyataan tidak puas", "pemotongan
// tunjangan kinerja 25% selama 6 bulan" (also "potong tukin 6 bulan", and 9
// and 12), "penurunan jabatan" (setingkat lebih rendah selama 12 bulan),
// "pembebasan dari jabatan" (menjadi jabatan pelaksana), "pemberhentian"
// (dengan hormat tidak atas permintaan sendiri). Case, punctuation and
// extra words after the kind's own ("selama 12 bulan") do not matter. An
// empty cell, "-" or "tidak ada" is none.
func ParseSanctionKind(s string) (SanctionKind, error) {
	if parseIsNone(s) {
		return 0, nil
	}
	w := parseNorm(strings.NewReplacer("(", " ", ")", " ", ",", " ", ".", " ", ":", " ", "%", " ", "-", " ", "_", " ").Replace(s))
	for _, p := range []string{"hukuman disiplin ", "hukdis ", "berat ", "sedang ", "ringan ", "tingkat "} {
		w = strings.TrimPrefix(w, p)
	}
	has := func(xs ...string) bool {
		for _, x := range xs {
			if !strings.Contains(w, x) {
				return false
			}
		}
		return true
	}
	switch {
	case has("teguran", "lisan"):
		return TeguranLisan, nil
	case has("teguran", "tertulis"):
		return TeguranTertulis, nil
	case has("tidak puas"):
		return PernyataanTidakPuas, nil
	case has("penurunan", "jabatan"), w == "demotion":
		return PenurunanJabatan, nil
	case has("pembebasan"), has("dibebaskan"), has("jabatan pelaksana"), w == "release":
		return PembebasanJabatan, nil
	case has("pemberhentian"), has("diberhentikan"), w == "discharge", w == "dismissal":
		return Pemberhentian, nil
	case has("tunjangan"), has("tukin"), has("potong"):
		switch {
		case has("12"), has("dua belas"):
			return PotonganTukin12, nil
		case has("9"), has("sembilan"):
			return PotonganTukin9, nil
		case has("6"), has("enam"):
			return PotonganTukin6, nil
		}
		return 0, i18n.Errorf(i18n.RosterSanctionTukinMonths)
	}
	return 0, i18n.Errorf(i18n.RosterSanctionKindBad)
}

// ParseEvaluation parses the outcome of an evaluation (evaluasi jabatan,
// uji kompetensi, job fit): tetap (also stay, dipertahankan), rotasi
// (dirotasi, rotate), istirahat (diistirahatkan, non-job, rest). An empty
// cell, "-" or "tidak ada" is "not evaluated".
func ParseEvaluation(s string) (Evaluation, error) {
	if parseIsNone(s) {
		return 0, nil
	}
	switch strings.NewReplacer(" ", "", "-", "", "_", "").Replace(parseNorm(s)) {
	case "tetap", "stay", "stays", "dipertahankan":
		return EvalTetap, nil
	case "rotasi", "dirotasi", "rotate", "rotation":
		return EvalRotasi, nil
	case "istirahat", "diistirahatkan", "nonjob", "rest", "dinonjobkan":
		return EvalIstirahat, nil
	}
	return 0, i18n.Errorf(i18n.RosterEvaluationBad)
}

// ParseEducation parses an education level: SMA (also SMK, SLTA), D3 (D-III),
// D4 (D-IV), S1, S2, S3 (with or without '-', Sarjana/Magister/Doktor). The
// level may be followed by the programme or a second spelling, as SIASN's
// export and SIMPEG systems write the last education: "S-1 Ilmu Hukum",
// "S-1/Sarjana", "Diploma III Keperawatan", "Strata 2", "SLTA/SMA
// sederajat".
func ParseEducation(s string) (Education, error) {
	if e, ok := educationByKey(parseSqueeze(s)); ok {
		return e, nil
	}
	toks := rankTokens(s)
	// "MA" alone is a madrasah aliyah, but "M.A." before a programme is a
	// master's degree: neither it nor "Si" is read as a first word.
	if len(toks) > 0 && toks[0] != "ma" && toks[0] != "si" {
		if e, ok := educationByKey(toks[0]); ok {
			return e, nil
		}
	}
	if len(toks) > 1 {
		switch toks[0] {
		case "s", "d", "strata", "diploma":
			if e, ok := educationByKey(toks[0][:1] + toks[1]); ok {
				return e, nil
			}
		}
	}
	return 0, i18n.Errorf(i18n.RosterEducationBad)
}

// educationByKey reads a squeezed education level ("s1", "diii", "sarjana").
func educationByKey(k string) (Education, bool) {
	switch k {
	case "sma", "smk", "slta", "smasmk", "ma":
		return SMA, true
	case "d3", "diii":
		return D3, true
	case "d4", "div":
		return D4, true
	case "s1", "si", "sarjana":
		return S1, true
	case "s2", "sii", "magister", "master":
		return S2, true
	case "s3", "siii", "doktor", "doctor", "phd":
		return S3, true
	}
	return 0, false
}

// ParseBool parses a yes/no cell: ya/tidak, yes/no, y/n, true/false, 1/0.
func ParseBool(s string) (bool, error) {
	switch parseNorm(s) {
	case "ya", "yes", "y", "true", "1", "benar":
		return true, nil
	case "tidak", "no", "n", "false", "0", "salah":
		return false, nil
	}
	return false, i18n.Errorf(i18n.RosterBoolBad)
}

// NoEselon reports whether an eselon cell says the official holds no
// structural post: "-", "Non Eselon", "non-eselon" (SIASN writes that).
func NoEselon(v string) bool {
	return parseIsNone(v) || parseSqueeze(v) == "noneselon"
}

// IsNone reports whether a cell says "none" in one of the ways rosters
// write it ("", "-", "tidak ada", "none", …).
func IsNone(s string) bool { return parseIsNone(s) }

// NIPDigits returns a NIP cell without the spaces a NIP is written with in
// decrees and without a leading apostrophe (Excel's text marker), as
// ParseNIP reads it.
func NIPDigits(s string) string { return nipDigits(s) }

// ParseSelectionRank reads an open selection's rank of a name: a whole
// number from 1 to 3.
func ParseSelectionRank(s string) (int, error) { return parseIntIn(s, 1, 3, i18n.RosterWhatRank) }

// ErrNIPNumber is the error of a NIP written as a number, whose last digits
// a spreadsheet has lost.
var ErrNIPNumber = errNIPNumber
