package solver

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortCands checks sortCands against the library's sort on the same
// order (key, then column), on lists of every length up to past a list's
// longest, with few distinct keys (ties), many, and infinities of the
// floor's kind absent (lists hold finite keys only).
func TestSortCands(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range capCandLen + 40 {
		for _, distinct := range []int{1, 3, n + 1} {
			e := make([]candEntry, n)
			for k, l := range rng.Perm(n) {
				e[k] = candEntry{key: float64(rng.IntN(distinct)) - 0.5, l: int32(l)}
			}
			want := slices.Clone(e)
			slices.SortFunc(want, func(a, b candEntry) int {
				return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.l, b.l))
			})
			sortCands(e)
			if !slices.Equal(e, want) {
				t.Fatalf("n = %d, %d distinct keys: got %v, want %v", n, distinct, e, want)
			}
			// Sorted and reversed input: the middle of three's cases.
			sortCands(e)
			if !slices.Equal(e, want) {
				t.Fatalf("n = %d, %d distinct keys, sorted: got %v, want %v", n, distinct, e, want)
			}
			slices.Reverse(e)
			sortCands(e)
			if !slices.Equal(e, want) {
				t.Fatalf("n = %d, %d distinct keys, reversed: got %v, want %v", n, distinct, e, want)
			}
		}
	}
}
