package model

import "testing"

func TestEselonRankRange(t *testing.T) {
	// The table of DOMAIN.md (PP 13/2002): lowest, highest and the lowest
	// allowed rank, one step below the lowest.
	tests := []struct {
		e        Eselon
		lo, hi   string
		minimum  string
		level    Level
		required uint8
	}{
		{EselonIIa, "IV/c", "IV/d", "IV/b", LevelJPT, 4},
		{EselonIIb, "IV/b", "IV/c", "IV/a", LevelJPT, 4},
		{EselonIIIa, "IV/a", "IV/b", "III/d", LevelAdministrator, 3},
		{EselonIIIb, "III/d", "IV/a", "III/c", LevelAdministrator, 3},
		{EselonIVa, "III/c", "III/d", "III/b", LevelPengawas, 2},
		{EselonIVb, "III/b", "III/c", "III/a", LevelPengawas, 2},
	}
	for _, tt := range tests {
		t.Run(tt.e.String(), func(t *testing.T) {
			lo, hi := tt.e.RankRange()
			if lo.String() != tt.lo || hi.String() != tt.hi {
				t.Errorf("RankRange = %v, %v; want %s, %s", lo, hi, tt.lo, tt.hi)
			}
			if got := tt.e.MinRank().String(); got != tt.minimum {
				t.Errorf("MinRank = %s, want %s", got, tt.minimum)
			}
			if got := tt.e.Level(); got != tt.level {
				t.Errorf("Level = %v, want %v", got, tt.level)
			}
			if got := tt.e.Level().DefaultRequired(); got != tt.required {
				t.Errorf("DefaultRequired = %d, want %d", got, tt.required)
			}
		})
	}
	if lo, hi := Eselon(0).RankRange(); lo != 0 || hi != 0 || Eselon(0).MinRank() != 0 {
		t.Errorf("unknown eselon has a rank range %v–%v", lo, hi)
	}
}

func TestRankString(t *testing.T) {
	want := []string{"?", "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
		"III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e", "?"}
	for r := range want {
		if got := Rank(r).String(); got != want[r] {
			t.Errorf("Rank(%d) = %q, want %q", r, got, want[r])
		}
		if valid := Rank(r).Valid(); valid != (want[r] != "?") {
			t.Errorf("Rank(%d).Valid() = %v", r, valid)
		}
	}
}

func TestPredicateValueOrdered(t *testing.T) {
	// Better predicates must never be worth less: the score relies on it.
	prev := 2.0
	for p := SangatBaik; p <= SangatKurang; p++ {
		v := p.Value()
		if v >= prev || v < 0 || v > 1 {
			t.Errorf("%v.Value() = %v after %v", p, v, prev)
		}
		prev = v
	}
	if Predicate(0).Value() != ButuhPerbaikan.Value() {
		t.Errorf("unknown predicate is not neutral")
	}
}

func TestNIPString(t *testing.T) {
	n := NIP{Raw: "197003152000031002"}
	if got, want := n.String(), "19700315 200003 1 002"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}
