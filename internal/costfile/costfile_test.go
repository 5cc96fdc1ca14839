package costfile

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var costInf = math.Inf(1)

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		forbidden float64
		rows      int
		cols      int
		data      []float64
		rowLabels []string
		colLabels []string
	}{
		{name: "comma", in: "1,2\n3,4\n", rows: 2, cols: 2, data: []float64{1, 2, 3, 4}},
		{name: "no final newline", in: "1,2\n3,4", rows: 2, cols: 2, data: []float64{1, 2, 3, 4}},
		{name: "CRLF and spaces", in: " 1 , 2\r\n3,  4 \r\n", rows: 2, cols: 2, data: []float64{1, 2, 3, 4}},
		{name: "blank lines skipped", in: "\n1,2\n\n3,4\n\n", rows: 2, cols: 2, data: []float64{1, 2, 3, 4}},
		{name: "semicolon", in: "1;2;3\n4;5;6\n", rows: 2, cols: 3, data: []float64{1, 2, 3, 4, 5, 6}},
		{name: "decimal comma", in: "1,5;2\n-0,25;4.5\n", rows: 2, cols: 2, data: []float64{1.5, 2, -0.25, 4.5}},
		{name: "BOM", in: "\xef\xbb\xbf1,2\n3,4\n", rows: 2, cols: 2, data: []float64{1, 2, 3, 4}},
		{name: "exponents and signs", in: "1e3,-2.5E-1\n+7,0\n", rows: 2, cols: 2, data: []float64{1000, -0.25, 7, 0}},
		{name: "quoted number", in: "\"1.5\",2\n", rows: 1, cols: 2, data: []float64{1.5, 2}},
		{name: "forbidden tokens", in: "1,,x\nX,-,inf\nInfinity,-inf,2\n", rows: 3, cols: 3,
			data: []float64{1, costInf, costInf, costInf, costInf, costInf, costInf, costInf, 2}},
		{name: "forbidden when maximising", in: "1,x\n,2\n", forbidden: math.Inf(-1), rows: 2, cols: 2,
			data: []float64{1, math.Inf(-1), math.Inf(-1), 2}},
		{name: "all forbidden row of separators", in: "1;2\n;\n", rows: 2, cols: 2, data: []float64{1, 2, costInf, costInf}},
		{name: "column labels", in: "A,B\n1,2\n3,4\n", rows: 2, cols: 2, data: []float64{1, 2, 3, 4},
			colLabels: []string{"A", "B"}},
		{name: "row labels", in: "r1,1,2\nr2,3,4\n", rows: 2, cols: 2, data: []float64{1, 2, 3, 4},
			rowLabels: []string{"r1", "r2"}},
		{name: "both labels, empty corner", in: ",P1,P2\nAni,1,x\nBudi,3,4\n", rows: 2, cols: 2,
			data: []float64{1, costInf, 3, 4}, rowLabels: []string{"Ani", "Budi"}, colLabels: []string{"P1", "P2"}},
		{name: "both labels, named corner, semicolons", in: "nama;Kepala Dinas;Sekretaris\nAni;0,5;1\nBudi;;2\n", rows: 2, cols: 2,
			data: []float64{0.5, 1, costInf, 2}, rowLabels: []string{"Ani", "Budi"}, colLabels: []string{"Kepala Dinas", "Sekretaris"}},
		{name: "label row with a forbidden-looking label", in: "P1,x\n1,2\n", rows: 1, cols: 2,
			data: []float64{1, 2}, colLabels: []string{"P1", "x"}},
		{name: "quoted label with separator", in: "\"a;b\",\"c,d\"\n1,2\n", rows: 1, cols: 2,
			data: []float64{1, 2}, colLabels: []string{"a;b", "c,d"}},
		{name: "single column with header", in: "cost\n1\n2\n", rows: 2, cols: 1, data: []float64{1, 2}, colLabels: []string{"cost"}},
		{name: "single row with label", in: "Ani,1,2\n", rows: 1, cols: 2, data: []float64{1, 2}, rowLabels: []string{"Ani"}},
		{name: "header only", in: "A,B\n", rows: 0, cols: 2, data: []float64{}, colLabels: []string{"A", "B"}},
		{name: "one cell", in: "7\n", rows: 1, cols: 1, data: []float64{7}},
		{name: "NIP row labels without header", in: "198001012005011001,1,2\n198502022010012002,3,4\n", rows: 2, cols: 2,
			data: []float64{1, 2, 3, 4}, rowLabels: []string{"198001012005011001", "198502022010012002"}},
		{name: "15 digits are a number", in: "100000000000000,1\n2,3\n", rows: 2, cols: 2, data: []float64{1e14, 1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forbidden := tt.forbidden
			if forbidden == 0 {
				forbidden = costInf
			}
			m, err := Read("in.csv", strings.NewReader(tt.in), forbidden, LabelsAuto)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if m.Rows != tt.rows || m.Cols != tt.cols {
				t.Fatalf("shape %d×%d, want %d×%d", m.Rows, m.Cols, tt.rows, tt.cols)
			}
			if !slices.Equal(m.Data, tt.data) {
				t.Errorf("data %v, want %v", m.Data, tt.data)
			}
			if !slices.Equal(m.RowLabels, tt.rowLabels) || (m.RowLabels == nil) != (tt.rowLabels == nil) {
				t.Errorf("row labels %q, want %q", m.RowLabels, tt.rowLabels)
			}
			if !slices.Equal(m.ColLabels, tt.colLabels) || (m.ColLabels == nil) != (tt.colLabels == nil) {
				t.Errorf("column labels %q, want %q", m.ColLabels, tt.colLabels)
			}
		})
	}
}

