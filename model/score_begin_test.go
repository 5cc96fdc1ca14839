package model

import (
	"context"
	"strings"
	"testing"

	"time"
)

// TestScoreBeginEmptyRoster: Score and SolveSparse refuse a roster without
// officials, each naming itself in the error (their shared scoreBegin).
func TestScoreBeginEmptyRoster(t *testing.T) {
	pol := DefaultPolicy(time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	r := &Roster{}
	el, err := Evaluate(r, &pol)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Score(context.Background(), r, el, &pol)
	if err == nil || !strings.Contains(err.Error(), "model: Score: the roster has no officials") {
		t.Errorf("Score: %v", err)
	}
	_, err = SolveSparse(context.Background(), r, el, &pol, SparseOptions{})
	if err == nil || !strings.Contains(err.Error(), "model: SolveSparse: the roster has no officials") {
		t.Errorf("SolveSparse: %v", err)
	}
}
