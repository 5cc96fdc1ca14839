package report

import (
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
	"github.com/mutasi-id/mutasi/solver"
)

// InfeasibleMessage words a Hall violator of the cost matrix of model.Score
// (rows are officials; columns are the posts, then one release column per
// official) as officials and posts, so that the user knows which pins,
// forbids or rules to relax.
func InfeasibleMessage(r *model.Roster, ie *solver.InfeasibleError) i18n.Msg {
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
	if ie.Transposed {
		return i18n.M(i18n.CLIInfeasibleCols,
			i18n.Count{N: len(cols), Noun: i18n.UnitPost}, list(cols, where),
			i18n.Count{N: len(rows), Noun: i18n.UnitOfficial}, list(rows, who))
	}
	return i18n.M(i18n.CLIInfeasibleRows,
		i18n.Count{N: len(rows), Noun: i18n.UnitOfficial}, list(rows, who),
		i18n.Count{N: len(cols), Noun: i18n.CLIUnitPlace}, list(cols, where))
}