func TestReadCSVLabelModes(t *testing.T) {
	in := "nip,J1,J2\n198001012005011001,1,2\n198502022010012002,3,4\n"
	tests := []struct {
		mode       Labels
		rows, cols int
		rowLabels  []string
		colLabels  []string
		errHas     string
	}{
		{mode: LabelsAuto, rows: 2, cols: 2, rowLabels: []string{"198001012005011001", "198502022010012002"}, colLabels: []string{"J1", "J2"}},
		{mode: LabelsBoth, rows: 2, cols: 2, rowLabels: []string{"198001012005011001", "198502022010012002"}, colLabels: []string{"J1", "J2"}},
		{mode: LabelsCols, rows: 2, cols: 3, colLabels: []string{"nip", "J1", "J2"}},
		{mode: LabelsRows, errHas: `line 1, column 2: "J1"`},
		{mode: LabelsNone, errHas: `line 1, column 1: "nip"`},
	}
	for _, tt := range tests {
		t.Run(string(tt.mode), func(t *testing.T) {
			m, err := Read("in.csv", strings.NewReader(in), costInf, tt.mode)
			if tt.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("error %v, want one with %q", err, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if m.Rows != tt.rows || m.Cols != tt.cols || !slices.Equal(m.RowLabels, tt.rowLabels) || !slices.Equal(m.ColLabels, tt.colLabels) {
				t.Errorf("got %d×%d rows %q cols %q", m.Rows, m.Cols, m.RowLabels, m.ColLabels)
			}
		})
	}
	if _, err := Read("in.npy", bytes.NewReader(testNPYFile(1, testNPYDict("<f8", false, "(1, 1)"), testNPYData("<f8", 1))), costInf, LabelsBoth); err == nil {
		t.Errorf("labels on a .npy file: no error")
	}
}

func TestReadCSVErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // substrings of the error
	}{
		{"empty", "", []string{"in.csv", "empty"}},
		{"only blanks", "\n \n", []string{"in.csv", "empty"}},
		{"ragged", "1,2\n3,4,5\n", []string{"in.csv", "line 2", "3 cells", "line 1 has 2"}},
		{"ragged after blank", "1,2\n\n3\n", []string{"line 3", "1 cells"}},
		{"bad number", "1,2\n3,4x\n", []string{"in.csv", "line 2, column 2", `"4x"`, "not a number"}},
		{"bad number after labels", ",A,B\nr,1,2\ns,3,oops\n", []string{"line 3, column 3", `"oops"`}},
		{"typo in first row", "1,2o,3\n4,5,6\n", []string{"line 1, column 2", `"2o"`}},
		{"typo in first column", "1,2\n3o,4\n", []string{"line 2, column 1", `"3o"`}},
		{"typo in first row of two columns", "1,2o\n3,4\n", []string{"line 1, column 2", `"2o"`}},
		{"word in corner only", "a,1\n2,3\n", []string{"line 1, column 1", `"a"`}},
		{"NaN", "1,nan\n2,3\n", []string{"line 1, column 2", "NaN"}},
		{"out of range", "1,1e999\n2,3\n", []string{"line 1, column 2", "out of range"}},
		{"decimal comma with commas", "1,5,2\n3,4\n", []string{"line 2"}},
		{"two decimal commas", "1,2,3;4\n5;6\n", []string{"line 1, column 1", `"1,2,3"`}},
		{"bare quote", "1,2\"\n", []string{"line 1", `bare " in non-quoted-field`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Read("in.csv", strings.NewReader(tt.in), costInf, LabelsAuto)
			if err == nil {
				t.Fatalf("no error; read %d×%d %v", m.Rows, m.Cols, m.Data)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// testNPYFile builds a .npy file: the given header dict (padded as numpy pads
// it) and the raw data.
func testNPYFile(major byte, dict string, data []byte) []byte {
	var b bytes.Buffer
	b.WriteString("\x93NUMPY")
	b.WriteByte(major)
	b.WriteByte(0)
	lenSize := 2
	if major >= 2 {
		lenSize = 4
	}
	total := 6 + 2 + lenSize + len(dict) + 1
	pad := (64 - total%64) % 64
	hdr := dict + strings.Repeat(" ", pad) + "\n"
	if lenSize == 2 {
		binary.Write(&b, binary.LittleEndian, uint16(len(hdr)))
	} else {
		binary.Write(&b, binary.LittleEndian, uint32(len(hdr)))
	}
	b.WriteString(hdr)
	b.Write(data)
	return b.Bytes()
}

// testNPYData encodes values as the dtype code says ("<f8", ">i4", ...).
func testNPYData(descr string, vals ...float64) []byte {
	var order binary.ByteOrder = binary.LittleEndian
	if descr[0] == '>' {
		order = binary.BigEndian
	}
	var b bytes.Buffer
	for _, v := range vals {
		switch descr[1:] {
		case "f8":
			binary.Write(&b, order, v)
		case "f4":
			binary.Write(&b, order, float32(v))
		case "i8":
			binary.Write(&b, order, int64(v))
		case "i4":
			binary.Write(&b, order, int32(v))
		}
	}
	return b.Bytes()
}

func testNPYDict(descr string, fortran bool, shape string) string {
	f := "False"
	if fortran {
		f = "True"
	}
	return fmt.Sprintf("{'descr': '%s', 'fortran_order': %s, 'shape': %s, }", descr, f, shape)
}

func TestReadNPY(t *testing.T) {
	vals := []float64{1, -2, 3.5, 4, 0, 6}
	ints := []float64{1, -2, 3, 4, 0, 1 << 20}
	for _, major := range []byte{1, 2, 3} {
		for _, descr := range []string{"<f8", ">f8", "<f4", ">f4", "<i8", ">i8", "<i4", ">i4"} {
			t.Run(fmt.Sprintf("v%d/%s", major, descr), func(t *testing.T) {
				want := vals
				if descr[1] == 'i' {
					want = ints
				}
				in := testNPYFile(major, testNPYDict(descr, false, "(2, 3)"), testNPYData(descr, want...))
				m, err := Read("in.npy", bytes.NewReader(in), costInf, LabelsAuto)
				if err != nil {
					t.Fatal(err)
				}
				if m.Rows != 2 || m.Cols != 3 || !slices.Equal(m.Data, want) {
					t.Errorf("got %d×%d %v, want 2×3 %v", m.Rows, m.Cols, m.Data, want)
				}
				if m.RowLabels != nil || m.ColLabels != nil {
					t.Errorf("labels on a .npy file")
				}
			})
		}
	}
	t.Run("infinity forbids", func(t *testing.T) {
		in := testNPYFile(1, testNPYDict("<f8", false, "(1, 2)"), testNPYData("<f8", 1, math.Inf(1)))
		m, err := Read("in.npy", bytes.NewReader(in), costInf, LabelsAuto)
		if err != nil || !math.IsInf(m.Data[1], 1) {
			t.Fatalf("got %v, %v", m, err)
		}
	})
	t.Run("empty shapes", func(t *testing.T) {
		for _, shape := range []string{"(0, 0)", "(0, 4)", "(3, 0)"} {
			in := testNPYFile(1, testNPYDict("<f8", false, shape), nil)
			m, err := Read("in.npy", bytes.NewReader(in), costInf, LabelsAuto)
			if err != nil || len(m.Data) != 0 || m.Rows*m.Cols != 0 {
				t.Errorf("%s: got %+v, %v", shape, m, err)
			}
		}
	})
	t.Run("key order and spacing", func(t *testing.T) {
		in := testNPYFile(1, "{'shape':(1,1),'fortran_order':False,'descr':'<f8'}", testNPYData("<f8", 9))
		m, err := Read("in.npy", bytes.NewReader(in), costInf, LabelsAuto)
		if err != nil || m.Data[0] != 9 {
			t.Fatalf("got %+v, %v", m, err)
		}
	})
}

func TestReadNPYErrors(t *testing.T) {
	ok := testNPYData("<f8", 1, 2, 3, 4)
	tests := []struct {
		name      string
		in        []byte
		forbidden float64
		want      []string
	}{
		{"1-D", testNPYFile(1, testNPYDict("<f8", false, "(4,)"), ok), 0, []string{"shape (4,)", "2-D"}},
		{"3-D", testNPYFile(1, testNPYDict("<f8", false, "(1, 2, 2)"), ok), 0, []string{"shape (1, 2, 2)"}},
		{"scalar", testNPYFile(1, testNPYDict("<f8", false, "()"), ok[:8]), 0, []string{"shape ()"}},
		{"int3", testNPYFile(1, testNPYDict("<i3", false, "(2, 2)"), ok[:8]), 0, []string{`dtype "<i3"`, "int8–int64"}},
		{"float128", testNPYFile(1, testNPYDict("<f16", false, "(1, 1)"), ok), 0, []string{`dtype "<f16"`}},
		{"bytes", testNPYFile(1, testNPYDict("|S1", false, "(2, 2)"), ok[:4]), 0, []string{`dtype "|S1"`}},
		{"two-byte int without order", testNPYFile(1, testNPYDict("|i2", false, "(2, 2)"), ok), 0, []string{`dtype "|i2"`}},
		{"truncated Fortran data", testNPYFile(1, testNPYDict("<f8", true, "(2, 2)"), ok[:20]), 0, []string{"truncated in column 1 of 2"}},
		{"NaN in Fortran order", testNPYFile(1, testNPYDict("<f8", true, "(2, 2)"), testNPYData("<f8", 1, math.NaN(), 3, 4)), 0, []string{"row 1, column 0", "NaN"}},
		{"NaN as float16", testNPYFile(1, testNPYDict("<f2", false, "(1, 1)"), []byte{0x01, 0x7e}), 0, []string{"row 0, column 0", "NaN"}},
		{"complex", testNPYFile(1, testNPYDict("<c16", false, "(1, 1)"), ok), 0, []string{`dtype "<c16"`}},
		{"native order", testNPYFile(1, testNPYDict("=f8", false, "(2, 2)"), ok), 0, []string{`dtype "=f8"`}},
		{"object", testNPYFile(1, testNPYDict("|O", false, "(2, 2)"), ok), 0, []string{`dtype "|O"`}},
		{"truncated data", testNPYFile(1, testNPYDict("<f8", false, "(2, 2)"), ok[:20]), 0, []string{"truncated in row 1 of 2"}},
		{"trailing bytes", testNPYFile(1, testNPYDict("<f8", false, "(2, 2)"), append(ok, 0)), 0, []string{"after the end"}},
		{"lying shape", testNPYFile(1, testNPYDict("<f8", false, "(50000, 40000)"), ok), 0, []string{"truncated in row 0"}},
		{"huge shape", testNPYFile(1, testNPYDict("<f8", false, "(99999999999, 99999999999)"), ok), 0, []string{"too large"}},
		{"NaN", testNPYFile(1, testNPYDict("<f8", false, "(2, 2)"), testNPYData("<f8", 1, 2, math.NaN(), 4)), 0, []string{"row 1, column 0", "NaN"}},
		{"-inf when minimising", testNPYFile(1, testNPYDict("<f8", false, "(2, 2)"), testNPYData("<f8", 1, math.Inf(-1), 3, 4)), 0,
			[]string{"row 0, column 1", "-Inf", "minimising"}},
		{"+inf when maximising", testNPYFile(1, testNPYDict("<f8", false, "(2, 2)"), testNPYData("<f8", 1, 2, 3, math.Inf(1))), math.Inf(-1),
			[]string{"row 1, column 1", "+Inf", "maximising"}},
		{"version 4", testNPYFile(4, testNPYDict("<f8", false, "(2, 2)"), ok), 0, []string{"version 4.0"}},
		{"header not a dict", testNPYFile(1, "['descr']", ok), 0, []string{"not a valid .npy", "{"}},
		{"missing key", testNPYFile(1, "{'descr': '<f8', 'shape': (2, 2)}", ok), 0, []string{`no "fortran_order"`}},
		{"unknown key", testNPYFile(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), 'x': 1}", ok), 0, []string{`unknown key "x"`}},
		{"bad bool", testNPYFile(1, "{'descr': '<f8', 'fortran_order': false, 'shape': (2, 2)}", ok), 0, []string{"fortran_order"}},
		{"bad shape", testNPYFile(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, -2)}", ok), 0, []string{"shape"}},
		{"header truncated", []byte("\x93NUMPY\x01\x00\x40\x00{'descr'"), 0, []string{"header truncated"}},
		{"preamble truncated", []byte("\x93NUMPY\x01"), 0, []string{"truncated preamble"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forbidden := tt.forbidden
			if forbidden == 0 {
				forbidden = costInf
			}
			m, err := Read("in.npy", bytes.NewReader(tt.in), forbidden, LabelsAuto)
			if err == nil {
				t.Fatalf("no error; read %+v", m)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// costCheckShape is what every successful read must satisfy.
func costCheckShape(t *testing.T, m *Matrix, forbidden float64) {
	t.Helper()
	if m.Rows < 0 || m.Cols < 0 || len(m.Data) != m.Rows*m.Cols {
		t.Fatalf("shape %d×%d with %d values", m.Rows, m.Cols, len(m.Data))
	}
	if m.RowLabels != nil && len(m.RowLabels) != m.Rows {
		t.Fatalf("%d row labels for %d rows", len(m.RowLabels), m.Rows)
	}
	if m.ColLabels != nil && len(m.ColLabels) != m.Cols {
		t.Fatalf("%d column labels for %d columns", len(m.ColLabels), m.Cols)
	}
	for k, v := range m.Data {
		if math.IsNaN(v) || (math.IsInf(v, 0) && v != forbidden) {
			t.Fatalf("value %d is %v", k, v)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{"1,2\n3,4\n", ",A,B\nr,1,x\ns,,2\n", "1,5;2\n3;4\n", "\xef\xbb\xbfa\n1\n", "1,2\n3\n", "\"a\"\"b\",1\n"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, maximize bool) {
		forbidden := costInf
		if maximize {
			forbidden = math.Inf(-1)
		}
		m, err := Read("fuzz.csv", strings.NewReader(s), forbidden, LabelsAuto)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.csv") && !strings.HasPrefix(err.Error(), "reading fuzz.csv") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		costCheckShape(t, m, forbidden)
	})
}

func FuzzReadNPY(f *testing.F) {
	f.Add(testNPYFile(1, testNPYDict("<f8", false, "(2, 2)"), testNPYData("<f8", 1, 2, 3, 4)))
	f.Add(testNPYFile(2, testNPYDict(">i4", false, "(1, 3)"), testNPYData(">i4", 1, 2, 3)))
	f.Add(testNPYFile(3, testNPYDict("<f4", true, "(2, 1)"), testNPYData("<f4", 1, 2)))
	f.Add(testNPYFile(1, testNPYDict("<i8", false, "(0, 5)"), nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		// The stream (size unknown: the matrix grows as bytes arrive) and
		// the file (size known: checked against the shape first) agree.
		m, err := Read("fuzz.npy", bytes.NewReader(b), costInf, LabelsAuto)
		sized, err2 := read("fuzz.npy", bytes.NewReader(b), int64(len(b)), costInf, LabelsAuto)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("stream: %v; sized: %v", err, err2)
		}
		if err != nil {
			return
		}
		costCheckShape(t, m, costInf)
		require.Equal(t, sized, m, "streamed and sized reads differ")
	})
}

// TestReadNumPyFixtures reads the files NumPy itself wrote (testdata/
// gen_numpy.py): every dtype, both byte orders, C and Fortran order, format
// versions 2.0 and 3.0, and a transposed array as numpy.save writes it.
func TestReadNumPyFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/numpy/*.npy")
	require.NoError(t, err)
	require.Len(t, files, 45, "run testdata/gen_numpy.py")
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := make([]float64, 12)
			for k := range want {
				want[k] = float64(k)
				if strings.HasPrefix(filepath.Base(path), "bool") {
					want[k] = float64(k % 2)
				}
			}
			m, err := ReadFile(path, costInf, LabelsAuto)
			require.NoError(t, err)
			assert.Equal(t, 3, m.Rows)
			assert.Equal(t, 4, m.Cols)
			assert.Equal(t, want, m.Data)

			// The same bytes as a stream of unknown length.
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			s, err := Read(path, bytes.NewReader(data), costInf, LabelsAuto)
			require.NoError(t, err)
			assert.Equal(t, m.Data, s.Data)
			require.NoError(t, m.Close())
			require.NoError(t, m.Close(), "a second Close")
		})
	}
}

// TestReadNPYFortranTiles checks the transposition of Fortran-order arrays
// against the C-order file of the same matrix, on shapes around the tile
// size (32) and degenerate ones.
func TestReadNPYFortranTiles(t *testing.T) {
	for _, shape := range [][2]int{{1, 1}, {1, 7}, {7, 1}, {31, 33}, {32, 32}, {65, 40}, {100, 3}} {
		r, c := shape[0], shape[1]
		t.Run(fmt.Sprintf("%dx%d", r, c), func(t *testing.T) {
			cOrder := make([]float64, r*c)
			fOrder := make([]float64, r*c)
			for i := range r {
				for j := range c {
					v := float64(1000*i + j)
					cOrder[i*c+j] = v
					fOrder[j*r+i] = v
				}
			}
			dims := fmt.Sprintf("(%d, %d)", r, c)
			mc, err := Read("c.npy", bytes.NewReader(testNPYFile(1, testNPYDict("<f8", false, dims), testNPYData("<f8", cOrder...))), costInf, LabelsAuto)
			require.NoError(t, err)
			mf, err := Read("f.npy", bytes.NewReader(testNPYFile(1, testNPYDict("<f8", true, dims), testNPYData("<f8", fOrder...))), costInf, LabelsAuto)
			require.NoError(t, err)
			assert.Equal(t, cOrder, mc.Data)
			assert.Equal(t, cOrder, mf.Data)
		})
	}
}

// TestReadNPYSizeKnown checks that a file whose shape disagrees with its
// size is refused before the matrix is allocated, naming both.
func TestReadNPYSizeKnown(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o600))
		return p
	}
	ok := testNPYData("<f8", 1, 2, 3, 4)
	lying := write("lying.npy", testNPYFile(1, testNPYDict("<f8", false, "(50000, 40000)"), ok))
	_, err := ReadFile(lying, costInf, LabelsAuto)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "needs 16000000000 bytes, the file holds 32")
	long := write("long.npy", testNPYFile(1, testNPYDict("<f8", false, "(1, 2)"), ok))
	_, err = ReadFile(long, costInf, LabelsAuto)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bytes after the end of the (1, 2) array")
}

// TestReadFileMapped checks the mapped path of ReadFile (little-endian
// float64 in C order, on Unix): the values are the file's, the checks still
// apply, writes to the matrix never reach the file, and Close releases it.
func TestReadFileMapped(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.npy")
	vals := []float64{1, 2.5, costInf, -4, 0, 6}
	file := testNPYFile(1, testNPYDict("<f8", false, "(2, 3)"), testNPYData("<f8", vals...))
	require.NoError(t, os.WriteFile(path, file, 0o600))
	m, err := ReadFile(path, costInf, LabelsAuto)
	require.NoError(t, err)
	if runtime.GOOS != "windows" && runtime.GOOS != "plan9" && runtime.GOOS != "js" && runtime.GOOS != "wasip1" {
		assert.NotNil(t, m.unmap, "a float64 C-order file is mapped on Unix")
	}
	assert.Equal(t, vals, m.Data)
	m.Data[0] = 99
	back, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, file, back, "the mapping is private")
	require.NoError(t, m.Close())
	assert.Nil(t, m.Data)

	nan := filepath.Join(dir, "nan.npy")
	require.NoError(t, os.WriteFile(nan, testNPYFile(1, testNPYDict("<f8", false, "(2, 2)"), testNPYData("<f8", 1, 2, math.NaN(), 4)), 0o600))
	_, err = ReadFile(nan, costInf, LabelsAuto)
	require.ErrorContains(t, err, "row 1, column 0: NaN")
	_, err = ReadFile(path, math.Inf(-1), LabelsAuto)
	require.ErrorContains(t, err, "row 0, column 2: +Inf is not allowed when maximising")
	_, err = ReadFile(path, costInf, LabelsRows)
	require.ErrorContains(t, err, "has no labels")
}
