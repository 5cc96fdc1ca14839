package bench

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
	"github.com/xuri/excelize/v2"
)

// The columns written, by canonical key, in the order of the files: their
// names are rosterfile's (the Indonesian aliases of docs/roster-files.md,
// which rosters exported by regional staff agencies use). "eselon" on the
// officials' side is the eselon of a post held outside the roster.
var (
	officialsKeys = []string{"nip", "name", "rank", "position", "position_since", "eselon",
		"performance", "potential", "talent_box", "m1", "m2", "m3", "m4", "m5", "m6", "m7",
		"m8", "sk", "teknis", "family", "education", "training", "training_in_progress", "sanction",
		"sanction_until", "sanction_kind", "sanction_date", "evaluation", "evaluation_date",
		"administrator_since", "pengawas_since"}
	positionsKeys = []string{"id", "name", "unit", "eselon", "m1", "m2", "m3",
		"m4", "m5", "m6", "m7", "m8", "sk", "teknis", "priority", "family", "approval"}
	selectionKeys = []string{"position", "nip", "rank"}
)

// columns returns the columns of the three files (rosterfile's).
func columns() (officials, positions, selection []rosterfile.Column, err error) {
	if officials, err = rosterfile.Select(rosterfile.OfficialColumns(), officialsKeys...); err != nil {
		return nil, nil, nil, fmt.Errorf("bench: %w", err)
	}
	if positions, err = rosterfile.Select(rosterfile.PositionColumns(), positionsKeys...); err != nil {
		return nil, nil, nil, fmt.Errorf("bench: %w", err)
	}
	if selection, err = rosterfile.Select(rosterfile.SelectionColumns(), selectionKeys...); err != nil {
		return nil, nil, nil, fmt.Errorf("bench: %w", err)
	}
	return officials, positions, selection, nil
}

// officialRecord is official o as one row under officialsKeys. Unknown
// values are empty cells.
func officialRecord(o *model.Official) []string {
	rec := make([]string, 0, len(officialsKeys))
	perf := o.Performance.Predicate.String()
	if o.Performance.HasScore {
		perf = strconv.FormatFloat(o.Performance.Score, 'f', -1, 64)
	}
	es := ""
	if o.Eselon != 0 {
		es = o.Eselon.String()
	}
	pot := ""
	if o.HasPotential {
		pot = strconv.FormatFloat(o.Potential, 'f', -1, 64)
	}
	box := ""
	if o.TalentBox != 0 {
		box = strconv.Itoa(int(o.TalentBox))
	}
	inTraining := "tidak"
	if o.TrainingInProgress {
		inTraining = "ya"
	}
	rec = append(rec, o.NIP.Raw, o.Name, o.Rank.String(), o.Position, dateCell(o.PositionSince),
		es, perf, pot, box)
	for _, v := range o.Competency {
		rec = append(rec, levelCell(v))
	}
	rec = append(rec, strings.Join(o.Families, "|"))
	return append(rec, o.Education.String(), o.Training.String(), inTraining,
		o.Sanction.String(), dateCell(o.SanctionUntil),
		o.SanctionKind.String(), dateCell(o.SanctionDate), o.Evaluation.String(), dateCell(o.EvaluationDate),
		dateCell(o.AdministratorSince), dateCell(o.PengawasSince))
}

// selectionRecord is one name of an open selection under selectionKeys.
func selectionRecord(s *model.Selection) []string {
	rank := ""
	if s.Rank != 0 {
		rank = strconv.Itoa(s.Rank)
	}
	return []string{s.Position, s.NIP, rank}
}

// WriteSelectionCSV writes r's open-selection results as a comma-separated
// UTF-8 file (docs/roster-files.md).
func WriteSelectionCSV(w io.Writer, r *model.Roster) error {
	_, _, cols, err := columns()
	if err != nil {
		return err
	}
	return writeCSV(w, cols, len(r.Selections), func(k int) []string {
		return selectionRecord(&r.Selections[k])
	})
}

// positionRecord is post p as one row under positionsKeys. The managerial
// standard is left empty when it is the eselon's default, and the priority
// when it is the default 3, as a hand-made roster would leave them; teknis
// is empty when the post sets none.
func positionRecord(p *model.Position) []string {
	rec := make([]string, 0, len(positionsKeys))
	rec = append(rec, p.ID, p.Name, p.Unit, p.Eselon.String())
	def := p.Eselon.Level().DefaultRequired()
	custom := false
	for _, v := range p.Required[:model.TK] {
		custom = custom || v != def
	}
	for _, v := range p.Required[:model.TK] {
		if custom {
			rec = append(rec, levelCell(v))
		} else {
			rec = append(rec, "")
		}
	}
	rec = append(rec, levelCell(p.Required[model.TK]))
	prio := ""
	if p.Priority != 3 {
		prio = strconv.Itoa(p.Priority)
	}
	return append(rec, prio, p.Family, p.Approval)
}

