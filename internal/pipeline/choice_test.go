package pipeline

import "testing"

func TestChoose(t *testing.T) {
	for _, c := range []struct {
		mode   Mode
		n, m   int
		sparse bool
		why    Reason
	}{
		{Auto, 180, 143, false, ReasonWithinLimit},
		{Auto, 2400, 2000, false, ReasonWithinLimit}, // 84 MB
		{Auto, 4000, 3800, false, ReasonWithinLimit}, // 238 MiB
		{Auto, 4200, 4000, true, ReasonAboveLimit},   // 263 MiB > 256 MiB
		{Auto, 6000, 5000, true, ReasonAboveLimit},   // 528 MB
		{Auto, 10000, 12000, true, ReasonAboveLimit}, // 1.76 GB
		{Auto, 50000, 40000, true, ReasonAboveLimit}, // 36 GB
		{Dense, 50000, 40000, false, ReasonAsked},
		{Sparse, 3, 2, true, ReasonAsked},
	} {
		got := Choose(c.mode, c.n, c.m)
		if got.Sparse != c.sparse || got.Reason != c.why || got.Officials != c.n || got.Posts != c.m {
			t.Errorf("Choose(%v, %d, %d) = %+v, want sparse %v for %v", c.mode, c.n, c.m, got, c.sparse, c.why)
		}
		if want := 8 * float64(c.n) * float64(c.m+c.n); got.DenseBytes != want {
			t.Errorf("Choose(%v, %d, %d): %v bytes, want %v", c.mode, c.n, c.m, got.DenseBytes, want)
		}
	}
	for _, s := range []string{"auto", "dense", "sparse"} {
		if m, err := ParseMode(s); err != nil || m.String() != s {
			t.Errorf("ParseMode(%q) = %v, %v", s, m, err)
		}
	}
	if _, err := ParseMode("magic"); err == nil {
		t.Error("ParseMode(magic): no error")
	}
}
