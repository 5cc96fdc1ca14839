package model

import (
	"strings"
	"testing"
	"time"
)

func parseDay(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseRank(t *testing.T) {
	cases := []struct {
		in   string
		want Rank // 0 = error
	}{
		{"I/a", 1}, {"I/d", 4}, {"II/a", 5}, {"III/a", RankIIIa}, {"III/d", RankIIId},
		{"IV/a", RankIVa}, {"IV/b", RankIVb}, {"IV.b", RankIVb}, {"IV-b", RankIVb},
		{"ivb", RankIVb}, {"IV b", RankIVb}, {" iv / B ", RankIVb}, {"4/b", RankIVb},
		{"IV/e", RankIVe}, {"III/e", 0}, {"I/e", 0}, {"IV/f", 0}, {"V/a", 0}, {"", 0},
		{"IV", 0}, {"b", 0}, {"IV/bb", 0}, {"IIII/a", 0}, {"IV/1", 0}, {"0/a", 0},
	}
	for _, c := range cases {
		got, err := ParseRank(c.in)
		if c.want == 0 {
			if err == nil {
				t.Errorf("ParseRank(%q) = %v, want an error", c.in, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ParseRank(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	// Every rank's own name parses back to it.
	for r := Rank(1); r.Valid(); r++ {
		if got, err := ParseRank(r.String()); err != nil || got != r {
			t.Errorf("ParseRank(%q) = %v, %v", r.String(), got, err)
		}
	}
}

func TestParseEselon(t *testing.T) {
	cases := []struct {
		in   string
		want Eselon
	}{
		{"II.a", EselonIIa}, {"IIa", EselonIIa}, {"II/a", EselonIIa}, {"2a", EselonIIa},
		{"II-a", EselonIIa}, {"ii a", EselonIIa}, {"II.b", EselonIIb}, {"III.a", EselonIIIa},
		{"3b", EselonIIIb}, {"IV.a", EselonIVa}, {"IV.b", EselonIVb}, {"4B", EselonIVb},
		{"I.a", 0}, {"III.c", 0}, {"V.a", 0}, {"IV", 0}, {"", 0}, {"2", 0}, {"IV.e", 0},
	}
	for _, c := range cases {
		got, err := ParseEselon(c.in)
		if c.want == 0 {
			if err == nil {
				t.Errorf("ParseEselon(%q) = %v, want an error", c.in, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ParseEselon(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for e := EselonIIa; e <= EselonIVb; e++ {
		if got, err := ParseEselon(e.String()); err != nil || got != e {
			t.Errorf("ParseEselon(%q) = %v, %v", e.String(), got, err)
		}
	}
}

func TestParseNIP(t *testing.T) {
	cases := []struct {
		in        string
		birth     string
		appointed string // "" = none (PPPK)
		gender    Gender
		seq       int
		err       string // substring of the error; "" = valid
	}{
		{in: "19660801 198803 1 001", birth: "1966-08-01", appointed: "1988-03-01", gender: Male, seq: 1},
		{in: "196608011988031001", birth: "1966-08-01", appointed: "1988-03-01", gender: Male, seq: 1},
		{in: "'197205152000032999", birth: "1972-05-15", appointed: "2000-03-01", gender: Female, seq: 999},
		{in: "20000229 202001 2 010", birth: "2000-02-29", appointed: "2020-01-01", gender: Female, seq: 10},
		// Appointed in the birth month itself: allowed (only a warning on age).
		{in: "19800115 198001 1 001", birth: "1980-01-15", appointed: "1980-01-01", gender: Male, seq: 1},
		// PPPK number: month digits 21.
		{in: "198501012022211001", birth: "1985-01-01", gender: Male, seq: 1},
		{in: "19660801198803100", err: "18 digits, this one 17"},
		{in: "1966080119880310011", err: "18 digits, this one 19"},
		{in: "19660801198803100A", err: "only digits"},
		{in: "１９660801198803100１", err: "only digits"},
		{in: "1.96608011988031E+17", err: "stored as a number"},
		{in: "196608011988031001.0", err: "stored as a number"},
		{in: "19661301 198803 1 001", err: "birth date 19661301"},
		{in: "19650229 198803 1 001", err: "birth date 19650229"},
		{in: "18991231 198803 1 001", err: "birth date"},
		{in: "19660801 198813 1 001", err: "appointment month 198813"},
		{in: "19660801 198800 1 001", err: "appointment month 198800"},
		{in: "19660801 196607 1 001", err: "before the birth date"},
		{in: "19660801 198803 3 001", err: "gender digit 3"},
		{in: "19660801 198803 0 001", err: "gender digit 0"},
		{in: "19660801 198803 1 000", err: "sequence number 000"},
		{in: "", err: "18 digits, this one 0"},
	}
	for _, c := range cases {
		n, err := ParseNIP(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseNIP(%q) error = %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseNIP(%q): %v", c.in, err)
			continue
		}
		if !n.Birth.Equal(parseDay(t, c.birth)) || n.Gender != c.gender || n.Seq != c.seq || len(n.Raw) != 18 {
			t.Errorf("ParseNIP(%q) = %+v", c.in, n)
		}
		if c.appointed == "" {
			if !n.Appointed.IsZero() || !n.PPPK() {
				t.Errorf("ParseNIP(%q): want a PPPK number without appointment, got %+v", c.in, n)
			}
		} else if !n.Appointed.Equal(parseDay(t, c.appointed)) || n.PPPK() {
			t.Errorf("ParseNIP(%q).Appointed = %v, want %s", c.in, n.Appointed, c.appointed)
		}
	}
}

func TestNIPAgeAtAppointment(t *testing.T) {
	cases := []struct {
		nip string
		age int
	}{
		{"19660801 198803 1 001", 21},
		{"19660301 198803 1 001", 22}, // birthday on the 1st of the month: a full year on the day
		{"19660302 198803 1 001", 21}, // one day later: not yet
		{"198501012022211001", -1},    // PPPK: no appointment month
	}
	for _, c := range cases {
		n, err := ParseNIP(c.nip)
		if err != nil {
			t.Fatal(err)
		}
		if got := n.AgeAtAppointment(); got != c.age {
			t.Errorf("%s: age at appointment %d, want %d", c.nip, got, c.age)
		}
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in, want string // want "" = error
	}{
		{"2024-02-29", "2024-02-29"}, {"29-02-2024", "2024-02-29"}, {"29/02/2024", "2024-02-29"},
		{"1/2/2020", "2020-02-01"}, {"01-02-2020", "2020-02-01"}, {" 2020-01-31 ", "2020-01-31"},
		{"1900-01-01", "1900-01-01"}, {"2199-12-31", "2199-12-31"},
		{"2023-02-29", ""}, {"2020-13-01", ""}, {"2020-00-10", ""}, {"2020-01-32", ""},
		{"31/04/2020", ""}, {"2020/01/02", ""}, {"01-02/2020", ""}, {"20-01-02", ""},
		{"1899-12-31", ""}, {"2200-01-01", ""}, {"", ""}, {"2020-1-", ""}, {"+1-02-2020", ""},
		{"45000", ""}, {"2020-01-02T00:00:00", ""}, {"001-02-2020", ""},
	}
	for _, c := range cases {
		got, err := ParseCellDate(c.in)
		if c.want == "" {
			if err == nil {
				t.Errorf("ParseCellDate(%q) = %v, want an error", c.in, got)
			}
			continue
		}
		if err != nil || !got.Equal(parseDay(t, c.want)) {
			t.Errorf("ParseCellDate(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
}

func TestParsePerformance(t *testing.T) {
	cases := []struct {
		in    string
		want  Predicate // 0 = error
		score bool
	}{
		{"Sangat Baik", SangatBaik, false}, {"sangat  baik", SangatBaik, false}, {"SANGAT BAIK", SangatBaik, false},
		{"Baik", Baik, false}, {"Butuh Perbaikan", ButuhPerbaikan, false}, {"butuh_perbaikan", ButuhPerbaikan, false},
		{"Kurang", Kurang, false}, {"Kurang (Misconduct)", Kurang, false}, {"Sangat Kurang", SangatKurang, false},
		{"very good", SangatBaik, false}, {"Good", Baik, false}, {"needs improvement", ButuhPerbaikan, false},
		{"poor", Kurang, false}, {"very poor", SangatKurang, false}, {"Cukup", ButuhPerbaikan, false},
		{"Buruk", SangatKurang, false},
		// PP 46/2011 bands at their boundaries.
		{"100", SangatBaik, true}, {"91", SangatBaik, true}, {"90,9", Baik, true}, {"90", Baik, true},
		{"76", Baik, true}, {"75.99", ButuhPerbaikan, true}, {"75", ButuhPerbaikan, true}, {"61", ButuhPerbaikan, true},
		{"60", Kurang, true}, {"51", Kurang, true}, {"50,5", SangatKurang, true}, {"50", SangatKurang, true},
		{"0", SangatKurang, true},
		{"100.1", 0, false}, {"-1", 0, false}, {"excellent", 0, false}, {"", 0, false}, {"baik sekali", 0, false},
		{"NaN", 0, false}, {"Inf", 0, false},
	}
	for _, c := range cases {
		got, err := ParsePerformance(c.in)
		if c.want == 0 {
			if err == nil {
				t.Errorf("ParsePerformance(%q) = %+v, want an error", c.in, got)
			}
			continue
		}
		if err != nil || got.Predicate != c.want || got.HasScore != c.score {
			t.Errorf("ParsePerformance(%q) = %+v, %v; want %v (score %v)", c.in, got, err, c.want, c.score)
		}
	}
	if p, _ := ParsePerformance("85,5"); p.Score != 85.5 {
		t.Errorf("decimal comma: score %v, want 85.5", p.Score)
	}
}

func TestParseLevelAndRanges(t *testing.T) {
	level := []struct {
		in   string
		want uint8
	}{{"1", 1}, {"5", 5}, {"3.0", 3}, {"4,0", 4}, {" 2 ", 2}, {"0", 0}, {"6", 0}, {"3.5", 0}, {"x", 0}, {"", 0}, {"-1", 0}}
	for _, c := range level {
		got, err := ParseLevel(c.in)
		if (c.want == 0) != (err != nil) || got != c.want {
			t.Errorf("ParseLevel(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for in, want := range map[string]int{"1": 1, "5": 5, "0": 0, "6": 0, "2,5": 0} {
		got, err := ParsePriority(in)
		if (want == 0) != (err != nil) || got != want {
			t.Errorf("ParsePriority(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for in, want := range map[string]uint8{"1": 1, "9": 9, "0": 0, "10": 0} {
		got, err := ParseTalentBox(in)
		if (want == 0) != (err != nil) || got != want {
			t.Errorf("ParseTalentBox(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for in, ok := range map[string]bool{"0": true, "100": true, "72,5": true, "100.01": false, "-0.5": false, "abc": false} {
		if _, err := ParsePotential(in); (err == nil) != ok {
			t.Errorf("ParsePotential(%q) error %v, want ok=%v", in, err, ok)
		}
	}
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"85", 85, true}, {"85,5", 85.5, true}, {"85.5", 85.5, true}, {" -2 ", -2, true},
		{"1.234,5", 0, false}, {"1,2,3", 0, false}, {"", 0, false}, {"0x10", 0, false},
		{"1_000", 0, false}, {"NaN", 0, false}, {"inf", 0, false}, {"1e3", 1000, true},
	}
	for _, c := range cases {
		got, err := ParseNumber(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestParseTraining(t *testing.T) {
	cases := []struct {
		in   string
		want Training
		ok   bool
	}{
		{"PKN II", PKNII, true}, {"pkn tk. ii", PKNII, true}, {"PKN Tingkat II", PKNII, true},
		{"Diklatpim II", PKNII, true}, {"Diklatpim Tk. II", PKNII, true}, {"DIKLATPIM TK.II", PKNII, true},
		{"PKA", PKA, true}, {"Diklatpim III", PKA, true}, {"Diklatpim Tingkat III", PKA, true},
		{"PKP", PKP, true}, {"Diklatpim IV", PKP, true}, {"diklatpim tk iv", PKP, true},
		{"", 0, true}, {"-", 0, true}, {"tidak ada", 0, true}, {"none", 0, true},
		{"PKN I", 0, false}, {"Diklatpim V", 0, false}, {"Latsar", 0, false},
	}
	for _, c := range cases {
		got, err := ParseTraining(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseTraining(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestParseSanctionEducationBool(t *testing.T) {
	sanctions := []struct {
		in   string
		want Sanction
		ok   bool
	}{
		{"ringan", Ringan, true}, {"Sedang", Sedang, true}, {"BERAT", Berat, true}, {"heavy", Berat, true},
		{"Hukuman Disiplin Berat", Berat, true}, {"tingkat sedang", Sedang, true}, {"", 0, true},
		{"-", 0, true}, {"tidak ada", 0, true}, {"teguran", 0, false},
	}
	for _, c := range sanctions {
		got, err := ParseSanction(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseSanction(%q) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
	}
	educations := []struct {
		in   string
		want Education
	}{
		{"SMA", SMA}, {"SMK", SMA}, {"D3", D3}, {"D-III", D3}, {"d4", D4}, {"D-IV", D4}, {"S1", S1},
		{"S-1", S1}, {"S2", S2}, {"S.2", S2}, {"Magister", S2}, {"S3", S3}, {"Doktor", S3}, {"SD", 0}, {"", 0},
	}
	for _, c := range educations {
		got, err := ParseEducation(c.in)
		if (err == nil) != (c.want != 0) || got != c.want {
			t.Errorf("ParseEducation(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"ya", "Ya", "yes", "Y", "true", "TRUE", "1"} {
		if got, err := ParseBool(in); err != nil || !got {
			t.Errorf("ParseBool(%q) = %v, %v; want true", in, got, err)
		}
	}
	for _, in := range []string{"tidak", "no", "n", "false", "0", "N"} {
		if got, err := ParseBool(in); err != nil || got {
			t.Errorf("ParseBool(%q) = %v, %v; want false", in, got, err)
		}
	}
	for _, in := range []string{"", "mungkin", "2", "t"} {
		if _, err := ParseBool(in); err == nil {
			t.Errorf("ParseBool(%q): want an error", in)
		}
	}
}

func FuzzParseNIP(f *testing.F) {
	for _, s := range []string{"19660801 198803 1 001", "198501012022211001", "1.96608011988031E+17", "", "19661301198803100A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNIP(s)
		if err != nil {
			return
		}
		// A valid NIP is 18 ASCII digits whose fields agree with the parse.
		if len(n.Raw) != 18 || n.Raw[:8] != n.Birth.Format("20060102") || n.Seq < 1 || n.Seq > 999 {
			t.Fatalf("ParseNIP(%q) = %+v", s, n)
		}
		if n.Gender != Male && n.Gender != Female {
			t.Fatalf("ParseNIP(%q): gender %d", s, n.Gender)
		}
		if !n.Appointed.IsZero() && (n.Raw[8:14] != n.Appointed.Format("200601") || n.Appointed.Before(n.Birth.AddDate(0, 0, 1-n.Birth.Day()))) {
			t.Fatalf("ParseNIP(%q): appointment %v", s, n.Appointed)
		}
		// The grouped form parses back to the same number.
		if m, err := ParseNIP(n.String()); err != nil || m != n {
			t.Fatalf("ParseNIP(%q) round trip: %+v, %v", n.String(), m, err)
		}
	})
}

func FuzzParseRank(f *testing.F) {
	for _, s := range []string{"IV/b", "iv.b", "4-b", "III/e", "", "IIII/a", "Pembina Tk. I (IV/b)",
		"Pembina Utama Muda, IV/c", "IV/b - Pembina Tingkat I", "Penata", "Pembina (IV/c)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRank(s)
		if err != nil {
			if r != 0 {
				t.Fatalf("ParseRank(%q) = %v with error %v", s, r, err)
			}
			return
		}
		if !r.Valid() {
			t.Fatalf("ParseRank(%q) = invalid rank %d", s, r)
		}
		if back, err := ParseRank(r.String()); err != nil || back != r {
			t.Fatalf("ParseRank(%q) = %v does not round-trip", s, r)
		}
		// The lampiran's form reads back too.
		if back, err := ParseRank(r.Pangkat() + ", " + r.String()); err != nil || back != r {
			t.Fatalf("ParseRank(%q) = %v: its pangkat form does not read back", s, r)
		}
	})
}

func FuzzParseCellDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "29/02/2024", "1-2-2020", "2023-02-29", "31/04/2020", "", "1 Maret 2021",
		"01-Mar-2021", "March 1, 2021", "29 Pebruari 2023"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseCellDate(s)
		if err != nil {
			return
		}
		if d.Year() < 1900 || d.Year() > 2199 || d.Hour() != 0 || d.Location() != time.UTC {
			t.Fatalf("ParseCellDate(%q) = %v", s, d)
		}
		// Every accepted date reads back the same in all three forms.
		for _, layout := range []string{"2006-01-02", "02-01-2006", "02/01/2006", "2-Jan-2006"} {
			if back, err := ParseCellDate(d.Format(layout)); err != nil || !back.Equal(d) {
				t.Fatalf("ParseCellDate(%q) = %v, %v", d.Format(layout), back, err)
			}
		}
		for _, lang := range []string{"id", "en"} {
			if back, err := ParseCellDate(FormatDate(d, lang)); err != nil || !back.Equal(d) {
				t.Fatalf("ParseCellDate(%q) = %v, %v", FormatDate(d, lang), back, err)
			}
		}
	})
}

func FuzzParsePerformance(f *testing.F) {
	for _, s := range []string{"Sangat Baik", "kurang (misconduct)", "90,5", "100", "-0", "1e2", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePerformance(s)
		if err != nil {
			if p != (Performance{}) {
				t.Fatalf("ParsePerformance(%q) = %+v with error", s, p)
			}
			return
		}
		if p.Predicate < SangatBaik || p.Predicate > SangatKurang {
			t.Fatalf("ParsePerformance(%q) = %+v", s, p)
		}
		if p.HasScore && (p.Score < 0 || p.Score > 100 || PredicateOfScore(p.Score) != p.Predicate) {
			t.Fatalf("ParsePerformance(%q) = %+v: score and predicate disagree", s, p)
		}
	})
}

func FuzzParseEselon(f *testing.F) {
	for _, s := range []string{"II.a", "2a", "IV-b", "III.c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseEselon(s)
		if err != nil {
			return
		}
		if e < EselonIIa || e > EselonIVb {
			t.Fatalf("ParseEselon(%q) = %d", s, e)
		}
		if back, err := ParseEselon(e.String()); err != nil || back != e {
			t.Fatalf("ParseEselon(%q) = %v does not round-trip", s, e)
		}
	})
}
