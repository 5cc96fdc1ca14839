package analysis

import (
	"context"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"

	"github.com/mutasi-id/mutasi/model"
)

// explainCheckCells bounds the cost matrix (officials × (posts+officials))
// on which explain re-solves to check the ends of the weight ranges: at
// most explainMaxWalk+explainMaxBisect+2 solves per end, a fraction of a
// second on a city's roster, too long on a province (bench/README.md).
const explainCheckCells = 1 << 22

// explainMaxWalk is how many times an end that holds beyond the estimate is
// pushed further out (by eps, 2·eps, 4·eps, …) before giving up, and
// explainMaxBisect how many bisections then locate the change.
const (
	explainMaxWalk   = 7
	explainMaxBisect = 12
)

// CheckedRange is a model.WeightRange, the pairwise estimate, with each
// bounded end checked by re-solving the whole plan.
type CheckedRange struct {
	model.WeightRange
	// LoCheck and HiCheck say what the re-solves found at that end:
	// "confirmed" (the plan changes within 2·eps of the estimate),
	// "re-solved" (it changes elsewhere: LoResolved/HiResolved, within eps,
	// and the column that takes over), "holds to V" (no change up to V, as
	// far as the search went), "not checked" (the roster is too large), or
	// "" (the estimate has no end on that side).
	LoCheck      string   `json:"lo_check"`
	HiCheck      string   `json:"hi_check"`
	LoResolved   *float64 `json:"lo_resolved"`
	HiResolved   *float64 `json:"hi_resolved"`
	LoResolvedTo string   `json:"lo_resolved_to"`
	HiResolvedTo string   `json:"hi_resolved_to"`
}

// CheckRanges returns official i's weight ranges in sol (explain's) with
// each end of the estimate checked by re-solving with solve, when the roster's dense
// matrix would have at most explainCheckCells cells. eps is 1 % of the
// current weight (0.01 below 1).
func CheckRanges(ctx context.Context, r *model.Roster, pol *model.Policy, sol *pipeline.Solution, i int, solve func(context.Context, *model.Policy) (*pipeline.Solution, error)) ([]CheckedRange, error) {
	wrs, err := model.WeightRanges(r, sol.Scores, sol.Result, i)
	if err != nil {
		return nil, err
	}
	n, m := len(r.Officials), len(r.Positions)
	canCheck := n*(m+n) <= explainCheckCells
	chosen := sol.Result.RowCol[i]
	colName := func(c int) string {
		if c >= m {
			return "release"
		}
		return r.Positions[c].ID
	}
	// at returns official i's column in the plan at weight = v.
	at := func(weight string, v float64) (int, error) {
		p := pol.Clone()
		if err := policyfile.Set(p, weight, strconv.FormatFloat(v, 'g', -1, 64)); err != nil {
			return 0, err
		}
		s, err := solve(ctx, p)
		if err != nil {
			return 0, fmt.Errorf("explain: re-solving at %s = %g: %w", weight, v, err)
		}
		return s.Result.RowCol[i], nil
	}
	// bisect narrows [keep, chg] (keep keeps the column, chg does not; col
	// is chg's column) to eps and returns the changing end and its column.
	bisect := func(weight string, keep, chg float64, col int, eps float64) (float64, int, error) {
		for k := 0; k < explainMaxBisect && math.Abs(chg-keep) > eps; k++ {
			mid := keep + (chg-keep)/2
			c, err := at(weight, mid)
			if err != nil {
				return 0, 0, err
			}
			if c == chosen {
				keep = mid
			} else {
				chg, col = mid, c
			}
		}
		return chg, col, nil
	}
	// resolve checks the end est of the estimate on the side dir (−1 below,
	// +1 above the current value cur).
	resolve := func(weight string, cur, est, dir, eps float64) (check string, end *float64, to string, err error) {
		if !canCheck {
			return "not checked", nil, "", nil
		}
		in := est - dir*math.Min(eps, math.Abs(est-cur)/2)
		c, err := at(weight, in)
		if err != nil {
			return "", nil, "", err
		}
		var chg float64
		if c != chosen {
			if chg, c, err = bisect(weight, cur, in, c, eps); err != nil {
				return "", nil, "", err
			}
		} else {
			keep, step, found := in, eps, false
			for k := 0; k < explainMaxWalk && !found; k++ {
				v := math.Max(est+dir*step, 0)
				if c, err = at(weight, v); err != nil {
					return "", nil, "", err
				}
				if c != chosen {
					if chg, c, err = bisect(weight, keep, v, c, eps); err != nil {
						return "", nil, "", err
					}
					found = true
					break
				}
				keep = v
				if v == 0 {
					break
				}
				step *= 2
			}
			// A last probe at the far bound: 0 below, 4 times the
			// current weight (at least +4) above.
			if far := math.Max(est+4*dir*math.Max(cur, 1), 0); !found && far != keep {
				if c, err = at(weight, far); err != nil {
					return "", nil, "", err
				}
				if c != chosen {
					if chg, c, err = bisect(weight, keep, far, c, eps); err != nil {
						return "", nil, "", err
					}
					found = true
				} else {
					keep = far
				}
			}
			if !found {
				return "holds to " + report.FormatWeight(keep, i18n.EN), nil, "", nil
			}
		}
		// Six decimals, rounded away from the current value: the plan at
		// the value shown has changed (at a breakpoint the tie rule may
		// already give the other plan, so nearest rounding could land on
		// the side that keeps the choice).
		if dir > 0 {
			chg = math.Ceil(chg*1e6) / 1e6
		} else {
			chg = math.Floor(chg*1e6) / 1e6
		}
		if math.Abs(chg-est) <= 2*eps {
			return "confirmed", &chg, colName(c), nil
		}
		return "re-solved", &chg, colName(c), nil
	}
	out := make([]CheckedRange, len(wrs))
	for k, wr := range wrs {
		er := CheckedRange{WeightRange: wr}
		eps := 0.01 * math.Max(wr.Current, 1)
		if wr.LoTo != "" {
			if er.LoCheck, er.LoResolved, er.LoResolvedTo, err = resolve(wr.Weight, wr.Current, wr.Lo, -1, eps); err != nil {
				return nil, err
			}
		}
		if wr.Hi != nil {
			if er.HiCheck, er.HiResolved, er.HiResolvedTo, err = resolve(wr.Weight, wr.Current, *wr.Hi, 1, eps); err != nil {
				return nil, err
			}
		}
		er.Lo = report.Round6(er.Lo)
		if er.Hi != nil {
			h := report.Round6(*er.Hi)
			er.Hi = &h
		}
		out[k] = er
	}
	return out, nil
}

