package solver

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

// progressLog records WithProgress's calls.
type progressLog struct{ done, total []int }

func (l *progressLog) f(done, total int) {
	l.done, l.total = append(l.done, done), append(l.total, total)
}

// check asserts that the reports rise to their total, with one total, and
// that they came at all.
func (l *progressLog) check(t *testing.T) {
	t.Helper()
	require.NotEmpty(t, l.done, "no progress reported")
	for k := range l.done {
		assert.Equal(t, l.total[0], l.total[k], "the total changed")
		if k > 0 {
			assert.Greater(t, l.done[k], l.done[k-1], "progress went back")
		}
	}
	assert.Equal(t, l.total[0], l.done[len(l.done)-1], "the last report is not the total")
}

// TestWithProgress: the dense and the capacitated solves, cold and warm,
// report their augmenting paths up to the total, and the answer does not
// depend on the reporting.
func TestWithProgress(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 0))
	const n, m = 300, 300
	cost := mat.NewDense(n, m, nil)
	for i := range n {
		for j := range m {
			cost.Set(i, j, float64(rng.IntN(1000)))
		}
	}
	var dl progressLog
	res, err := Solve(cost, WithProgress(dl.f))
	require.NoError(t, err)
	dl.check(t)
	plain, err := Solve(cost)
	require.NoError(t, err)
	assert.Equal(t, plain.RowCol, res.RowCol)

	ccost, capacity := capRandom(rng, 200, 20, 15, 0.05, func() float64 { return float64(rng.IntN(100)) })
	for j := range capacity {
		capacity[j] = 12 // room for every row
	}
	var cl progressLog
	cres, _, err := SolveCapacitated(ccost, capacity, WithProgress(cl.f))
	require.NoError(t, err)
	cl.check(t)
	cplain, _, err := SolveCapacitated(ccost, capacity)
	require.NoError(t, err)
	assert.Equal(t, cplain.RowCol, cres.RowCol)

	// A warm start from the optimum of slightly other costs.
	other := mat.DenseCopyOf(ccost)
	for i := range 200 {
		if j := rng.IntN(20); !math.IsInf(other.At(i, j), 1) {
			other.Set(i, j, other.At(i, j)+float64(rng.IntN(30)))
		}
	}
	var wl progressLog
	wres, _, _, err := SolveCapacitatedFrom(other, capacity, cres, WithProgress(wl.f))
	require.NoError(t, err)
	wplain, _, err := SolveCapacitated(other, capacity)
	require.NoError(t, err)
	assert.InDelta(t, wplain.Total, wres.Total, 1e-9)
	if len(wl.done) > 0 {
		wl.check(t)
	}
}
