package report

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mutasi-id/mutasi/bench"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
)

// TestWritePlanJSONPieces: the plan's JSON written in pieces (its moves
// marshalled apart, on every core) is WriteJSON's, byte for byte, on a
// generated roster's plan with more moves than one piece holds, in both
// languages, with and without next-best plans, and with names that JSON
// escapes.
func TestWritePlanJSONPieces(t *testing.T) {
	r, err := bench.Generate(bench.Config{Officials: 1200, Positions: 1000, Seed: 5})
	require.NoError(t, err)
	r.Officials[3].Name = `Dr. <Contoh> & "Uji"` + "\u2028"
	d, err := time.Parse(time.DateOnly, bench.DefaultDate)
	require.NoError(t, err)
	pol := model.DefaultPolicy(d)
	sol, err := pipeline.Solve(context.Background(), r, &pol, pipeline.Options{Mode: pipeline.Sparse})
	require.NoError(t, err)
	require.Greater(t, len(sol.Plan.Moves), 3*jsonMovesChunk)
	alts, err := sol.Next(context.Background(), 2)
	require.NoError(t, err)
	for _, lang := range []i18n.Lang{i18n.ID, i18n.EN} {
		for _, a := range [][]*model.Plan{nil, alts} {
			var got, want bytes.Buffer
			j := jsonPlanAlts(sol.Plan, a, lang)
			require.NoError(t, writePlanJSON(&got, &j))
			require.NoError(t, WriteJSON(&want, j))
			require.Contains(t, want.String(), `\u003cContoh\u003e \u0026 \"Uji\"\u2028`)
			require.Equal(t, want.String(), got.String())
		}
	}
}