// WriteRanges prints the ranges after the explanation's table, in
// l: by default what re-solving the whole plan found at each end (the
// figures a committee can rely on); with detail, the pairwise estimate too.
func WriteRanges(w io.Writer, ranges []CheckedRange, l i18n.Lang, detail bool) error {
	if detail {
		return writeRangesDetail(w, ranges, l)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s\n", l.T(i18n.ExplainRanges))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  %s\n", l.T(i18n.ExplainRangesHeader))
	side := func(to, check string, est float64, end *float64, resolvedTo string) string {
		switch {
		case to == "":
			return l.T(i18n.ExplainRangeKeeps)
		case end != nil:
			return l.T(i18n.ExplainRangeAt, report.FormatWeight(*end, l), explainTo(resolvedTo, l))
		case check == "not checked":
			return l.T(i18n.ExplainRangeAbout, report.FormatWeight(est, l), explainTo(to, l))
		}
		if v, ok := strings.CutPrefix(check, "holds to "); ok {
			return l.T(i18n.ExplainRangeHolds, report.FormatWeight(parseFloat(v), l))
		}
		return check
	}
	for _, r := range ranges {
		hi := l.T(i18n.ExplainRangeKeeps)
		if r.Hi != nil {
			hi = side(r.HiTo, r.HiCheck, *r.Hi, r.HiResolved, r.HiResolvedTo)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", report.ComponentLabel(r.Weight, l), report.FormatWeight(r.Current, l),
			side(r.LoTo, r.LoCheck, r.Lo, r.LoResolved, r.LoResolvedTo), hi)
	}
	tw.Flush()
	fmt.Fprintf(&b, "  %s\n", l.T(i18n.ExplainRangesHint))
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRangesDetail prints the ranges with the pairwise estimate
// and what re-solving found at each of its ends (explain --detail).
func writeRangesDetail(w io.Writer, ranges []CheckedRange, l i18n.Lang) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s\n%s\n", l.T(i18n.ExplainDetailRanges), l.T(i18n.ExplainDetailNotes, l.T(i18n.ExplainStabilityNote)))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  %s\n", l.T(i18n.ExplainDetailHeader))
	side := func(to, check string, end *float64, resolvedTo string) string {
		switch {
		case to == "":
			return "-"
		case end != nil && check == "re-solved":
			return l.T(i18n.ExplainDetailResolved, explainTo(to, l), explainTo(resolvedTo, l), report.FormatWeight(*end, l))
		case check == "confirmed":
			return l.T(i18n.ExplainDetailConfirmed, explainTo(to, l), explainTo(resolvedTo, l), report.FormatWeight(*end, l))
		case check == "not checked":
			return l.T(i18n.ExplainDetailCheck, explainTo(to, l), l.T(i18n.ExplainNotChecked))
		}
		if v, ok := strings.CutPrefix(check, "holds to "); ok {
			check = l.T(i18n.ExplainRangeHolds, report.FormatWeight(parseFloat(v), l))
		}
		return l.T(i18n.ExplainDetailCheck, explainTo(to, l), check)
	}
	for _, r := range ranges {
		hi, hiSide := "∞", "-"
		if r.Hi != nil {
			hi, hiSide = report.FormatWeight(*r.Hi, l), side(r.HiTo, r.HiCheck, r.HiResolved, r.HiResolvedTo)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", report.ComponentLabel(r.Weight, l), report.FormatWeight(r.Current, l), l.T(i18n.ExplainInterval, report.FormatWeight(r.Lo, l), hi),
			side(r.LoTo, r.LoCheck, r.LoResolved, r.LoResolvedTo), hiSide)
	}
	tw.Flush()
	_, err := io.WriteString(w, b.String())
	return err
}

// explainTo names the column that takes over: a post's id, or the release.
func explainTo(to string, l i18n.Lang) string {
	if to == "release" {
		return l.T(i18n.ExplainRelease)
	}
	return to
}

// parseFloat reads a number written by report.FormatWeight in English; 0 when it is
// none.
func parseFloat(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// ExplanationWithRanges is explain's JSON: the explanation and the ranges.
type ExplanationWithRanges struct {
	report.JSONExplanation
	WeightRanges     []CheckedRange `json:"weight_ranges"`
	WeightRangesNote string         `json:"weight_ranges_note"`
}
