package model

import (
	"math"
	"testing"
)

func TestJPM(t *testing.T) {
	std := Profile{4, 4, 4, 4, 4, 4, 4, 4, 4} // JPT standard: Σ = 36
	tests := []struct {
		name   string
		actual Profile
		want   float64
		ok     bool
		cat    string
	}{
		{"at standard", Profile{4, 4, 4, 4, 4, 4, 4, 4, 4}, 1, true, "MS"},
		// Competencies above the standard are capped: 5s do not make up for 3s.
		{"capped", Profile{5, 5, 5, 5, 3, 3, 3, 3, 4}, 32.0 / 36, true, "MS"},
		{"mms", Profile{3, 3, 3, 3, 3, 3, 3, 3, 3}, 27.0 / 36, true, "MMS"},
		{"kms", Profile{2, 3, 2, 3, 2, 3, 2, 3, 2}, 22.0 / 36, true, "KMS"},
		// One unassessed competency counts as 0 for its term.
		{"one unknown", Profile{4, 4, 4, 4, 4, 4, 4, 4, 0}, 32.0 / 36, true, "MS"},
		{"not assessed", Profile{}, 0, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := JPM(tt.actual, std)
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-12 {
				t.Fatalf("JPM = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
			if ok {
				if c := JPMCategory(got); c != tt.cat {
					t.Errorf("category %q, want %q", c, tt.cat)
				}
			}
		})
	}
}

func TestJPMCategoryBoundaries(t *testing.T) {
	// MS ≥ 80 %, MMS 68–80 %, KMS < 68 % (DOMAIN.md "Competency").
	for _, tt := range []struct {
		jpm  float64
		want string
	}{{0.80, "MS"}, {0.7999, "MMS"}, {0.68, "MMS"}, {0.6799, "KMS"}, {0, "KMS"}, {1, "MS"}} {
		if got := JPMCategory(tt.jpm); got != tt.want {
			t.Errorf("JPMCategory(%v) = %q, want %q", tt.jpm, got, tt.want)
		}
	}
}

func TestJPMPostWithoutStandard(t *testing.T) {
	if _, ok := JPM(Profile{3, 3, 3}, Profile{}); ok {
		t.Error("a post with no standard gave a JPM")
	}
}