func dateCell(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func levelCell(v uint8) string {
	if v == 0 {
		return ""
	}
	return strconv.Itoa(int(v))
}

// WriteOfficialsCSV writes r's officials as a comma-separated UTF-8 file
// with the header of docs/roster-files.md (Indonesian aliases).
func WriteOfficialsCSV(w io.Writer, r *model.Roster) error {
	cols, _, _, err := columns()
	if err != nil {
		return err
	}
	return writeCSV(w, cols, len(r.Officials), func(i int) []string {
		return officialRecord(&r.Officials[i])
	})
}

// WritePositionsCSV writes r's posts as a comma-separated UTF-8 file with the
// header of docs/roster-files.md (Indonesian aliases).
func WritePositionsCSV(w io.Writer, r *model.Roster) error {
	_, cols, _, err := columns()
	if err != nil {
		return err
	}
	return writeCSV(w, cols, len(r.Positions), func(j int) []string {
		return positionRecord(&r.Positions[j])
	})
}

// writeCSV writes the header of cols, then the n rows row returns.
func writeCSV(w io.Writer, cols []rosterfile.Column, n int, row func(int) []string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(names(cols)); err != nil {
		return fmt.Errorf("bench: writing CSV header: %w", err)
	}
	for i := range n {
		if err := cw.Write(row(i)); err != nil {
			return fmt.Errorf("bench: writing CSV row %d: %w", i+2, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("bench: writing CSV: %w", err)
	}
	return nil
}

// Sheet names of the workbook WriteXLSX writes.
const (
	SheetOfficials = "pejabat"
	SheetPositions = "jabatan"
	SheetSelection = "seleksi"
)

// names are the columns' names, a file's header.
func names(cols []rosterfile.Column) []string {
	out := make([]string, len(cols))
	for k, c := range cols {
		out[k] = c.Name()
	}
	return out
}

// WriteXLSX writes r as one workbook with the sheets pejabat and jabatan,
// and seleksi when r has open-selection results, the same columns as the
// CSV files. Each cell is as rosterfile's column holds it (Column.Cell):
// levels, potentials, priorities and ranks are numbers; NIPs, dates and
// the performance (a predicate or a score) are text; an empty cell is
// left out.
func WriteXLSX(w io.Writer, r *model.Roster) error {
	officialsCols, positionsCols, selectionCols, err := columns()
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetOfficials); err != nil {
		return fmt.Errorf("bench: workbook: %w", err)
	}
	if _, err := f.NewSheet(SheetPositions); err != nil {
		return fmt.Errorf("bench: workbook: %w", err)
	}
	if err := writeSheet(f, SheetOfficials, officialsCols, len(r.Officials), func(i int) []string {
		return officialRecord(&r.Officials[i])
	}); err != nil {
		return err
	}
	if err := writeSheet(f, SheetPositions, positionsCols, len(r.Positions), func(j int) []string {
		return positionRecord(&r.Positions[j])
	}); err != nil {
		return err
	}
	if len(r.Selections) > 0 {
		if _, err := f.NewSheet(SheetSelection); err != nil {
			return fmt.Errorf("bench: workbook: %w", err)
		}
		if err := writeSheet(f, SheetSelection, selectionCols, len(r.Selections), func(k int) []string {
			return selectionRecord(&r.Selections[k])
		}); err != nil {
			return err
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("bench: writing workbook: %w", err)
	}
	return nil
}

// writeSheet writes the header of cols, then the n rows row returns, into
// sheet.
func writeSheet(f *excelize.File, sheet string, cols []rosterfile.Column, n int, row func(int) []string) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return fmt.Errorf("bench: sheet %s: %w", sheet, err)
	}
	cells := make([]any, len(cols))
	for c, col := range cols {
		cells[c] = col.Name()
	}
	if err := sw.SetRow("A1", cells); err != nil {
		return fmt.Errorf("bench: sheet %s header: %w", sheet, err)
	}
	for i := range n {
		rec := row(i)
		cells := make([]any, len(rec))
		for c, v := range rec {
			cells[c] = cols[c].Cell(v)
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return fmt.Errorf("bench: sheet %s row %d: %w", sheet, i+2, err)
		}
		if err := sw.SetRow(cell, cells); err != nil {
			return fmt.Errorf("bench: sheet %s row %d: %w", sheet, i+2, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("bench: sheet %s: %w", sheet, err)
	}
	return nil
}

// The file names WriteDir writes and "mutasi gen" uses.
const (
	OfficialsFile = "officials.csv"
	PositionsFile = "positions.csv"
	SelectionFile = "selection.csv"
	WorkbookFile  = "roster.xlsx"
)

// File is one file of a generated roster: its name and its writer.
type File struct {
	Name  string
	Write func(io.Writer, *model.Roster) error
}

// Files are the files of roster r: OfficialsFile and PositionsFile,
// SelectionFile when r has open-selection results, and WorkbookFile too
// when xlsx is true.
func Files(r *model.Roster, xlsx bool) []File {
	files := []File{{OfficialsFile, WriteOfficialsCSV}, {PositionsFile, WritePositionsCSV}}
	if len(r.Selections) > 0 {
		files = append(files, File{SelectionFile, WriteSelectionCSV})
	}
	if xlsx {
		files = append(files, File{WorkbookFile, WriteXLSX})
	}
	return files
}

// WriteDir writes r's Files into dir, which must exist. It is for
// benchmarks and tests; the command writes each file atomically instead.
func WriteDir(dir string, r *model.Roster, xlsx bool) error {
	for _, fl := range Files(r, xlsx) {
		path := filepath.Join(dir, fl.Name)
		out, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		err = fl.Write(out, r)
		if cerr := out.Close(); err == nil && cerr != nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}
