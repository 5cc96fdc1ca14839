package rosterfile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// loadBenchRoster returns officials and positions CSV text for n posts and
// n officials, each holding one post: unique valid NIPs and ids.
func loadBenchRoster(n int) (off, pos string) {
	var o, p strings.Builder
	o.WriteString("nip,name,rank,position,position_since,performance,potential,talent_box,m1,m2,m3,m4,m5,m6,m7,m8,sk,education,training\n")
	p.WriteString("id,name,unit,eselon,priority\n")
	for k := 0; k < n; k++ {
		birth := time.Date(1965, 1, 1+k%7000, 0, 0, 0, 0, time.UTC)
		fmt.Fprintf(&o, "%s199001%d%03d,Pejabat %d,III/d,P%05d,2022-01-03,Baik,70,5,3,3,3,3,3,3,3,3,3,S1,PKA\n",
			birth.Format("20060102"), 1+k/7000%2, 1+k/14000, k, k)
		fmt.Fprintf(&p, "P%05d,Jabatan %d,Unit %d,III.b,3\n", k, k, k/10)
	}
	return o.String(), p.String()
}

func BenchmarkLoadCSV(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		off, pos := loadBenchRoster(n)
		fsys := loadFS(map[string]string{"o.csv": off, "p.csv": pos})
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				r, ps, err := Load(Source{Officials: "o.csv", Positions: "p.csv", FS: fsys}, loadDate)
				if err != nil || r == nil || len(r.Officials) != n {
					b.Fatalf("%v %v", err, ps)
				}
			}
		})
	}
}

func BenchmarkLoadXLSX(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		off, pos := loadBenchRoster(n)
		f := excelize.NewFile()
		for k, sheet := range []struct{ name, text string }{{"pejabat", off}, {"jabatan", pos}} {
			if k == 0 {
				if err := f.SetSheetName("Sheet1", sheet.name); err != nil {
					b.Fatal(err)
				}
			} else if _, err := f.NewSheet(sheet.name); err != nil {
				b.Fatal(err)
			}
			sw, err := f.NewStreamWriter(sheet.name)
			if err != nil {
				b.Fatal(err)
			}
			for r, line := range strings.Split(strings.TrimSpace(sheet.text), "\n") {
				cells := strings.Split(line, ",")
				row := make([]any, len(cells))
				for c := range cells {
					row[c] = cells[c]
				}
				cell, _ := excelize.CoordinatesToCellName(1, r+1)
				if err := sw.SetRow(cell, row); err != nil {
					b.Fatal(err)
				}
			}
			if err := sw.Flush(); err != nil {
				b.Fatal(err)
			}
		}
		path := filepath.Join(b.TempDir(), "roster.xlsx")
		if err := f.SaveAs(path); err != nil {
			b.Fatal(err)
		}
		f.Close()
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		fsys := loadFS(map[string]string{"r.xlsx": string(data)})
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				r, ps, err := Load(Source{Workbook: "r.xlsx", FS: fsys}, loadDate)
				if err != nil || r == nil || len(r.Officials) != n {
					b.Fatalf("%v %v", err, ps)
				}
			}
		})
	}
}
