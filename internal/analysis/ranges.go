package analysis

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
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
// on which explain re-solves to check the ends of the weight ranges: about
// two solves per change of the whole plan between the current weight and
// the end, a fraction of a second on a city's roster, too long on a
// province (bench/README.md).
const explainCheckCells = 1 << 22

// explainMaxSolves bounds the solves of the search at one end.
const explainMaxSolves = 60

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
// each end of the estimate checked by re-solving with solve, when the
// roster's dense matrix would have at most explainCheckCells cells. The
// check finds exactly where the official's column first changes between
// the current weight and the far bound (0 below; four times the weight, at
// least 4, beyond the estimate above): a plan's cost is a line in the
// weight, the best plan's the lower envelope of those lines, and its
// corners between two solved values are found by Eisner and Severance's
// method (one solve where the two plans' lines cross: no plan below them,
// and that is the only corner between, or a third plan, and both sides
// are searched, the nearer first). eps, 1 % of the current weight (0.01
// below 1), is how near the estimate a change counts as confirming it.
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
	type point struct {
		x           float64
		s           *pipeline.Solution
		cost, slope float64
	}
	solves := 0
	// at solves the plan at weight = v, with its cost line in the weight.
	at := func(weight string, v float64) (point, error) {
		p := pol.Clone()
		if err := policyfile.Set(p, weight, strconv.FormatFloat(v, 'g', -1, 64)); err != nil {
			return point{}, err
		}
		solves++
		s, err := solve(ctx, p)
		if err != nil {
			return point{}, fmt.Errorf("explain: re-solving at %s = %g: %w", weight, v, err)
		}
		cost, slope, ok, err := s.Scores.WeightLine(s.Result.RowCol, weight)
		if err == nil && !ok {
			err = fmt.Errorf("explain: %s is not a weight", weight)
		}
		return point{x: v, s: s, cost: cost, slope: slope}, err
	}
	same := func(a, b point) bool { return slices.Equal(a.s.Result.RowCol, b.s.Result.RowCol) }
	// first searches from a, whose plan gives official i the chosen
	// column, toward b, for the first value where the plan gives them
	// another; done is how far (from a) the chosen column is proven to
	// hold when the search stops short of b (explainMaxSolves).
	var first func(weight string, a, b point) (v float64, col int, found bool, done float64, err error)
	first = func(weight string, a, b point) (float64, int, bool, float64, error) {
		if same(a, b) {
			return 0, 0, false, b.x, nil
		}
		if solves >= explainMaxSolves {
			return 0, 0, false, a.x, nil
		}
		lo, hi := math.Min(a.x, b.x), math.Max(a.x, b.x)
		lam := math.NaN()
		if d := a.slope - b.slope; d != 0 {
			lam = (b.cost - a.cost + a.x*a.slope - b.x*b.slope) / d
		}
		var c point
		var err error
		switch w := hi - lo; {
		case math.IsNaN(lam) || lam < lo-1e-9*w || lam > hi+1e-9*w:
			// Lines that do not cross between the two values can only
			// come of rounding: split in the middle.
			if c, err = at(weight, lo+w/2); err != nil {
				return 0, 0, false, 0, err
			}
		case lam <= lo || lam >= hi || lam == a.x || lam == b.x:
			// The lines meet at an end: both plans are optimal there.
			if col := b.s.Result.RowCol[i]; col != chosen {
				return math.Min(math.Max(lam, lo), hi), col, true, 0, nil
			}
			return 0, 0, false, b.x, nil
		default:
			if c, err = at(weight, lam); err != nil {
				return 0, 0, false, 0, err
			}
			line := a.cost + (lam-a.x)*a.slope
			tol := float64(2*n+m)*c.s.Stats.Ties.Tol + 1e-12*math.Abs(line)
			if same(c, a) || same(c, b) || c.cost >= line-tol {
				// a's plan is optimal from a to lam, b's from lam to b.
				if col := b.s.Result.RowCol[i]; col != chosen {
					return lam, col, true, 0, nil
				}
				return 0, 0, false, b.x, nil
			}
		}
		v, col, found, done, err := first(weight, a, c)
		if found || err != nil || done != c.x {
			return v, col, found, done, err
		}
		return first(weight, c, b)
	}
	// resolve checks the end est of the estimate on the side dir (−1 below,
	// +1 above the current value cur).
	resolve := func(weight string, cur, est, dir, eps float64) (check string, end *float64, to string, err error) {
		if !canCheck {
			return "not checked", nil, "", nil
		}
		solves = 0
		a, err := at(weight, cur)
		if err != nil {
			return "", nil, "", err
		}
		far := math.Max(est+4*dir*math.Max(cur, 1), 0)
		if far == cur {
			return "holds to " + report.FormatWeight(far, i18n.EN), nil, "", nil
		}
		b, err := at(weight, far)
		if err != nil {
			return "", nil, "", err
		}
		chg, c, found, done, err := first(weight, a, b)
		if err != nil {
			return "", nil, "", err
		}
		if !found {
			return "holds to " + report.FormatWeight(done, i18n.EN), nil, "", nil
		}
		// Six decimals, rounded away from the current value, so that the
		// plan at the value shown has changed: at the change itself both
		// plans are optimal, and the tie rule, which takes plans within
		// the certificate's tolerance for equal, switches within about a
		// millionth beyond it; a solve tells the first value of six
		// decimals where it has.
		if dir > 0 {
			chg = math.Ceil(chg*1e6) / 1e6
		} else {
			chg = math.Floor(chg*1e6) / 1e6
		}
		for k := 0; k < 4 && chg >= 0; k++ {
			p, err := at(weight, chg)
			if err != nil {
				return "", nil, "", err
			}
			if col := p.s.Result.RowCol[i]; col != chosen {
				c = col
				break
			}
			chg = math.Round((chg+dir*1e-6)*1e6) / 1e6
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
