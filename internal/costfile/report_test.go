package costfile

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/solver"
)

// TestMatrixReportByHand checks the report built from a Result made by
// hand: labels, unassigned rows and columns, −0 duals, and never-null
// arrays, independently of the solver.
func TestMatrixReportByHand(t *testing.T) {
	cm := &Matrix{Rows: 3, Cols: 2, Data: []float64{1, 2, 3, 4, 5, 6},
		RowLabels: []string{"a", "b", "c"}, ColLabels: []string{"X", "Y"}}
	res := &solver.Result{RowCol: []int{-1, 1, 0}, ColRow: []int{2, 1}, Total: 9,
		U: []float64{math.Copysign(0, -1), 1, 2}, V: []float64{3, 3}}
	rep := NewReport(cm, res, false, true)
	var b bytes.Buffer
	if err := rep.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `{
  "rows": 3,
  "cols": 2,
  "total": 9,
  "assignment": [
    {"row":1,"col":1,"cost":4,"row_label":"b","col_label":"Y"},
    {"row":2,"col":0,"cost":5,"row_label":"c","col_label":"X"}
  ],
  "unassigned_rows": [0],
  "unassigned_cols": [],
  "maximize": false,
  "optimal": true,
  "verified": true,
  "duals": {"u":[0,1,2],"v":[3,3]}
}
`
	if b.String() != want {
		t.Errorf("JSON\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	if err := rep.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	if want := "row,col,cost,row_label,col_label\n1,1,4,b,Y\n2,0,5,c,X\n"; b.String() != want {
		t.Errorf("CSV %q, want %q", b.String(), want)
	}
	b.Reset()
	if err := rep.WriteTable(&b, i18n.EN); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"3 rows × 2 columns", "total: 9", "unassigned rows: 0 (a)", "optimal (certificate verified)"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}

	empty := NewReport(&Matrix{Rows: 0, Cols: 2}, &solver.Result{ColRow: []int{-1, -1}}, false, false)
	b.Reset()
	empty.WriteJSON(&b)
	var back map[string]any
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"assignment", "unassigned_rows", "unassigned_cols"} {
		if _, ok := back[k].([]any); !ok {
			t.Errorf("%s is %v, want an array", k, back[k])
		}
	}
	if u, ok := back["duals"].(map[string]any)["u"].([]any); !ok || len(u) != 0 {
		t.Errorf("duals.u is %v, want []", back["duals"])
	}
}

func TestMatrixInfeasibleMessage(t *testing.T) {
	cm := &Matrix{Rows: 3, Cols: 3, RowLabels: []string{"a", "b", "c"}, ColLabels: []string{"X", "Y", "Z"}}
	tests := []struct {
		ie   *solver.InfeasibleError
		want string
	}{
		{&solver.InfeasibleError{Rows: []int{0, 2}, Cols: []int{1}},
			"every one of the 2 rows 0 (a), 2 (c): the only column open to them is 1 (Y)"},
		{&solver.InfeasibleError{Rows: []int{1}, Cols: nil},
			"places the row 1 (b): no column is open to it"},
		{&solver.InfeasibleError{Rows: []int{0, 1, 2}, Cols: []int{0, 2}, Transposed: true},
			"the 3 columns 0 (X), 1 (Y), 2 (Z): only the 2 rows 0 (a), 2 (c) are open to them"},
	}
	for _, tt := range tests {
		if got := Infeasible(tt.ie, cm).String(); !strings.Contains(got, tt.want) {
			t.Errorf("got %q, want it to contain %q", got, tt.want)
		}
	}
	many := make([]int, 30)
	for k := range many {
		many[k] = k
	}
	if got := matrixIndexList(many, nil).Text(i18n.EN); !strings.HasSuffix(got, "19, … and 10 more") {
		t.Errorf("long list %q", got)
	}
}
