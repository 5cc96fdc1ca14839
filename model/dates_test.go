package model

import (
	"testing"
	"time"
)

// rulesDay parses a YYYY-MM-DD date for the rules' tests.
func rulesDay(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

func TestAddMonths(t *testing.T) {
	cases := []struct {
		from string
		n    int
		want string
	}{
		{"2026-01-31", 1, "2026-02-28"},
		{"2024-01-31", 1, "2024-02-29"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-12-01", 12, "2027-12-01"},
		{"2026-12-15", -24, "2024-12-15"},
		{"2026-08-31", 6, "2027-02-28"},
		{"2026-05-10", 0, "2026-05-10"},
	}
	for _, c := range cases {
		got := AddMonths(rulesDay(t, c.from), c.n)
		if got.Format(time.DateOnly) != c.want {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", c.from, c.n, got.Format(time.DateOnly), c.want)
		}
	}
}

func TestMonthsBetween(t *testing.T) {
	cases := []struct {
		from, to string
		want     int
	}{
		{"2024-12-01", "2026-12-01", 24}, // exactly two years on the plan date
		{"2024-12-02", "2026-12-01", 23}, // one day short
		{"2024-12-01", "2026-11-30", 23},
		{"2024-11-30", "2026-12-01", 24},
		{"2026-01-31", "2026-02-28", 1}, // clamped anniversary
		{"2026-01-31", "2026-02-27", 0},
		{"2026-12-01", "2026-12-01", 0},
		{"2026-12-02", "2026-12-01", -1},
		{"2027-03-01", "2026-12-01", -3},
		{"2021-12-01", "2026-12-01", 60},
	}
	for _, c := range cases {
		if got := MonthsBetween(rulesDay(t, c.from), rulesDay(t, c.to)); got != c.want {
			t.Errorf("MonthsBetween(%s, %s) = %d, want %d", c.from, c.to, got, c.want)
		}
	}
}

// TestMonthsBetweenOracle checks MonthsBetween against its definition (the
// largest n with AddMonths(from, n) ≤ to) by counting, over every pair of
// days in a window that covers leap years and month ends.
func TestMonthsBetweenOracle(t *testing.T) {
	start := rulesDay(t, "2023-11-25")
	step := 7
	if testing.Short() {
		step = 23
	}
	for a := 0; a < 900; a += step {
		from := start.AddDate(0, 0, a)
		for b := 0; b < 900; b += 5 {
			to := start.AddDate(0, 0, b)
			n := -40
			for !AddMonths(from, n+1).After(to) {
				n++
			}
			if got := MonthsBetween(from, to); got != n {
				t.Fatalf("MonthsBetween(%s, %s) = %d, counting gives %d", from.Format(time.DateOnly), to.Format(time.DateOnly), got, n)
			}
		}
	}
}

func TestAgeAt(t *testing.T) {
	cases := []struct {
		birth, at string
		want      int
	}{
		{"1970-12-01", "2026-12-01", 56}, // the 56th birthday
		{"1969-12-02", "2026-12-01", 56}, // the day before the 57th
		{"1969-12-01", "2026-12-01", 57},
		{"2000-02-29", "2001-02-28", 1},
		{"2000-02-29", "2001-02-27", 0},
		{"2000-03-01", "1999-03-01", -1},
	}
	for _, c := range cases {
		if got := AgeAt(rulesDay(t, c.birth), rulesDay(t, c.at)); got != c.want {
			t.Errorf("AgeAt(%s, %s) = %d, want %d", c.birth, c.at, got, c.want)
		}
	}
}

func TestRulesRetirement(t *testing.T) {
	cases := []struct {
		birth string
		level Level
		want  string
	}{
		{"1968-03-01", LevelAdministrator, "2026-04-01"}, // birthday on the 1st: the 1st of the next month
		{"1968-03-31", LevelAdministrator, "2026-04-01"},
		{"1968-03-15", LevelPengawas, "2026-04-01"},
		{"1968-03-15", LevelJPT, "2028-04-01"},
		{"1966-12-10", LevelJPT, "2027-01-01"}, // across the year end
		{"1968-02-29", LevelAdministrator, "2026-03-01"},
		{"1968-03-15", 0, "2026-04-01"},
	}
	for _, c := range cases {
		got := rulesRetirement(rulesDay(t, c.birth), c.level)
		if got.Format(time.DateOnly) != c.want {
			t.Errorf("rulesRetirement(%s, %v) = %s, want %s", c.birth, c.level, got.Format(time.DateOnly), c.want)
		}
		// The plan's reasons compute it from the official: both must agree.
		o := Official{BirthDate: rulesDay(t, c.birth)}
		if other := RetirementDate(&o, BUPAge(c.level)); !other.Equal(got) {
			t.Errorf("RetirementDate(official born %s) = %s, rules say %s", c.birth, other.Format(time.DateOnly), got.Format(time.DateOnly))
		}
	}
	if BUPAge(LevelJPT) != 60 || BUPAge(LevelAdministrator) != 58 || BUPAge(LevelPengawas) != 58 {
		t.Errorf("RetirementAge: want 60 for JPT and 58 below")
	}
}

// FuzzRulesDates checks the calendar helpers against their definitions on
// any pair of dates between 1900 and 2100: MonthsBetween is the largest n
// with AddMonths(from, n) ≤ to, AddMonths stays in the target month with a
// day no later than the original, and retirement is a 1st after the BUP
// birthday.
func FuzzRulesDates(f *testing.F) {
	f.Add(int32(0), int32(730), uint8(1))
	f.Add(int32(30), int32(58), uint8(2))     // 31 January to 28 February
	f.Add(int32(1520), int32(1155), uint8(3)) // backwards
	f.Fuzz(func(t *testing.T, a, b int32, lv uint8) {
		base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		from := base.AddDate(0, 0, int(a%36500))
		to := base.AddDate(0, 0, int(b%36500))
		n := MonthsBetween(from, to)
		if AddMonths(from, n).After(to) || !AddMonths(from, n+1).After(to) {
			t.Fatalf("MonthsBetween(%s, %s) = %d is not the largest n with AddMonths ≤ to", from.Format(time.DateOnly), to.Format(time.DateOnly), n)
		}
		m := AddMonths(from, n)
		if wantY, wantM := from.Year()*12+int(from.Month())-1+n, m.Year()*12+int(m.Month())-1; wantY != wantM || m.Day() > from.Day() {
			t.Fatalf("AddMonths(%s, %d) = %s", from.Format(time.DateOnly), n, m.Format(time.DateOnly))
		}
		if age := AgeAt(from, to); age != floorDiv12(n) {
			t.Fatalf("AgeAt(%s, %s) = %d, months %d", from.Format(time.DateOnly), to.Format(time.DateOnly), age, n)
		}
		l := Level(lv % 4)
		ret := rulesRetirement(from, l)
		bday := AddMonths(from, 12*BUPAge(l))
		if ret.Day() != 1 || !ret.After(bday) || ret.AddDate(0, -1, 0).After(bday) {
			t.Fatalf("retirement of %s at level %v = %s, BUP birthday %s", from.Format(time.DateOnly), l, ret.Format(time.DateOnly), bday.Format(time.DateOnly))
		}
	})
}

// floorDiv12 is n/12 rounded towards minus infinity.
func floorDiv12(n int) int {
	q := n / 12
	if n%12 < 0 {
		q--
	}
	return q
}
