package model

import "testing"

func TestRosterKind(t *testing.T) {
	r := &Roster{
		Positions: []Position{
			{ID: "KADIS", Eselon: EselonIIb},
			{ID: "SEK", Eselon: EselonIIIa},
			{ID: "BID", Eselon: EselonIIIb},
			{ID: "SEK2", Eselon: EselonIIIa},
		},
		Officials: []Official{
			{Position: "SEK"},                      // an administrator in the roster
			{Eselon: EselonIVa},                    // a pengawas outside the roster
			{},                                     // no structural post
			{Position: "KADIS"},                    // a JPT
			{Position: "LUAR", Eselon: EselonIIIa}, // a post outside the roster
		},
	}
	idx := r.PositionIndex()
	tests := []struct {
		i, j int
		want MoveType
	}{
		{0, 1, Stay},
		{0, 3, Rotate},  // III.a to III.a
		{0, 2, Demote},  // III.a to III.b: a lower eselon within the level
		{0, 0, Promote}, // III.a to II.b
		{0, -1, Release},
		{1, 1, Promote},
		{1, 2, Promote}, // IV.a to III.b
		{1, 0, Promote}, // two levels up: the rules forbid it, the kind is still a promotion
		{1, -1, Unplaced},
		{2, 2, Fill},
		{2, -1, Unplaced},
		{3, 1, Demote}, // the rules decide whether a demotion is allowed
		{3, -1, Release},
		{4, 2, Demote},
		{4, 1, Rotate},
		{4, 0, Promote},
		{4, -1, Unplaced}, // holds a post outside the roster: keeps it
	}
	for _, tt := range tests {
		if got := r.Kind(tt.i, tt.j, idx); got != tt.want {
			t.Errorf("Kind(%d, %d) = %v, want %v", tt.i, tt.j, got, tt.want)
		}
	}
	if got := r.CurrentLevel(4, idx); got != LevelAdministrator {
		t.Errorf("CurrentLevel of an outside administrator = %v", got)
	}
	oi := r.OfficialIndex()
	if len(oi) != 1 { // all NIPs are empty here: one key
		t.Errorf("OfficialIndex has %d keys", len(oi))
	}
}
