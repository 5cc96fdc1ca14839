package analysis

import (
	"slices"
	"testing"

	"github.com/mutasi-id/mutasi/model"
)

func TestSweepValues(t *testing.T) {
	for _, tc := range []struct {
		sp   SweepSpec
		want []float64
	}{
		{SweepSpec{"fit", 0, 0.3, 0.1}, []float64{0, 0.1, 0.2, 0.3}},
		{SweepSpec{"fit", 1, 1, 0.5}, []float64{1}},
		{SweepSpec{"fit", 0, 1, 0.4}, []float64{0, 0.4, 0.8}},
	} {
		if got := tc.sp.Values(); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: %v, want %v", tc.sp, got, tc.want)
		}
	}
}

// FuzzParseSweep: parseSweep never panics, and what it accepts is a grid
// of at most SweepMaxSteps+1 increasing values from FROM to at most TO.
func FuzzParseSweep(f *testing.F) {
	for _, s := range []string{"fit=0:3:0.25", "release=1:1:1", "a=0:1e308:1e-308", "fit=NaN:1:1", "x=:1:2", "fit=0:3:0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := ParseSweep(s)
		if err != nil {
			return
		}
		if sp.Key == "" || !(sp.Step > 0) || sp.To < sp.From {
			t.Fatalf("%q accepted as %+v", s, sp)
		}
		vs := sp.Values()
		if len(vs) == 0 || len(vs) > SweepMaxSteps+2 || vs[0] != sweepRound(sp.From) {
			t.Fatalf("%q: %d values starting %v", s, len(vs), vs)
		}
		for k := 1; k < len(vs); k++ {
			if vs[k] <= vs[k-1] || vs[k] > sp.To+1e-9 {
				t.Fatalf("%q: values %v", s, vs)
			}
		}
	})
}

// TestSweepDefaultPrecision: without --precision a sweep searches between
// its values on a roster of up to sweepSearchCells officials × posts and
// solves the values alone beyond it.
func TestSweepDefaultPrecision(t *testing.T) {
	sp := SweepSpec{"fit", 0, 3, 0.25}
	for _, tc := range []struct {
		officials, posts int
		want             float64
	}{
		{194, 143, 0.25 / 16},
		{2048, 2048, 0.25 / 16},
		{2048, 2049, 0.25},
		{6000, 5000, 0.25},
	} {
		r := &model.Roster{Officials: make([]model.Official, tc.officials), Positions: make([]model.Position, tc.posts)}
		if got := DefaultPrecision(r, sp); got != tc.want {
			t.Errorf("%d officials, %d posts: %v, want %v", tc.officials, tc.posts, got, tc.want)
		}
	}
}
