package model

import (
	"strings"
	"testing"
	"time"
)

// TestApprovalAt checks the bans of the political calendar on their own
// edges: UU 10/2016 Pasal 71 ayat (2) from six months before the candidates
// are set to the end of the term, both days in; Pasal 162 ayat (3) for six
// months from the inauguration; an acting head always.
func TestApprovalAt(t *testing.T) {
	d := func(s string) time.Time { return rulesDay(t, s) }
	tests := []struct {
		name string
		date string
		cal  Calendar
		want []string // the articles cited, in order; none: no approval
	}{
		{"no calendar", "2026-12-01", Calendar{}, nil},
		{"day before the election ban", "2026-11-30", Calendar{CandidatesSet: d("2027-06-01"), TermEnd: d("2027-12-31")}, nil},
		{"first day of the election ban", "2026-12-01", Calendar{CandidatesSet: d("2027-06-01"), TermEnd: d("2027-12-31")}, []string{"Pasal 71 ayat (2)"}},
		{"the day the candidates are set", "2027-06-01", Calendar{CandidatesSet: d("2027-06-01"), TermEnd: d("2027-12-31")}, []string{"Pasal 71 ayat (2)"}},
		{"last day of the term", "2027-12-31", Calendar{CandidatesSet: d("2027-06-01"), TermEnd: d("2027-12-31")}, []string{"Pasal 71 ayat (2)"}},
		{"after the term", "2028-01-01", Calendar{CandidatesSet: d("2027-06-01"), TermEnd: d("2027-12-31")}, nil},
		{"end of term unknown: open", "2029-01-01", Calendar{CandidatesSet: d("2027-06-01")}, []string{"Pasal 71 ayat (2)"}},
		{"six months before 31 August is 28 February", "2027-02-28", Calendar{CandidatesSet: d("2027-08-31")}, []string{"Pasal 71 ayat (2)"}},
		{"and not 27 February", "2027-02-27", Calendar{CandidatesSet: d("2027-08-31")}, nil},
		{"term end alone says nothing", "2027-12-01", Calendar{TermEnd: d("2027-12-31")}, nil},
		{"day before the inauguration", "2026-05-31", Calendar{Inaugurated: d("2026-06-01")}, nil},
		{"day of the inauguration", "2026-06-01", Calendar{Inaugurated: d("2026-06-01")}, []string{"Pasal 162 ayat (3)"}},
		{"last day of the six months", "2026-11-30", Calendar{Inaugurated: d("2026-06-01")}, []string{"Pasal 162 ayat (3)"}},
		{"six months after the inauguration", "2026-12-01", Calendar{Inaugurated: d("2026-06-01")}, nil},
		{"acting head", "2026-12-01", Calendar{ActingHead: true}, []string{"Pasal 132A"}},
		{"every ban at once", "2026-12-01", Calendar{CandidatesSet: d("2027-05-01"), Inaugurated: d("2026-09-01"), ActingHead: true},
			[]string{"Pasal 71 ayat (2)", "Pasal 162 ayat (3)", "Pasal 132A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cal.ApprovalLetter = "100.2.2.6/1/OTDA"
			a := ApprovalAt(rulesDay(t, tt.date), tt.cal)
			if a.Required != (len(tt.want) > 0) || len(a.Reasons) != len(tt.want) {
				t.Fatalf("approval %+v, want reasons citing %v", a, tt.want)
			}
			for k, w := range tt.want {
				if !strings.Contains(en(a.Reasons[k]), w) {
					t.Errorf("reason %d %q does not cite %s", k, en(a.Reasons[k]), w)
				}
			}
			if a.Letter != tt.cal.ApprovalLetter || a.Reasons == nil {
				t.Errorf("letter %q, reasons %v", a.Letter, a.Reasons)
			}
		})
	}
}
