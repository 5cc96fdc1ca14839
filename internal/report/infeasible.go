package report

import (
	"cmp"
	"errors"
	"slices"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// InfeasibleOf words err when a solve of r found no plan: the Hall
// violator of a *solver.InfeasibleError in it (InfeasibleMessage), with
// the rules of the *pipeline.InfeasibleError around it when there is one.
// ok is false for any other error.
func InfeasibleOf(r *model.Roster, err error) (msg i18n.Msg, ok bool) {
	var ie *solver.InfeasibleError
	if !errors.As(err, &ie) {
		return i18n.Msg{}, false
	}
	var el *model.Eligibility
	var pe *pipeline.InfeasibleError
	if errors.As(err, &pe) {
		el = pe.Elig
	}
	return InfeasibleMessage(r, ie, el), true
}

// InfeasibleMessage words a Hall violator of the cost matrix of model.Score
// (rows are officials; columns are the posts, then one release column per
// official) as officials and posts, so that the user knows which pins,
// forbids or rules to relax.
//
// With the rules the solve ran under (el, nil when unknown) it names the
// rules that close the other places: to the officials concerned, every
// post outside the few left and their release; for posts only a few can
// take, to every other official.
func InfeasibleMessage(r *model.Roster, ie *solver.InfeasibleError, el *model.Eligibility) i18n.Msg {
	rows, cols := ie.Rows, ie.Cols
	if ie.Transposed {
		rows, cols = cols, rows
	}
	m := len(r.Positions)
	who := func(i int) any {
		if i >= 0 && i < len(r.Officials) {
			return r.Officials[i].NIP.Raw + " " + r.Officials[i].Name
		}
		return i18n.M(i18n.CLIRowN, i)
	}
	where := func(j int) any {
		switch {
		case j >= 0 && j < m:
			return r.Positions[j].ID
		case j >= m && j-m < len(r.Officials):
			return i18n.M(i18n.CLIReleaseOf, r.Officials[j-m].NIP.Raw)
		}
		return i18n.M(i18n.CLIColumnN, j)
	}
	list := func(xs []int, f func(int) any) any {
		const most = 10
		var parts []any
		for k, x := range xs {
			if k == most {
				parts = append(parts, i18n.M(i18n.CLIAndMore, len(xs)-most))
				break
			}
			parts = append(parts, f(x))
		}
		if len(parts) == 0 {
			return i18n.M(i18n.WordNone)
		}
		return i18n.List(parts)
	}
	rules := infeasibleRules(r, el, rows, cols, ie.Transposed)
	if ie.Transposed {
		if rules != nil {
			return i18n.M(i18n.CLIInfeasibleColsRules,
				i18n.Count{N: len(cols), Noun: i18n.UnitPost}, list(cols, where),
				i18n.Count{N: len(rows), Noun: i18n.UnitOfficial}, list(rows, who), rules)
		}
		return i18n.M(i18n.CLIInfeasibleCols,
			i18n.Count{N: len(cols), Noun: i18n.UnitPost}, list(cols, where),
			i18n.Count{N: len(rows), Noun: i18n.UnitOfficial}, list(rows, who))
	}
	if rules != nil {
		return i18n.M(i18n.CLIInfeasibleRowsRules,
			i18n.Count{N: len(rows), Noun: i18n.UnitOfficial}, list(rows, who),
			i18n.Count{N: len(cols), Noun: i18n.CLIUnitPlace}, list(cols, where), rules)
	}
	return i18n.M(i18n.CLIInfeasibleRows,
		i18n.Count{N: len(rows), Noun: i18n.UnitOfficial}, list(rows, who),
		i18n.Count{N: len(cols), Noun: i18n.CLIUnitPlace}, list(cols, where))
}

// infeasibleMost bounds the officials (or posts) whose closed places
// infeasibleRules reads, so that the message of a provincial roster stays
// quick; the rules of the first ones name the cause.
const infeasibleMost = 64

// infeasibleRules names the rules that close the places outside the Hall
// violator, each with the number of officials (rows: the officials
// concerned; transposed: the other officials) it closes a place to, the
// most first: "R-RELEASE-CAUSE (2 pejabat), R-TENURE-MIN (1 pejabat)". Nil
// without the rules or when none names a cause (the user's pins and
// forbids are R-DECISION).
func infeasibleRules(r *model.Roster, el *model.Eligibility, rows, cols []int, transposed bool) any {
	if el == nil {
		return nil
	}
	m, n := len(r.Positions), len(r.Officials)
	counts := map[string]int{}
	var codes []string
	add := func(seen map[string]bool, cs []string) {
		for _, c := range cs {
			if !seen[c] {
				seen[c] = true
				counts[c]++
			}
		}
	}
	in := func(xs []int) map[int]bool {
		out := make(map[int]bool, len(xs))
		for _, x := range xs {
			out[x] = true
		}
		return out
	}
	if !transposed {
		open := in(cols)
		for k, i := range rows {
			if k == infeasibleMost || i < 0 || i >= n {
				break
			}
			seen := map[string]bool{}
			for j := 0; j < m; j++ {
				if !open[j] && !el.Allowed(i, j) {
					codes = el.BlockedCodes(codes[:0], i, j)
					add(seen, codes)
				}
			}
			if !open[m+i] {
				for _, v := range el.ReleaseBlocked(i) {
					add(seen, []string{v.Rule})
				}
			}
		}
	} else {
		concerned := in(rows)
		seen := make([]map[string]bool, n)
		for k, j := range cols {
			if k == infeasibleMost || j < 0 || j >= m {
				continue
			}
			for i := 0; i < n; i++ {
				if concerned[i] || el.Allowed(i, j) {
					continue
				}
				if seen[i] == nil {
					seen[i] = map[string]bool{}
				}
				codes = el.BlockedCodes(codes[:0], i, j)
				add(seen[i], codes)
			}
		}
	}
	if len(counts) == 0 {
		return nil
	}
	type rc struct {
		code string
		n    int
	}
	var xs []rc
	for c, k := range counts {
		xs = append(xs, rc{c, k})
	}
	slices.SortFunc(xs, func(a, b rc) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.code, b.code)) })
	parts := make([]any, len(xs))
	for k, x := range xs {
		parts[k] = i18n.M(i18n.RuleWithCode, x.code, i18n.Count{N: x.n, Noun: i18n.UnitOfficial})
	}
	return i18n.List(parts)
}
