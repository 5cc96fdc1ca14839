package rosterfile

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// Source names the roster files. Either Officials and Positions (CSV or XLSX
// by extension) or Workbook (one XLSX with sheets officials/pejabat and
// positions/jabatan, and optionally selection/seleksi). Selection, when set,
// names the results of the open selections for JPT posts (CSV or XLSX; it
// replaces a workbook's own sheet). FS, when not nil, is where the names are
// looked up (the embedded sample); otherwise the operating system's files.
type Source struct {
	Officials, Positions string
	Workbook             string
	Selection            string
	FS                   fs.FS
	// Limits bounds what reading each file may cost; a zero field takes
	// its DefaultReadLimits value.
	Limits ReadLimits
}

// Severity tells whether a problem stops the roster from being used.
type Severity uint8

// Severities.
const (
	Error Severity = iota + 1
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "?"
}

// MarshalText makes a Severity a JSON string ("error", "warning").
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads "error" or "warning" back.
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	default:
		return fmt.Errorf("model: unknown severity %q", b)
	}
	return nil
}

// Problem is one finding in the roster files, pointing at the cell.
type Problem struct {
	Severity Severity
	File     string
	// Row is the row as Excel shows it (header = 1); 0 for the whole file.
	Row int
	// Column is the header of the column, "" for the whole row.
	Column string
	Value  string
	// Reason says what is wrong, as a message of the catalogue: an output
	// renders it in its language (ReasonText), a script may read its code.
	Reason i18n.Msg
}

// Code returns the stable code of the problem's reason
// ("roster.dup_nip").
func (p Problem) Code() string { return p.Reason.Code() }

// ReasonText renders the reason in l.
func (p Problem) ReasonText(l i18n.Lang) string { return p.Reason.Text(l) }

// Text formats the problem on one line in l, pointing at the cell the way
// compilers do: `positions.csv:14: kolom eselon: "III.c": bukan eselon
// (II.a … IV.b)`. A warning says so after the location; the row, column
// and value parts are left out when they do not apply.
func (p Problem) Text(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Row > 0 {
		fmt.Fprintf(&b, ":%d", p.Row)
	}
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString(l.T(i18n.RosterProblemWarning) + ": ")
	}
	if p.Column != "" {
		b.WriteString(l.T(i18n.RosterProblemColumn, p.Column) + ": ")
	}
	if p.Value != "" {
		fmt.Fprintf(&b, "%q: ", p.Value)
	}
	b.WriteString(p.Reason.Text(l))
	return b.String()
}

// String formats the problem on one line in English (Text).
func (p Problem) String() string { return p.Text(i18n.EN) }

// Problems is the list of findings of a load, in file, row and column order.
type Problems []Problem

// Errors returns the number of problems that are errors.
func (ps Problems) Errors() int {
	n := 0
	for _, p := range ps {
		if p.Severity == Error {
			n++
		}
	}
	return n
}

// Warnings returns the number of problems that are warnings.
func (ps Problems) Warnings() int {
	n := 0
	for _, p := range ps {
		if p.Severity == Warning {
			n++
		}
	}
	return n
}

// MaxProblems caps the list Load returns: a file with the wrong columns
// would otherwise yield one problem per cell. The last entry then says how
// many more there were.
const MaxProblems = 1000

// Load reads and validates a roster at the plan date. It returns every
// problem found; the roster is nil when any problem is an Error. The error is
// for failures to read a file at all. A zero date skips the checks against
// the plan date.
//
// Problems come in file order (officials first), then by row and column as
// the file has them. More than MaxProblems are cut to MaxProblems-1 and a
// last one saying how many were left out.
//
// A file over its limits (Source.Limits) is refused before it is parsed,
// with a *LimitError.
func Load(src Source, date time.Time) (*model.Roster, []Problem, error) {
	return LoadContext(context.Background(), src, date)
}

