package bench

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// Text names the stage in l, as the table and the charts of "mutasi bench"
// write it.
func (s Stage) Text(l i18n.Lang) string {
	if k := i18n.Key("bench.stage_" + s.String()); i18n.Has(k) {
		return l.T(k)
	}
	return s.String()
}

// The table of "mutasi bench": WriteHeader, then WriteRow as each size is
// measured (large sizes take minutes), then WriteFooter.

// widths are the widths of the table's columns: posts, officials, one per
// stage, total, solve CPU, CPU and peak memory. Fixed widths let each row be
// printed as soon as its size is measured.
func widths() []int {
	w := []int{7, 10}
	for range NumStages {
		w = append(w, 10)
	}
	return append(w, 10, 10, 10, 9)
}

// line writes cells right-aligned in the table's columns.
func line(w io.Writer, cells []string) error {
	var b strings.Builder
	for k, c := range cells {
		if k > 0 {
			b.WriteString("  ")
		}
		fmt.Fprintf(&b, "%*s", widths()[k], c)
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteHeader writes the header of the table of runs in l.
func WriteHeader(w io.Writer, l i18n.Lang) error {
	cells := []string{l.T(i18n.BenchPosts), l.T(i18n.BenchOfficials)}
	for s := range NumStages {
		cells = append(cells, s.Text(l))
	}
	return line(w, append(cells, l.T(i18n.BenchTotal), l.T(i18n.BenchSolveCPU), l.T(i18n.BenchCPU), l.T(i18n.BenchPeak)))
}

// WriteRow writes one run's row of the table: times in milliseconds,
// memory in MiB.
func WriteRow(w io.Writer, r *Run) error {
	ms := func(d time.Duration) string { return strconv.FormatFloat(d.Seconds()*1000, 'f', 1, 64) }
	cells := []string{strconv.Itoa(r.Positions), strconv.Itoa(r.Officials)}
	for _, d := range r.Time {
		cells = append(cells, ms(d))
	}
	return line(w, append(cells, ms(r.Total()), ms(r.CPU[StageSolve]), ms(r.TotalCPU()),
		fmt.Sprintf("%.0f", float64(r.PeakBytes)/(1<<20))))
}

// WriteFooter writes under the table what its columns measure and the
// growth exponents fitted over the runs (Exponent), in l.
func WriteFooter(w io.Writer, runs []*Run, l i18n.Lang) error {
	lines := []string{l.T(i18n.BenchNoteTimes), l.T(i18n.BenchNotePeak)}
	if k, ok := Exponent(runs, func(r *Run) time.Duration { return r.Time[StageSolve] }); ok {
		lines = append(lines, l.T(i18n.BenchFitSolve, l.Dec(k, 2), len(runs)))
	}
	if k, ok := Exponent(runs, func(r *Run) time.Duration { return r.CPU[StageSolve] }); ok && runs[0].CPU[StageSolve] > 0 {
		lines = append(lines, l.T(i18n.BenchFitSolveCPU, l.Dec(k, 2), len(runs)))
	}
	if k, ok := Exponent(runs, (*Run).Total); ok {
		lines = append(lines, l.T(i18n.BenchFitTotal, l.Dec(k, 2), len(runs)))
	}
	for _, s := range lines {
		if _, err := fmt.Fprintln(w, s); err != nil {
			return err
		}
	}
	return nil
}

// The table of "mutasi bench --sparse": WriteSparseHeader, WriteSparseRow
// as each size is measured, WriteSparseFooter.

// WriteSparseHeader writes the header of the table of sparse runs in l.
func WriteSparseHeader(w io.Writer, l i18n.Lang) error {
	_, err := fmt.Fprintln(w, l.T(i18n.BenchSparseHeader))
	return err
}

// WriteSparseRow writes one sparse run's row: times in milliseconds, the
// classes, the pricing rounds and the last round's pairs, peak memory in
// MB.
func WriteSparseRow(w io.Writer, r *SparseRun) error {
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	_, err := fmt.Fprintf(w, "%5d  %9d  %11.1f  %8.1f  %7.1f  %7.1f  %7d  %6d  %5d  %7.0f\n", r.Positions, r.Officials,
		ms(r.Evaluate), ms(r.Solve), ms(r.Ties), ms(r.Plan), r.Classes, len(r.Rounds), r.Pairs(), float64(r.PeakBytes)/1e6)
	return err
}

// WriteSparseFooter writes the growth exponent of the rules and the solve
// fitted over the runs (SparseExponent), in l; nothing with fewer than two
// sizes.
func WriteSparseFooter(w io.Writer, runs []*SparseRun, l i18n.Lang) error {
	if k, ok := SparseExponent(runs); ok {
		_, err := fmt.Fprintln(w, l.T(i18n.BenchFitSparse, l.Dec(k, 2), len(runs)))
		return err
	}
	return nil
}
