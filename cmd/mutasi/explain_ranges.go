package main

import (
	"context"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/policyfile"
	"github.com/mutasi-id/mutasi/internal/report"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/mutasi-id/mutasi/model"
)

// explainCheckCells bounds the cost matrix (officials × (posts+officials))
// on which explain re-solves to check the ends of the weight ranges: at
// most explainMaxWalk+explainMaxBisect+2 solves per end, about 0.1 s per end
// on the sample, where a solve takes about 7 ms; not on a province.
const explainCheckCells = 1 << 22

// explainMaxWalk is how many times an end that holds beyond the estimate is
// pushed further out (by eps, 2·eps, 4·eps, …) before giving up, and
// explainMaxBisect how many bisections then locate the change.
const (
	explainMaxWalk   = 7
	explainMaxBisect = 12
)

// explainRange is a model.WeightRange, the pairwise estimate, with each
// bounded end checked by re-solving the whole plan.
type explainRange struct {
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

// explainRangesNote says what the ranges are; printed and in the JSON.
const explainRangesNote = model.StabilityNote + "; each end then checked by re-solving the whole plan around it"

// explainRanges returns official i's weight ranges in sol with each end of
// the estimate checked by re-solving with solve, when the roster's dense
// matrix would have at most explainCheckCells cells. eps is 1 % of the
// current weight (0.01 below 1).
func explainRanges(ctx context.Context, r *model.Roster, pol *model.Policy, sol *solution, i int, solve func(context.Context, *model.Policy) (*solution, error)) ([]explainRange, error) {
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
				return "holds to " + explainNum(keep), nil, "", nil
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
	out := make([]explainRange, len(wrs))
	for k, wr := range wrs {
		er := explainRange{WeightRange: wr}
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

// explainNum prints a weight value with at most 4 significant digits.
func explainNum(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// writeExplainRanges prints the ranges after the explanation's table.
func writeExplainRanges(w io.Writer, ranges []explainRange) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\nWeight ranges that keep this choice\n  estimate: %s\n  re-solved: where re-solving the whole plan first changes this choice, within 1%% of the weight;\n  \"holds to V\": still the same at V, where the search stopped\n", model.StabilityNote)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  weight\tnow\testimate\tbelow\tabove\n")
	side := func(to, check string, end *float64, resolvedTo string) string {
		switch {
		case to == "":
			return "-"
		case end != nil && check == "re-solved":
			return fmt.Sprintf("%s; re-solved: %s at %s", to, resolvedTo, explainNum(*end))
		case check == "confirmed":
			return fmt.Sprintf("%s; re-solved: confirmed (%s at %s)", to, resolvedTo, explainNum(*end))
		}
		return to + "; re-solved: " + check
	}
	for _, r := range ranges {
		hi, hiSide := "∞", "-"
		if r.Hi != nil {
			hi, hiSide = explainNum(*r.Hi), side(r.HiTo, r.HiCheck, r.HiResolved, r.HiResolvedTo)
		}
		fmt.Fprintf(tw, "  %s\t%s\t[%s, %s]\t%s\t%s\n", r.Weight, explainNum(r.Current), explainNum(r.Lo), hi,
			side(r.LoTo, r.LoCheck, r.LoResolved, r.LoResolvedTo), hiSide)
	}
	tw.Flush()
	_, err := io.WriteString(w, b.String())
	return err
}

// explainWithRanges is explain's JSON: the explanation and the ranges.
type explainWithRanges struct {
	jsonExplanation
	WeightRanges     []explainRange `json:"weight_ranges"`
	WeightRangesNote string         `json:"weight_ranges_note"`
}
