package model

import "testing"

func TestScoreTenureBounds(t *testing.T) {
	tests := []struct {
		min, max int
		lo, hi   int
	}{
		{24, 60, 24, 60},
		// tenure_min_months = 0 means no minimum: the pressure ramp starts at
		// once, as the rules let the official move at once.
		{0, 60, 0, 60},
		{-5, 60, 0, 60},
		{24, 0, 24, 60},
		{70, 60, 70, 71}, // a maximum below the minimum still gives a ramp
	}
	for _, tt := range tests {
		lo, hi := scoreTenureBounds(Rules{TenureMinMonths: tt.min, TenureMaxMonths: tt.max})
		if lo != tt.lo || hi != tt.hi {
			t.Errorf("scoreTenureBounds(%d, %d) = %d, %d; want %d, %d", tt.min, tt.max, lo, hi, tt.lo, tt.hi)
		}
	}
}