// LoadContext is Load that stops reading, with ctx's error, when ctx ends.
func LoadContext(ctx context.Context, src Source, date time.Time) (*model.Roster, []Problem, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	offT, posT, selT, err := readSource(ctx, src)
	if err != nil {
		return nil, nil, err
	}
	if !date.IsZero() {
		// Cell dates are calendar days in UTC: compare with the plan date's
		// calendar day, whatever its time zone.
		y, m, d := date.Date()
		date = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	ld := &rosterLoader{date: date}
	ld.tables = []*rosterTable{offT, posT}
	for i, t := range ld.tables {
		for _, tp := range t.problems {
			ld.add(i, tp.row, tp.col, tp.sev, tp.value, tp.reason)
		}
	}
	ld.checkControls()
	offCols := ld.mapHeader(0, OfficialColumns(), officialAliases(), competencyAliases())
	posCols := ld.mapHeader(1, PositionColumns(), competencyAliases())
	ld.checkRankColumn(offCols)
	ld.checkSwapped()
	// Room for every row at once: an official's record is large, and
	// growing the list copied the records over and over on a province.
	r := &model.Roster{Positions: make([]model.Position, 0, len(posT.rows)),
		Officials: make([]model.Official, 0, len(offT.rows))}
	for k := range posT.rows {
		r.Positions = append(r.Positions, ld.parsePosition(posCols, &posT.rows[k]))
	}
	for k := range offT.rows {
		r.Officials = append(r.Officials, ld.parseOfficial(offCols, &offT.rows[k]))
	}
	ld.crossCheck(r, offCols, posCols)
	ld.crossCheckLaw(r, offCols)
	if selT != nil {
		ld.tables = append(ld.tables, selT)
		ld.loadSelections(r, len(ld.tables)-1)
	}
	probs := ld.sorted()
	if Problems(probs).Errors() > 0 {
		r = nil
	}
	if len(probs) > MaxProblems {
		rest := probs[MaxProblems-1:]
		last := Problem{Severity: Warning, File: rest[0].File,
			Reason: i18n.M(i18n.RosterMoreProblems, len(rest), Problems(rest).Errors())}
		if Problems(rest).Errors() > 0 {
			last.Severity = Error
		}
		probs = append(probs[:MaxProblems-1:MaxProblems-1], last)
	}
	return r, probs, nil
}

// readSource reads the tables a Source names: officials, positions and,
// when given, the open selections' results (nil otherwise).
func readSource(ctx context.Context, src Source) (off, pos, sel *rosterTable, err error) {
	lim := src.Limits.orDefault()
	if src.Workbook != "" {
		if src.Officials != "" || src.Positions != "" {
			return nil, nil, nil, i18n.Errorf(i18n.RosterWorkbookAndFiles)
		}
		if !isXLSX(src.Workbook) {
			return nil, nil, nil, i18n.Errorf(i18n.RosterWorkbookExt, src.Workbook)
		}
		data, err := readFile(src, src.Workbook, lim)
		if err != nil {
			return nil, nil, nil, err
		}
		off, pos, sel, err = readWorkbook(ctx, src.Workbook, data, src.Selection == "", lim)
		if err != nil {
			return nil, nil, nil, err
		}
	} else {
		if src.Officials == "" || src.Positions == "" {
			return nil, nil, nil, i18n.Errorf(i18n.RosterBothFilesNeeded)
		}
		off, err = readTableFile(ctx, src, src.Officials, officialsTable, lim)
		if err == nil {
			pos, err = readTableFile(ctx, src, src.Positions, positionsTable, lim)
		}
		if err != nil {
			return nil, nil, nil, err
		}
	}
	if src.Selection != "" {
		if sel, err = readTableFile(ctx, src, src.Selection, selectionTable, lim); err != nil {
			return nil, nil, nil, err
		}
	}
	return off, pos, sel, nil
}

// readTableFile reads one table from a CSV or XLSX file (by extension),
// within lim, under ctx.
func readTableFile(ctx context.Context, src Source, name string, kind rosterTableKind, lim ReadLimits) (*rosterTable, error) {
	csv := strings.EqualFold(filepath.Ext(name), ".csv")
	if !csv && !isXLSX(name) {
		return nil, i18n.Errorf(i18n.RosterFileType, name, filepath.Ext(name))
	}
	data, err := readFile(src, name, lim)
	if err != nil {
		return nil, err
	}
	if csv {
		return readCSV(ctx, name, data, lim)
	}
	return readXLSXFile(ctx, name, data, kind, lim)
}

// isXLSX reports whether the name has a workbook extension.
func isXLSX(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm":
		return true
	}
	return false
}

