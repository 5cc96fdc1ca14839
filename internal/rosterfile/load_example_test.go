package rosterfile_test

import (
	"fmt"
	"testing/fstest"
	"time"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
	"github.com/mutasi-id/mutasi/model"
)

// A roster as an Indonesian-locale spreadsheet exports it: semicolons,
// Indonesian headers, a decimal comma and a date in DD/MM/YYYY. Load lists
// every problem with its file, row and column.
func ExampleLoad() {
	fsys := fstest.MapFS{
		"pejabat.csv": {Data: []byte("NIP;Nama;Golongan;Jabatan ID;TMT Jabatan;Predikat Kinerja\n" +
			"19680411 199303 1 009;Budi Contoh;IV/d;SETDA-01;03/01/2022;91,5\n" +
			"19720515 200003 2 002;Sari Contoh;IV/f;DINKES-01;15/06/2019;Baik\n")},
		"jabatan.csv": {Data: []byte("id;nama_jabatan;unit_kerja;eselon\n" +
			"SETDA-01;Sekretaris Daerah;Sekretariat Daerah;II.a\n" +
			"DINKES-01;Kepala Dinas Kesehatan;Dinas Kesehatan;II.b\n")},
	}
	date := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	r, problems, err := rosterfile.Load(rosterfile.Source{Officials: "pejabat.csv", Positions: "jabatan.csv", FS: fsys}, date)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range problems {
		fmt.Println(p)
	}
	fmt.Println("usable:", r != nil)
	// Output:
	// pejabat.csv:3: column Golongan: "IV/f": not a rank (I/a … IV/e)
	// usable: false
}

func ExampleParseNIP() {
	n, err := model.ParseNIP("19680411 199303 1 009")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Birth.Format("2006-01-02"), n.Appointed.Format("2006-01"), n.Gender == model.Male, n.Seq)
	_, err = model.ParseNIP("19681311 199303 1 009")
	fmt.Println(err)
	// Output:
	// 1968-04-11 1993-03 true 9
	// birth date 19681311 in the NIP is not a date
}

func ExampleParseRank() {
	for _, s := range []string{"IV/b", "iv.b", "III-d", "4b", "III/e"} {
		r, err := model.ParseRank(s)
		fmt.Println(s, r, err)
	}
	// Output:
	// IV/b IV/b <nil>
	// iv.b IV/b <nil>
	// III-d III/d <nil>
	// 4b IV/b <nil>
	// III/e ? not a rank (I/a … IV/e)
}