// readFile reads a roster file from src.FS when set, else from disk. A file
// larger than lim.FileBytes is refused before it is read.
func readFile(src Source, name string, lim ReadLimits) ([]byte, error) {
	fsys := src.FS
	if fsys == nil {
		fsys = osFS{}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, i18n.Errorf(i18n.RosterReadFile, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > lim.FileBytes {
		return nil, &LimitError{File: name, Found: i18n.M(i18n.CLIError, i18n.Bytes(st.Size())), Limit: limitPerFile(lim.FileBytes)}
	}
	// One byte more than the limit tells a file that grew (or a pipe)
	// from one that fits.
	data, err := io.ReadAll(io.LimitReader(f, lim.FileBytes+1))
	if err != nil {
		return nil, i18n.Errorf(i18n.RosterReadFile, err)
	}
	if int64(len(data)) > lim.FileBytes {
		return nil, &LimitError{File: name, Found: i18n.M(i18n.LimitMoreThan, i18n.Bytes(lim.FileBytes)), Limit: limitPerFile(lim.FileBytes)}
	}
	return data, nil
}

// osFS opens names as the operating system does (relative to the working
// directory, absolute paths allowed), unlike os.DirFS.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error) { return os.Open(name) }

// officialAliases are further names of the officials' columns, by
// rosterHeaderKey: the forms of the lampiran SK's own header and of common
// exports, and the field names of SIASN's "data utama" (BKN's civil-service
// information system, whose fields regional SIMPEG systems mirror), so that
// such a file opens without renaming its columns.
func officialAliases() map[string]string {
	return map[string]string{
		"nipbaru": "nip", "nip_baru": "nip",
		"pangkat/gol": "rank", "pangkat/golongan": "rank", "pangkat_gol": "rank", "gol": "rank",
		"gol/ruang": "rank", "gol_ruang": "rank", "golongan/ruang": "rank", "golongan_ruang": "rank",
		"golruangakhir": "rank", "gol_ruang_akhir": "rank",
		"pangkatakhir": "pangkat", "pangkat_akhir": "pangkat",
		"gelardepan": "title_before", "gelarbelakang": "title_after",
		"tgllahir": "birth_date", "tgl_lahir": "birth_date",
		"tmtjabatan":          "position_since",
		"jabatanstrukturalid": "position", "jabatan_struktural_id": "position",
		"unornama": "unit", "unor_nama": "unit", "unor": "unit",
		"tkpendidikanterakhir": "education", "tk_pendidikan_terakhir": "education", "tingkat_pendidikan": "education",
		"kuadrankinerja": "performance", "kuadran_kinerja": "performance", "predikat": "performance",
		"pendidikanterakhirnama": "education_name", "pendidikan_terakhir_nama": "education_name", "pendidikan_terakhir": "education_name",
	}
}

// rosterRowNumber reports whether a header key names a row-number column
// ("No", "No.", "Nomor", "No. Urut"), which the loader ignores without a
// word: spreadsheets and the lampiran SK number their rows.
func rosterRowNumber(k string) bool {
	switch k {
	case "no", "no.", "nomor", "no._urut", "no_urut", "nomor_urut", "#":
		return true
	}
	return false
}

// rosterSIASN reports whether a header is SIASN's (it has nipBaru): its
// many columns that mutasi does not use are then reported in one warning.
func rosterSIASN(header []string) bool {
	for _, h := range header {
		if rosterHeaderKey(h) == "nipbaru" {
			return true
		}
	}
	return false
}

// rosterHeaderKey normalises a header for matching: lower case, outer space
// trimmed, and runs of spaces, underscores and dashes made one underscore, so
// "Tanggal Lahir", "tanggal-lahir" and "TANGGAL_LAHIR" are the same column.
func rosterHeaderKey(h string) string {
	return model.FoldKey(strings.TrimPrefix(h, "\ufeff"), '_')
}

// columnMap is where each known column sits in a table: index by canonical
// key, and the indices of the unknown columns kept as extra attributes.
type columnMap struct {
	idx   map[string]int
	extra []int
}

// rosterLoader collects the problems of one Load.
type rosterLoader struct {
	date   time.Time
	tables []*rosterTable
	probs  []keyedProblem
}

// keyedProblem is a problem with the keys it is sorted by: the table, the
// row, the column index (-1 = the whole row) and the order of finding.
type keyedProblem struct {
	Problem
	table, col, seq int
}

// add records a problem of table t at a row and column index (-1 for none).
func (ld *rosterLoader) add(t, row, col int, sev Severity, value string, reason i18n.Msg) {
	tab := ld.tables[t]
	name := ""
	if col >= 0 && col < len(tab.header) {
		name = strings.TrimSpace(tab.header[col])
	}
	ld.probs = append(ld.probs, keyedProblem{
		Problem: Problem{Severity: sev, File: tab.name, Row: row, Column: name,
			Value: strings.TrimSpace(value), Reason: reason},
		table: t, col: col, seq: len(ld.probs),
	})
}

// addNamed records a problem about a column that is not in the file (a
// missing required column): it has no index, so it sorts before the columns.
func (ld *rosterLoader) addNamed(t, row int, column string, sev Severity, reason i18n.Msg) {
	ld.probs = append(ld.probs, keyedProblem{
		Problem: Problem{Severity: sev, File: ld.tables[t].name, Row: row, Column: column, Reason: reason},
		table:   t, col: -1, seq: len(ld.probs),
	})
}

// sorted returns the problems in table, row, column and finding order.
func (ld *rosterLoader) sorted() []Problem {
	sort.SliceStable(ld.probs, func(a, b int) bool {
		x, y := &ld.probs[a], &ld.probs[b]
		if x.table != y.table {
			return x.table < y.table
		}
		if x.Row != y.Row {
			return x.Row < y.Row
		}
		if x.col != y.col {
			return x.col < y.col
		}
		return x.seq < y.seq
	})
	out := make([]Problem, len(ld.probs))
	for i := range ld.probs {
		out[i] = ld.probs[i].Problem
	}
	return out
}

// mapHeader matches the header of table t against the known columns: by
// canonical name, alias or one of the further aliases (by rosterHeaderKey),
// case-, space-, underscore- and dash-insensitive. A missing required column
// is one error; a column given twice is an error; a row-number column is
// ignored; an unknown column is kept as an extra attribute with one warning
// (one warning for all of them in a SIASN export).
func (ld *rosterLoader) mapHeader(t int, cols []Column, aliases ...map[string]string) columnMap {
	tab := ld.tables[t]
	m := columnMap{idx: map[string]int{}}
	byName := map[string]string{}
	for _, as := range aliases {
		for k, key := range as {
			byName[k] = key
		}
	}
	for _, c := range cols {
		byName[c.Key] = c.Key
		if c.Alias != "" {
			byName[rosterHeaderKey(c.Alias)] = c.Key
		}
	}
	siasn := rosterSIASN(tab.header)
	var unused []string
	if tab.header == nil {
		if len(tab.problems) == 0 {
			what := i18n.RosterEmptyFile
			if tab.xlsx {
				what = i18n.RosterEmptySheet
			}
			ld.add(t, 0, -1, Error, "", i18n.M(what))
		}
		return m
	}
	for i, h := range tab.header {
		k := rosterHeaderKey(h)
		if k == "" {
			if columnHasData(tab, i) {
				ld.add(t, 1, i, Warning, "", i18n.M(i18n.RosterNoHeaderColumn, i+1))
			}
			continue
		}
		if rosterRowNumber(k) {
			continue
		}
		key, ok := byName[k]
		if !ok {
			m.extra = append(m.extra, i)
			if siasn {
				unused = append(unused, strings.TrimSpace(h))
				continue
			}
			ld.add(t, 1, i, Warning, "", i18n.M(i18n.RosterUnknownColumn))
			continue
		}
		if prev, dup := m.idx[key]; dup {
			ld.add(t, 1, i, Error, "", i18n.M(i18n.RosterSameColumn, strings.TrimSpace(tab.header[prev]), prev+1))
			continue
		}
		m.idx[key] = i
	}
	if len(unused) > 0 {
		ld.add(t, 1, -1, Warning, "", i18n.M(i18n.RosterSIASNUnused, len(unused), strings.Join(unused, ", ")))
	}
	for _, c := range cols {
		if _, ok := m.idx[c.Key]; c.Required && !ok {
			reason := i18n.M(i18n.RosterColumnMissing)
			if c.Alias != "" {
				reason = i18n.M(i18n.RosterColumnMissingAlso, c.Alias)
			}
			ld.addNamed(t, 1, c.Key, Error, reason)
		}
	}
	return m
}

// checkRankColumn adds the error of a missing rank column: the rank is
// required, but a pangkat column (SIASN's pangkatAkhir) may give it.
func (ld *rosterLoader) checkRankColumn(m columnMap) {
	if ld.tables[0].header == nil {
		return
	}
	_, rank := m.idx["rank"]
	_, pangkat := m.idx["pangkat"]
	if !rank && !pangkat {
		ld.addNamed(0, 1, "rank", Error, i18n.M(i18n.RosterRankColumnMissing))
	}
}

// checkSwapped adds one error when the officials table has the header of a
// positions file and the other way round: a swap of the two file flags would
// otherwise show only as a list of missing and unknown columns.
func (ld *rosterLoader) checkSwapped() {
	has := func(t int, key string) bool {
		for _, h := range ld.tables[t].header {
			if rosterHeaderKey(h) == key {
				return true
			}
		}
		return false
	}
	if has(0, "eselon") && has(0, "id") && !has(0, "nip") && has(1, "nip") && !has(1, "id") {
		ld.add(0, 0, -1, Error, "", i18n.M(i18n.RosterSwapped, ld.tables[1].name))
	}
}

// checkControls records an error for every cell (headers included) that
// holds a control character (C0, DEL, C1) or a bidirectional control
// (U+202E RIGHT-TO-LEFT OVERRIDE and the like) inside its text: they are
// invisible, and on a terminal, in a decree or on the page they can hide or
// rewrite the text around them. White space around a cell is trimmed as
// always. The cell is then read without them, so that it draws no second
// error.
func (ld *rosterLoader) checkControls() {
	for t, tab := range ld.tables {
		for i, h := range tab.header {
			if r, ok := controlRune(h); ok {
				ld.add(t, 1, i, Error, h, controlReason(r))
				tab.header[i] = stripControls(h)
			}
		}
		for k := range tab.rows {
			row := &tab.rows[k]
			for i, c := range row.cells {
				if r, ok := controlRune(c); ok {
					ld.add(t, row.num, i, Error, c, controlReason(r))
					row.cells[i] = stripControls(c)
				}
			}
		}
	}
}

// controlRune returns the first control character of s inside its trimmed
// text.
func controlRune(s string) (rune, bool) {
	for _, r := range strings.TrimSpace(s) {
		if model.IsControl(r) {
			return r, true
		}
	}
	return 0, false
}

// controlReason says which control character a cell holds.
func controlReason(r rune) i18n.Msg {
	if unicode.Is(unicode.Bidi_Control, r) {
		return i18n.M(i18n.RosterBidiControl, r)
	}
	return i18n.M(i18n.RosterControl, r)
}

// stripControls removes the control characters of s.
func stripControls(s string) string {
	return strings.Map(func(r rune) rune {
		if model.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// columnHasData reports whether any row of tab has a non-blank cell at i.
func columnHasData(tab *rosterTable, i int) bool {
	for _, r := range tab.rows {
		if i < len(r.cells) && strings.TrimSpace(r.cells[i]) != "" {
			return true
		}
	}
	return false
}

// loadRow reads the cells of one row and records their problems.
type loadRow struct {
	ld  *rosterLoader
	t   int
	m   columnMap
	row *tableRow
}

// cell returns the trimmed cell of the column key and its index; "" and -1
// when the file has no such column.
func (c loadRow) cell(key string) (string, int) {
	i, ok := c.m.idx[key]
	if !ok {
		return "", -1
	}
	if i >= len(c.row.cells) {
		return "", i
	}
	return strings.TrimSpace(c.row.cells[i]), i
}

// fail records an error at the cell of column index i.
func (c loadRow) fail(i int, value string, err error) {
	c.ld.add(c.t, c.row.num, i, Error, value, errMsg(err))
}

// errMsg is the message of err: its own when it is an *i18n.Error, else
// its text as it is.
func errMsg(err error) i18n.Msg {
	if e, ok := err.(*i18n.Error); ok {
		return e.Msg
	}
	return i18n.M(i18n.RosterError, err)
}

// warn records a warning at the cell of column index i.
func (c loadRow) warn(i int, value string, reason i18n.Msg) {
	c.ld.add(c.t, c.row.num, i, Warning, value, reason)
}

// required returns the cell of a required column, recording an error when it
// is empty (a missing column was reported once already, at the header).
func (c loadRow) required(key string) (string, int) {
	v, i := c.cell(key)
	if v == "" && i >= 0 {
		c.ld.add(c.t, c.row.num, i, Error, "", i18n.M(i18n.RosterCellEmpty))
	}
	return v, i
}

// date parses a date cell; in a workbook a number is an Excel date serial.
func (c loadRow) date(key string) time.Time {
	v, i := c.cell(key)
	if v == "" {
		return time.Time{}
	}
	tab := c.ld.tables[c.t]
	if tab.xlsx {
		if f, err := model.ParseNumber(v); err == nil && !strings.Contains(v, ",") {
			d, err := excelSerialDate(f, tab.date1904)
			if err != nil {
				c.fail(i, v, err)
				return time.Time{}
			}
			return d
		}
	}
	d, err := model.ParseCellDate(v)
	if err != nil {
		c.fail(i, v, err)
		return time.Time{}
	}
	return d
}

// extra returns the unknown columns' cells of the row, nil when none is set.
func (c loadRow) extra() map[string]string {
	var out map[string]string
	tab := c.ld.tables[c.t]
	for _, i := range c.m.extra {
		if i < len(c.row.cells) && strings.TrimSpace(c.row.cells[i]) != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[strings.TrimSpace(tab.header[i])] = strings.TrimSpace(c.row.cells[i])
		}
	}
	return out
}

// checkWidth warns about cells beyond the header (a stray separator or an
// unquoted comma in a name).
func (c loadRow) checkWidth() {
	tab := c.ld.tables[c.t]
	for i := len(tab.header); i < len(c.row.cells); i++ {
		if strings.TrimSpace(c.row.cells[i]) != "" {
			c.ld.add(c.t, c.row.num, -1, Warning, c.row.cells[i],
				i18n.M(i18n.RosterCellBeyond, i+1, len(tab.header)))
			return
		}
	}
}

// parseOfficial reads one row of the officials table. Problems are
// recorded; the official is returned even when some cells are bad, so that
// the checks across rows still run.
func (ld *rosterLoader) parseOfficial(m columnMap, row *tableRow) model.Official {
	c := loadRow{ld: ld, t: 0, m: m, row: row}
	c.checkWidth()
	o := model.Official{Row: row.num}
	if v, i := c.required("nip"); v != "" {
		if row.numeric[i] {
			c.fail(i, v, model.ErrNIPNumber)
		} else if n, err := model.ParseNIP(v); err != nil {
			c.fail(i, v, err)
		} else {
			o.NIP = n
			if a := n.AgeAtAppointment(); a >= 0 && (a < 18 || a > 35) {
				c.warn(i, v, i18n.M(i18n.RosterAgeAtAppointment, a))
			}
		}
	}
	o.Name, _ = c.required("name")
	o.Name = nameWithTitles(o.Name, c.optional("title_before"), c.optional("title_after"))
	o.Rank = c.rank()
	o.Position, _ = c.cell("position")
	o.PositionSince = c.date("position_since")
	if v, i := c.required("performance"); v != "" {
		p, err := model.ParsePerformance(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.Performance = p
	}
	if v, i := c.cell("potential"); v != "" {
		p, err := model.ParsePotential(v)
		if err != nil {
			c.fail(i, v, err)
		} else {
			o.Potential, o.HasPotential = p, true
		}
	}
	if v, i := c.cell("talent_box"); v != "" {
		b, err := model.ParseTalentBox(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.TalentBox = b
	}
	for k, key := range loadCompetencyKeys {
		if v, i := c.cell(key); v != "" {
			l, err := model.ParseLevel(v)
			if err != nil {
				c.fail(i, v, err)
			}
			o.Competency[k] = l
		}
	}
	if v, _ := c.cell("family"); v != "" {
		o.Families = model.ParseFamilies(v)
	}
	if v, i := c.cell("education"); v != "" {
		e, err := model.ParseEducation(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.Education = e
	} else if v, i := c.cell("education_name"); v != "" {
		// The name of the last degree ("S-1 Ilmu Hukum") gives the level
		// when no level is given; a name without one says nothing.
		if e, err := model.ParseEducation(v); err == nil {
			o.Education = e
		} else {
			c.warn(i, v, i18n.M(i18n.RosterEducationNoLevel))
		}
	}
	if v, i := c.cell("training"); v != "" {
		t, err := model.ParseTraining(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.Training = t
	}
	if v, i := c.cell("training_in_progress"); v != "" {
		b, err := model.ParseBool(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.TrainingInProgress = b
	}
	if v, i := c.cell("sanction"); v != "" {
		s, k, err := parseSanctionCell(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.Sanction, o.SanctionKind = s, k
	}
	o.SanctionUntil = c.date("sanction_until")
	ld.parseLawColumns(c, &o)
	o.BirthDate = c.date("birth_date")
	if v, i := c.cell("eselon"); v != "" && !model.NoEselon(v) {
		e, err := model.ParseEselon(v)
		if err != nil {
			c.fail(i, v, err)
		}
		o.Eselon = e
	}
	o.Unit, _ = c.cell("unit")
	o.Extra = c.extra()
	return o
}

// rank reads the official's rank from the rank column and the pangkat
// column: either may give it (both accept the code, the pangkat or both);
// when both are filled they must name the same rank.
func (c loadRow) rank() model.Rank {
	v, i := c.cell("rank")
	pv, pi := c.cell("pangkat")
	var r model.Rank
	if v != "" {
		var err error
		if r, err = model.ParseRank(v); err != nil {
			c.fail(i, v, err)
			return 0
		}
	}
	if pv != "" {
		p, err := model.ParseRank(pv)
		switch {
		case err != nil && r == 0:
			c.fail(pi, pv, err)
		case err != nil:
			c.fail(pi, pv, i18n.Errorf(i18n.RosterNotPangkat))
		case r != 0 && p != r:
			c.fail(pi, pv, i18n.Errorf(i18n.RosterPangkatMismatch, p.Pangkat(), p, r))
		case r == 0:
			r = p
		}
		return r
	}
	if v == "" && i >= 0 {
		c.ld.add(c.t, c.row.num, i, Error, "", i18n.M(i18n.RosterCellEmpty))
	} else if v == "" && pi >= 0 {
		c.ld.add(c.t, c.row.num, pi, Error, "", i18n.M(i18n.RosterRankEmpty))
	}
	return r
}

// optional returns the cell of an optional column, "" for a none ("-",
// "tidak ada").
func (c loadRow) optional(key string) string {
	v, _ := c.cell(key)
	if model.IsNone(v) {
		return ""
	}
	return v
}

// nameWithTitles joins a name and the academic titles written apart, as
// SIASN keeps them (gelarDepan, gelarBelakang): "Dr." + "Budi Santoso" +
// "S.H., M.Si." is "Dr. Budi Santoso, S.H., M.Si.". A title the name
// already carries is not added twice.
func nameWithTitles(name, before, after string) string {
	if name == "" {
		return name
	}
	if before != "" && !strings.HasPrefix(name, before) {
		name = before + " " + name
	}
	if after != "" && !strings.HasSuffix(name, after) {
		name = strings.TrimRight(name, ", ") + ", " + after
	}
	return name
}

// parsePosition reads one row of the positions table. Managerial and
// socio-cultural levels left empty take the eselon's default
// (Level.DefaultRequired); an empty teknis sets no technical standard; an
// empty priority is 3.
func (ld *rosterLoader) parsePosition(m columnMap, row *tableRow) model.Position {
	c := loadRow{ld: ld, t: 1, m: m, row: row}
	c.checkWidth()
	p := model.Position{Row: row.num, Priority: 3}
	p.ID, _ = c.required("id")
	p.Name, _ = c.required("name")
	p.Unit, _ = c.required("unit")
	if v, i := c.required("eselon"); v != "" {
		e, err := model.ParseEselon(v)
		if err != nil {
			c.fail(i, v, err)
		}
		p.Eselon = e
	}
	def := p.Eselon.Level().DefaultRequired()
	for k, key := range loadCompetencyKeys {
		if k != model.TK {
			p.Required[k] = def
		}
		if v, i := c.cell(key); v != "" {
			l, err := model.ParseLevel(v)
			if err != nil {
				c.fail(i, v, err)
				continue
			}
			p.Required[k] = l
		}
	}
	if v, i := c.cell("priority"); v != "" {
		pr, err := model.ParsePriority(v)
		if err != nil {
			c.fail(i, v, err)
		} else {
			p.Priority = pr
		}
	}
	p.Family, _ = c.cell("family")
	p.Approval, _ = c.cell("approval")
	p.Extra = c.extra()
	return p
}
