// Command make writes the embedded sample roster of the fictional Kota
// Contoh: officials.csv, positions.csv and roster.xlsx (the same data as one
// workbook with sheets pejabat and jabatan), next to this directory.
//
//	go run ./testdata/kota-contoh/make
//
// The output is deterministic: a fixed seed draws the ordinary officials, and
// every special case the golden tests rely on (vacancies, new appointees,
// retirements, sanctions, training, poor fits, low ranks) is written out
// below by post id. Every name and NIP is invented. The plan date the roster
// was written for is 2026-12-01 (mutasi.SampleDate).
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/mutasi-id/mutasi/internal/rosterfile"
)

func main() {
	dir := flag.String("dir", "testdata/kota-contoh", "directory to write the three files to")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "make:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	posts := buildPositions()
	officials, err := buildOfficials(posts)
	if err != nil {
		return err
	}
	if err := applyLaw(officials); err != nil {
		return err
	}
	posRows, err := positionRows(posts)
	if err != nil {
		return err
	}
	offRows, err := officialRows(officials)
	if err != nil {
		return err
	}
	if err := writeCSV(filepath.Join(dir, "positions.csv"), posRows); err != nil {
		return err
	}
	if err := writeCSV(filepath.Join(dir, "officials.csv"), offRows); err != nil {
		return err
	}
	selRows, err := writeLaw(dir, officials)
	if err != nil {
		return err
	}
	return writeXLSX(filepath.Join(dir, "roster.xlsx"), offRows, posRows, selRows)
}

// ---------------------------------------------------------------- positions

// position is one row of positions.csv.
type position struct {
	id, name, unit, eselon string
	priority               int
	family, approval       string
	// required holds the post's own competency levels (m1..m8, sk); 0 = the
	// eselon's default, left empty in the file.
	required [9]int
	// teknis is the technical competency standard (0 = none): every post of
	// a specific family sets one, generalist posts none.
	teknis int
}

// umum is the family of generalist posts (secretariats, assistants, expert
// staff, camat), open to officials of every family.
const umum = "umum"

// unit is a regional agency (OPD) and the posts it has.
type unit struct {
	code, name string
	// headID is the id suffix of the head's post, headTitle its name.
	headID, headTitle string
	headEselon        string
	priority          int
	family            string
	// secTitle names the secretary's post ("" = none).
	secTitle string
	// bidang are the names of the III.b posts, ids BID1, BID2, …
	bidang []string
}

func dinas(code, name string, prio int, family string, bidang ...string) unit {
	return unit{code: code, name: name, headID: "KADIS", headTitle: "Kepala " + name, headEselon: "II.b",
		priority: prio, family: family, secTitle: "Sekretaris " + name, bidang: bidang}
}

func badan(code, name string, prio int, family string, bidang ...string) unit {
	u := dinas(code, name, prio, family, bidang...)
	u.headID = "KABAN"
	return u
}

// The kecamatan of Kota Contoh (invented names).
var kecamatan = []struct{ code, name string }{
	{"SUKAMAJU", "Sukamaju"}, {"MEKARSARI", "Mekarsari"}, {"TANJUNGHARAPAN", "Tanjung Harapan"},
	{"BUKITINDAH", "Bukit Indah"}, {"SUNGAIJERNIH", "Sungai Jernih"},
}

func buildPositions() []position {
	var ps []position
	add := func(id, name, unit, eselon string, prio int, family string) *position {
		ps = append(ps, position{id: id, name: name, unit: unit, eselon: eselon, priority: prio, family: family})
		return &ps[len(ps)-1]
	}
	const setda = "Sekretariat Daerah"
	add("SETDA-SEKDA", "Sekretaris Daerah", setda, "II.a", 5, umum)
	add("SETDA-ASISTEN1", "Asisten Pemerintahan dan Kesejahteraan Rakyat", setda, "II.b", 4, umum)
	add("SETDA-ASISTEN2", "Asisten Perekonomian dan Pembangunan", setda, "II.b", 4, umum)
	add("SETDA-ASISTEN3", "Asisten Administrasi Umum", setda, "II.b", 3, umum)
	add("SETDA-STAFAHLI1", "Staf Ahli Bidang Hukum, Politik dan Pemerintahan", setda, "II.b", 2, umum)
	add("SETDA-STAFAHLI2", "Staf Ahli Bidang Ekonomi, Keuangan dan Pembangunan", setda, "II.b", 2, umum)
	add("SETDA-STAFAHLI3", "Staf Ahli Bidang Kemasyarakatan dan Sumber Daya Manusia", setda, "II.b", 1, umum)
	add("SETDA-BAG-PEM", "Kepala Bagian Tata Pemerintahan", setda, "III.a", 3, "pemerintahan")
	add("SETDA-BAG-KESRA", "Kepala Bagian Kesejahteraan Rakyat", setda, "III.a", 3, "sosial")
	add("SETDA-BAG-HUKUM", "Kepala Bagian Hukum", setda, "III.a", 3, "hukum")
	add("SETDA-BAG-EKON", "Kepala Bagian Perekonomian dan Sumber Daya Alam", setda, "III.a", 3, "ekonomi")
	add("SETDA-BAG-ADPEM", "Kepala Bagian Administrasi Pembangunan", setda, "III.a", 3, "perencanaan")
	add("SETDA-BAG-PBJ", "Kepala Bagian Pengadaan Barang dan Jasa", setda, "III.a", 4, "keuangan")
	add("SETDA-BAG-ORG", "Kepala Bagian Organisasi", setda, "III.a", 3, "pemerintahan")
	add("SETDA-BAG-UMUM", "Kepala Bagian Umum", setda, "III.a", 2, umum)
	add("SETDA-BAG-PROKOPIM", "Kepala Bagian Protokol dan Komunikasi Pimpinan", setda, "III.a", 2, umum)

	const setwan = "Sekretariat DPRD"
	add("SETWAN-SEKWAN", "Sekretaris DPRD", setwan, "II.b", 2, umum)
	add("SETWAN-BAG1", "Kepala Bagian Umum dan Keuangan", setwan, "III.b", 2, "keuangan")
	add("SETWAN-BAG2", "Kepala Bagian Persidangan dan Perundang-undangan", setwan, "III.b", 2, "hukum")
	add("SETWAN-BAG3", "Kepala Bagian Fasilitasi Penganggaran dan Pengawasan", setwan, "III.b", 2, "keuangan")

	const insp = "Inspektorat"
	add("INSP-INSPEKTUR", "Inspektur", insp, "II.b", 4, "pengawasan")
	add("INSP-SEK", "Sekretaris Inspektorat", insp, "III.a", 3, umum)
	add("INSP-IRBAN1", "Inspektur Pembantu Wilayah I", insp, "III.b", 3, "pengawasan")
	add("INSP-IRBAN2", "Inspektur Pembantu Wilayah II", insp, "III.b", 3, "pengawasan")
	add("INSP-IRBAN3", "Inspektur Pembantu Wilayah III", insp, "III.b", 3, "pengawasan")
	add("INSP-IRBAN4", "Inspektur Pembantu Khusus Investigasi", insp, "III.b", 3, "pengawasan")

	units := []unit{
		badan("BAPPEDA", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", 5, "perencanaan",
			"Perencanaan Pemerintahan dan Pembangunan Manusia", "Perencanaan Perekonomian dan Sumber Daya Alam",
			"Perencanaan Infrastruktur dan Kewilayahan", "Riset dan Inovasi Daerah"),
		badan("BKAD", "Badan Keuangan dan Aset Daerah", 5, "keuangan",
			"Anggaran", "Perbendaharaan", "Akuntansi dan Pelaporan", "Pengelolaan Barang Milik Daerah"),
		badan("BAPENDA", "Badan Pendapatan Daerah", 4, "keuangan",
			"Pendataan dan Penetapan", "Penagihan dan Keberatan", "Pajak Bumi dan Bangunan dan BPHTB"),
		badan("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 4, "kepegawaian",
			"Pengadaan, Pemberhentian dan Informasi", "Mutasi dan Promosi", "Pengembangan Kompetensi Aparatur"),
		badan("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", 2, "pemerintahan",
			"Ideologi, Wawasan Kebangsaan dan Karakter Bangsa", "Politik Dalam Negeri dan Organisasi Kemasyarakatan"),
		dinas("DISDIK", "Dinas Pendidikan", 5, "pendidikan",
			"Pembinaan PAUD dan Pendidikan Nonformal", "Pembinaan Sekolah Dasar",
			"Pembinaan Sekolah Menengah Pertama", "Guru dan Tenaga Kependidikan"),
		dinas("DINKES", "Dinas Kesehatan", 5, "kesehatan",
			"Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit", "Pelayanan Kesehatan", "Sumber Daya Kesehatan"),
		dinas("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", 4, "pekerjaan umum",
			"Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang"),
		dinas("DINSOS", "Dinas Sosial", 3, "sosial",
			"Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial", "Pemberdayaan Sosial"),
		dinas("DISHUB", "Dinas Perhubungan", 3, "perhubungan", "Lalu Lintas", "Angkutan", "Sarana dan Prasarana"),
		dinas("DLH", "Dinas Lingkungan Hidup", 3, "lingkungan hidup",
			"Tata Lingkungan", "Pengelolaan Sampah dan Limbah B3", "Pengendalian Pencemaran dan Kerusakan Lingkungan"),
		dinas("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", 3, "pemerintahan",
			"Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil", "Pengelolaan Informasi Administrasi Kependudukan"),
		dinas("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 3, "ekonomi",
			"Penanaman Modal", "Pelayanan Perizinan", "Pengaduan dan Pengendalian"),
		dinas("DISKOMINFO", "Dinas Komunikasi dan Informatika", 3, "informatika",
			"Informasi dan Komunikasi Publik", "Aplikasi Informatika", "Statistik dan Persandian"),
		dinas("DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", 3, "pekerjaan umum",
			"Perumahan", "Kawasan Permukiman", "Pertanahan"),
		{code: "SATPOLPP", name: "Satuan Polisi Pamong Praja", headID: "KASAT", headTitle: "Kepala Satuan Polisi Pamong Praja",
			headEselon: "II.b", priority: 3, family: "pemerintahan", secTitle: "Sekretaris Satuan Polisi Pamong Praja",
			bidang: []string{"Penegakan Perundang-undangan Daerah", "Ketertiban Umum dan Ketenteraman Masyarakat", "Perlindungan Masyarakat"}},
		dinas("DISNAKER", "Dinas Tenaga Kerja", 2, "ekonomi",
			"Pelatihan dan Penempatan Tenaga Kerja", "Hubungan Industrial"),
		dinas("DISDAG", "Dinas Perdagangan dan Perindustrian", 3, "ekonomi",
			"Perdagangan", "Perindustrian", "Pengelolaan Pasar"),
		dinas("DINKOP", "Dinas Koperasi dan Usaha Mikro", 2, "ekonomi", "Koperasi", "Usaha Mikro"),
		dinas("DISPORAPAR", "Dinas Pemuda, Olahraga dan Pariwisata", 2, "pariwisata",
			"Kepemudaan", "Olahraga", "Pariwisata"),
		dinas("DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana", 3, "sosial",
			"Pemberdayaan Perempuan", "Perlindungan Anak", "Pengendalian Penduduk dan Keluarga Berencana"),
	}
	for _, u := range units {
		add(u.code+"-"+u.headID, u.headTitle, u.name, u.headEselon, u.priority, u.family)
		add(u.code+"-SEK", u.secTitle, u.name, "III.a", max(2, u.priority-1), umum)
		for k, b := range u.bidang {
			prio := max(1, u.priority-2)
			if k == 0 {
				prio = max(2, u.priority-1)
			}
			add(fmt.Sprintf("%s-BID%d", u.code, k+1), "Kepala Bidang "+b, u.name, "III.b", prio, u.family)
		}
	}
	for _, k := range kecamatan {
		name := "Kecamatan " + k.name
		add("KEC-"+k.code+"-CAMAT", "Camat "+k.name, name, "III.a", 3, umum)
		add("KEC-"+k.code+"-SEKCAM", "Sekretaris Kecamatan "+k.name, name, "III.b", 2, umum)
	}

	// External approvals: the regional secretary needs the governor's
	// consent, and a few JPT posts carry the BKN technical approval as a
	// reminder (every JPT move needs it; the sample marks only some so that
	// the warning stays informative).
	approvals := map[string]string{
		"SETDA-SEKDA":    "Persetujuan Gubernur",
		"BKAD-KABAN":     "Persetujuan teknis BKN",
		"BAPPEDA-KABAN":  "Persetujuan teknis BKN",
		"DISDIK-KADIS":   "Persetujuan teknis BKN",
		"DINKES-KADIS":   "Persetujuan teknis BKN",
		"INSP-INSPEKTUR": "Persetujuan teknis BKN",
	}
	// Posts with their own competency standard (index: 0..7 = m1..m8, 8 = sk).
	own := map[string]map[int]int{
		"INSP-INSPEKTUR":   {0: 5},
		"BKAD-KABAN":       {3: 5, 7: 5},
		"BAPPEDA-KABAN":    {6: 5},
		"DINKES-KADIS":     {4: 5},
		"BKAD-BID1":        {3: 4, 7: 4},
		"INSP-IRBAN1":      {0: 4},
		"DISDUKCAPIL-BID1": {4: 4},
	}
	for _, k := range kecamatan {
		own["KEC-"+k.code+"-CAMAT"] = map[int]int{4: 4, 8: 4}
	}
	for i := range ps {
		ps[i].approval = approvals[ps[i].id]
		for k, v := range own[ps[i].id] {
			ps[i].required[k] = v
		}
		if ps[i].family != umum {
			ps[i].teknis = 3
			if ps[i].eselon == "II.a" || ps[i].eselon == "II.b" {
				ps[i].teknis = 4
			}
		}
	}
	return ps
}

// ---------------------------------------------------------------- officials

// official is one row of officials.csv.
type official struct {
	nip, name, rank, position, eselon string
	since                             string
	performance                       string
	potential, box                    int // 0 = empty
	comp                              [9]int
	teknis                            int // 0 = not assessed
	families                          []string
	education, training               string
	inTraining                        bool
	sanction, sanctionUntil           string
	birthCol                          string
	// The law's columns (law.go); eselonHeld is the eselon of the post held.
	eselonHeld                 string
	sanctionKind, sanctionDate string
	evaluation, evaluationDate string
	adminSince, pengawasSince  string
}

// special fixes what the golden tests rely on for the holder of one post.
// Zero fields are drawn like any other official's.
type special struct {
	birth       string // YYYY-MM-DD
	gender      int
	rank        string
	since       string
	ability     float64 // 0 = drawn; drives performance, potential and competency
	performance string
	potential   int
	box         int
	compBase    float64 // competency level around which the profile is drawn
	noComp      bool    // not assessed
	training    string
	inTraining  bool
	sanction    string
	until       string
}

// vacant lists the posts without a holder: retirements that already happened
// and new posts.
var vacant = []string{
	"DINKES-KADIS", "DISHUB-KADIS", "DISKOMINFO-KADIS", "SETDA-STAFAHLI3",
	"BAPPEDA-BID4", "DISKOMINFO-BID3", "INSP-IRBAN4", "DISDIK-BID4", "DINKES-SEK", "BKAD-BID4",
	"DPUPR-BID3", "DINSOS-BID3", "KEC-MEKARSARI-SEKCAM", "SETDA-BAG-PBJ", "DISDUKCAPIL-BID3",
}

// specials are the holders the sample's story is about, by post id.
var specials = map[string]special{
	// JPT.
	"SETDA-SEKDA":       {rank: "IV/d", since: "2022-07-11", ability: 0.9, performance: "Sangat Baik", potential: 86, box: 9},
	"SETDA-ASISTEN1":    {rank: "IV/a", since: "2024-06-10", performance: "Baik"},                                                                // one step below the range
	"SETDA-ASISTEN3":    {birth: "1967-04-18", rank: "IV/c", since: "2022-02-14", performance: "Baik"},                                           // retires 2027-05-01
	"DINSOS-KADIS":      {birth: "1967-10-03", gender: 2, rank: "IV/c", since: "2021-12-20", performance: "Baik"},                                // retires 2027-11-01
	"DPUPR-KADIS":       {rank: "IV/c", since: "2019-08-05", ability: 0.7, performance: "Baik"},                                                  // over 5 years
	"SATPOLPP-KASAT":    {rank: "IV/b", since: "2021-03-01", ability: 0.2, compBase: 2.4, performance: "Butuh Perbaikan", box: 3, potential: 70}, // poor fit, over 5 years
	"DISDUKCAPIL-KADIS": {rank: "IV/b", since: "2023-02-06", ability: 0.45, compBase: 2.5, performance: "Baik"},                                  // poor fit
	"BKAD-KABAN":        {rank: "IV/c", since: "2025-06-02", ability: 0.85, performance: "Sangat Baik", box: 9, potential: 88},                   // new appointee
	"KESBANGPOL-KABAN":  {rank: "IV/b", since: "2025-10-01", performance: "Baik"},                                                                // new appointee
	"SETDA-STAFAHLI1":   {rank: "IV/c", since: "2022-09-05", ability: 0.1, compBase: 2.8, performance: "58"},                                     // old score, Kurang band
	"DISPERKIM-KADIS":   {rank: "IV/b", since: "2023-04-03", performance: "88"},                                                                  // old score, Baik band
	"DP3AP2KB-KADIS":    {rank: "IV/a", gender: 2, since: "2022-11-07", performance: "Baik"},                                                     // one step below the range
	"DISPORAPAR-KADIS":  {rank: "IV/b", since: "2024-01-08", ability: 0.3, performance: "Baik", box: 2, potential: 58},
	"SETDA-ASISTEN2":    {rank: "IV/c", since: "2022-03-21", ability: 0.8, performance: "Sangat Baik", box: 7, potential: 76},
	"BAPPEDA-KABAN":     {rank: "IV/c", since: "2021-11-15", ability: 0.75, performance: "Baik", box: 8, potential: 84}, // just over 5 years
	"DISDIK-KADIS":      {rank: "IV/c", since: "2023-08-14", ability: 0.7, performance: "Sangat Baik", box: 4, potential: 60},
	"INSP-INSPEKTUR":    {rank: "IV/c", since: "2022-05-09", ability: 0.65, performance: "Baik"},

	// Administrators.
	"BAPENDA-SEK":              {rank: "IV/b", since: "2022-06-13", ability: 0.9, performance: "Sangat Baik", potential: 90, box: 9, sanction: "sedang", until: "2027-03-31"},
	"DISPERKIM-BID2":           {rank: "III/d", since: "2023-01-09", ability: 0.4, performance: "Kurang", sanction: "berat", until: "2027-06-30"},
	"DISNAKER-BID1":            {rank: "IV/a", since: "2022-08-01", performance: "Baik", sanction: "sedang", until: "2026-05-31"}, // expired
	"DISDAG-BID2":              {rank: "IV/a", since: "2022-10-03", performance: "Baik", sanction: "ringan", until: "2027-01-31"},
	"BKPSDM-SEK":               {rank: "IV/b", since: "2022-04-04", ability: 0.85, performance: "Baik", potential: 85, box: 8, training: "PKA", inTraining: true},
	"DISDIK-SEK":               {birth: "1969-02-14", rank: "IV/b", since: "2022-01-17", ability: 0.75, performance: "Sangat Baik", potential: 74, box: 7}, // retires 2027-03-01
	"KEC-SUKAMAJU-CAMAT":       {birth: "1969-06-25", rank: "IV/a", since: "2023-03-13", performance: "Baik"},                                              // retires 2027-07-01
	"DPUPR-BID1":               {birth: "1969-10-07", rank: "IV/a", since: "2020-10-12", performance: "Baik"},                                              // retires 2027-11-01, over 5 years
	"DINSOS-BID2":              {birth: "1968-10-20", rank: "IV/a", since: "2021-09-06", performance: "Baik"},                                              // retired 2026-11-01: retire
	"SETDA-BAG-UMUM":           {birth: "1969-12-10", rank: "IV/a", since: "2023-05-02", ability: 0.7, performance: "Baik", potential: 82, box: 8},         // 56: retires 2028-01-01
	"DISDIK-BID2":              {rank: "III/d", since: "2025-09-01", performance: "Baik"},                                                                  // new appointee
	"DINKES-BID1":              {rank: "IV/a", gender: 2, since: "2025-03-03", performance: "Baik"},                                                        // new appointee
	"KEC-BUKITINDAH-CAMAT":     {rank: "IV/a", since: "2025-01-02", performance: "Baik"},                                                                   // new appointee
	"BAPPEDA-SEK":              {rank: "IV/a", since: "2024-12-02", ability: 0.8, performance: "Sangat Baik", potential: 88, box: 9},                       // 1 day short of 2 years
	"DLH-BID1":                 {rank: "III/d", since: "2026-02-02", performance: "Baik"},                                                                  // new appointee
	"DINKES-BID3":              {rank: "IV/a", since: "2019-02-01", performance: "Baik"},                                                                   // over 5 years
	"DISHUB-SEK":               {rank: "IV/a", since: "2020-05-04", performance: "Butuh Perbaikan", ability: 0.3},                                          // over 5 years
	"SETDA-BAG-HUKUM":          {rank: "IV/b", since: "2021-01-11", ability: 0.75, performance: "Sangat Baik", potential: 80, box: 9},                      // over 5 years
	"KEC-TANJUNGHARAPAN-CAMAT": {rank: "IV/a", since: "2020-09-14", performance: "Baik"},                                                                   // over 5 years
	"DISPORAPAR-BID2":          {rank: "III/d", since: "2018-07-02", ability: 0.35, performance: "Butuh Perbaikan", potential: 62, box: 1},                 // over 8 years
	"BKPSDM-BID2":              {rank: "IV/a", since: "2021-06-07", performance: "Baik"},                                                                   // over 5 years
	"DISHUB-BID1":              {rank: "III/d", since: "2022-12-05", ability: 0.3, compBase: 1.9, performance: "Butuh Perbaikan"},                          // poor fit
	"DLH-BID3":                 {rank: "III/d", since: "2023-06-05", ability: 0.35, compBase: 2.0, performance: "Baik"},                                    // poor fit
	"DISDAG-SEK":               {rank: "IV/a", since: "2022-02-07", ability: 0.4, compBase: 1.9, performance: "Baik"},                                      // poor fit
	"DINKOP-BID2":              {rank: "III/d", since: "2023-09-04", noComp: true, performance: "Baik"},                                                    // not assessed
	"SETWAN-BAG3":              {rank: "III/d", since: "2022-10-17", noComp: true, performance: "Baik"},                                                    // not assessed
	"SATPOLPP-BID3":            {rank: "III/d", since: "2022-03-07", ability: 0.1, compBase: 2.0, performance: "Kurang", potential: 55, box: 1},
	"DLH-SEK":                  {rank: "IV/a", since: "2023-07-03", performance: "73"},    // old score, Butuh Perbaikan band
	"SETWAN-BAG2":              {rank: "III/c", since: "2023-10-02", performance: "Baik"}, // one step below the range
	"BAPPEDA-BID1":             {rank: "IV/a", since: "2022-09-12", ability: 0.88, performance: "Sangat Baik", potential: 91, box: 9},
	"BKAD-SEK":                 {rank: "IV/b", gender: 2, since: "2022-01-24", ability: 0.85, performance: "Sangat Baik", potential: 87, box: 9},
	"DINKES-BID2":              {rank: "IV/a", gender: 2, since: "2023-02-13", ability: 0.8, performance: "Baik", potential: 86, box: 8},
	"DPMPTSP-SEK":              {rank: "IV/a", since: "2022-11-21", ability: 0.78, performance: "Sangat Baik", potential: 78, box: 7},
	"DINSOS-BID1":              {rank: "III/d", since: "2023-11-06", ability: 0.45, performance: "Butuh Perbaikan", potential: 81, box: 6},
	"SETDA-BAG-PEM":            {rank: "IV/a", since: "2022-07-25", ability: 0.1, performance: "Kurang", potential: 60, box: 1},
	"BKAD-BID2":                {rank: "IV/a", since: "2023-03-06", ability: 0.7, performance: "Sangat Baik", potential: 63, box: 4},
}

// pengawasSpecials are promotion candidates (eselon IV.a posts outside the
// roster) the story is about, by their order among the candidates.
var pengawasSpecials = map[int]special{
	0:  {rank: "III/d", ability: 0.9, performance: "Sangat Baik", potential: 92, box: 9, training: "PKA"},
	1:  {rank: "III/d", gender: 2, ability: 0.85, performance: "Sangat Baik", potential: 88, box: 9, training: "PKA"},
	2:  {rank: "III/c", ability: 0.8, performance: "Baik", potential: 84, box: 8},
	3:  {rank: "III/b", ability: 0.85, performance: "Sangat Baik", potential: 85, box: 9}, // rank too low for any III post
	4:  {rank: "III/b", ability: 0.6, performance: "Baik"},                                // rank too low
	5:  {rank: "III/b", gender: 2, performance: "Baik"},                                   // rank too low
	6:  {rank: "III/d", noComp: true, performance: "Baik"},                                // not assessed
	7:  {rank: "III/c", noComp: true, performance: "Sangat Baik"},                         // not assessed
	8:  {rank: "III/c", noComp: true, performance: "Baik"},                                // not assessed
	9:  {rank: "III/d", ability: 0.05, performance: "Sangat Kurang", potential: 45, box: 1},
	10: {birth: "1969-05-30", rank: "III/d", performance: "Baik"}, // retires 2027-06-01
	11: {rank: "III/d", ability: 0.75, performance: "Sangat Baik", potential: 70, box: 7, training: "PKA"},
	12: {rank: "III/c", ability: 0.72, performance: "Sangat Baik", potential: 60, box: 4},
	13: {rank: "III/d", ability: 0.45, performance: "Butuh Perbaikan", potential: 84, box: 6},
}

const numPengawas = 52

// ranks by eselon for ordinary officials: the eselon's range, now and then
// one step below it (PP 13/2002).
var rankChoice = map[string][]string{
	"II.a":  {"IV/c", "IV/d", "IV/d"},
	"II.b":  {"IV/b", "IV/b", "IV/c", "IV/c", "IV/a"},
	"III.a": {"IV/a", "IV/a", "IV/b", "IV/b", "III/d"},
	"III.b": {"III/d", "III/d", "IV/a", "IV/a", "III/c"},
	"IV.a":  {"III/c", "III/d", "III/d"},
}

var (
	maleNames   = []string{"Agus", "Bambang", "Budi", "Dedi", "Eko", "Fajar", "Gunawan", "Hendra", "Irwan", "Joko", "Lukman", "Rahmat", "Rudi", "Slamet", "Teguh", "Wahyu", "Yusuf", "Zulkifli", "Arif", "Dimas", "Hadi", "Imam", "Taufik", "Yudi", "Anton", "Bayu", "Heru", "Iwan", "Ridwan", "Sigit", "Andi", "Fauzi", "Hasan", "Rizal", "Syamsul", "Wawan"}
	femaleNames = []string{"Ani", "Dewi", "Endang", "Fitri", "Indah", "Kartika", "Lestari", "Maya", "Nurul", "Puji", "Ratna", "Sari", "Siti", "Wulan", "Yuni", "Rina", "Diah", "Erna", "Lina", "Novi", "Rini", "Yanti", "Nia", "Tuti", "Desi", "Evi", "Henny", "Mega"}
	middleMale  = []string{"Adi", "Budi", "Dwi", "Eka", "Hari", "Nur", "Tri", "Setyo", "Ahmad", "Wahyu", "Rizky", "Surya", "Bagus", "Dian"}
	middleFem   = []string{"Ayu", "Dwi", "Eka", "Nur", "Tri", "Sri", "Putri", "Rahma", "Dian", "Intan", "Wahyu", "Kurnia"}
	familyNames = []string{"Setiawan", "Santoso", "Wibowo", "Hidayat", "Saputra", "Pratama", "Nugroho", "Kusuma", "Lubis", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sinaga", "Tanjung", "Rahman", "Firmansyah", "Gunadi", "Hakim", "Prasetyo", "Purnomo", "Susanto", "Wijaya", "Mahendra", "Ramadhan", "Ismail", "Suryadi", "Hartono", "Sembiring", "Ginting", "Manurung", "Pohan", "Batubara", "Marpaung", "Pane", "Daulay", "Rangkuti", "Situmorang"}
	familyFem   = []string{"Utami", "Wahyuni", "Rahayu", "Handayani", "Puspita", "Anggraini", "Permatasari", "Maharani", "Pertiwi", "Sulistyowati", "Kurniasih", "Yulianti", "Lestari", "Susanti", "Fitriani", "Oktaviani", "Rahmawati", "Nuraini"}
)

// degrees by job family: the bachelor's and master's titles of the
// education that leads to it.
var degrees = map[string][2][]string{
	"pemerintahan":     {{"S.STP.", "S.IP.", "S.Sos."}, {"M.Si.", "M.AP."}},
	"pendidikan":       {{"S.Pd."}, {"M.Pd."}},
	"kesehatan":        {{"S.K.M.", "S.Kep."}, {"M.Kes.", "M.K.M."}},
	"pekerjaan umum":   {{"S.T."}, {"M.T.", "M.Eng."}},
	"perhubungan":      {{"S.T.", "S.SiT."}, {"M.T.", "M.M.Tr."}},
	"lingkungan hidup": {{"S.T.", "S.Si."}, {"M.Si.", "M.Env."}},
	"keuangan":         {{"S.E.", "S.Ak."}, {"M.Ak.", "M.M.", "M.Si."}},
	"pengawasan":       {{"S.E.", "S.Ak."}, {"M.Ak.", "M.Si."}},
	"perencanaan":      {{"S.T.", "S.E.", "S.Si."}, {"M.T.", "M.E.", "M.Si."}},
	"ekonomi":          {{"S.E."}, {"M.E.", "M.M."}},
	"hukum":            {{"S.H."}, {"M.H."}},
	"sosial":           {{"S.Sos.", "S.Psi."}, {"M.Si.", "M.Kesos."}},
	"kepegawaian":      {{"S.AP.", "S.Psi.", "S.Sos."}, {"M.AP.", "M.M."}},
	"informatika":      {{"S.Kom.", "S.T."}, {"M.Kom.", "M.T."}},
	"pariwisata":       {{"S.Par.", "S.E."}, {"M.Par.", "M.M."}},
}

// backgrounds are the job families officials come from by education, with
// rough weights: the family of a candidate, of a holder of a generalist
// post, and of the few holders who trained for another field than their
// post's.
var backgrounds = []struct {
	family string
	weight int
}{
	{"pemerintahan", 30}, {"keuangan", 12}, {"ekonomi", 10}, {"hukum", 8}, {"sosial", 8},
	{"pekerjaan umum", 6}, {"pendidikan", 6}, {"kesehatan", 5}, {"perencanaan", 5},
	{"kepegawaian", 4}, {"pengawasan", 3}, {"informatika", 3}, {"perhubungan", 2},
	{"lingkungan hidup", 2}, {"pariwisata", 2},
}

// background draws a family from backgrounds, other than not.
func background(r *rand.Rand, not string) string {
	total := 0
	for _, b := range backgrounds {
		if b.family != not {
			total += b.weight
		}
	}
	x := r.IntN(total)
	for _, b := range backgrounds {
		if b.family == not {
			continue
		}
		if x < b.weight {
			return b.family
		}
		x -= b.weight
	}
	return backgrounds[0].family
}

type gen struct {
	rng   *rand.Rand
	nips  map[string]bool
	names map[string]bool
}

func buildOfficials(posts []position) ([]official, error) {
	g := &gen{nips: map[string]bool{}, names: map[string]bool{}}
	isVacant := map[string]bool{}
	for _, v := range vacant {
		isVacant[v] = true
	}
	known := map[string]bool{}
	for _, p := range posts {
		known[p.id] = true
	}
	for _, v := range vacant {
		if !known[v] {
			return nil, fmt.Errorf("vacant post %s is not in the roster", v)
		}
	}
	for id := range specials {
		if !known[id] || isVacant[id] {
			return nil, fmt.Errorf("special post %s is not a held post", id)
		}
	}
	var out []official
	for _, p := range posts {
		if isVacant[p.id] {
			continue
		}
		o, err := g.official(p.eselon, p.family, p.id, specials[p.id], len(out))
		if err != nil {
			return nil, fmt.Errorf("holder of %s: %w", p.id, err)
		}
		out = append(out, o)
	}
	for k := range numPengawas {
		o, err := g.official("IV.a", "", "", pengawasSpecials[k], len(out))
		if err != nil {
			return nil, fmt.Errorf("candidate %d: %w", k, err)
		}
		out = append(out, o)
	}
	return out, nil
}

func mustDate(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func (g *gen) pick(xs []string) string { return xs[g.rng.IntN(len(xs))] }

// official draws one official at the eselon (of the post held, or IV.a for a
// candidate from outside the roster) with the special's fixed fields.
func (g *gen) official(eselon, family, post string, sp special, n int) (official, error) {
	// Each official has a stream of their own, so that fixing one special
	// case leaves every other official as they were.
	g.rng = rand.New(rand.NewPCG(20261201, uint64(n)))
	r := g.rng
	o := official{position: post, eselonHeld: eselon}
	if post == "" {
		o.eselon = eselon
	}
	// Birth date within the eselon's usual ages, never retiring within the
	// 12-month horizon unless the special says so.
	var birth time.Time
	if sp.birth != "" {
		birth = mustDate(sp.birth)
	} else {
		lo, hi := 1972, 1990
		switch eselon {
		case "II.a", "II.b":
			lo, hi = 1968, 1979
		case "III.a":
			lo, hi = 1970, 1984
		case "III.b":
			lo, hi = 1970, 1987
		}
		birth = time.Date(lo+r.IntN(hi-lo+1), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
	}
	gender := sp.gender
	if gender == 0 {
		gender = 1
		if r.IntN(100) < 38 {
			gender = 2
		}
	}
	// CPNS appointment at 23–30.
	appointed := birth.AddDate(23+r.IntN(8), r.IntN(12), 0)
	var nip string
	for {
		nip = fmt.Sprintf("%s%04d%02d%d%03d", birth.Format("20060102"), appointed.Year(), int(appointed.Month()), gender, 1+r.IntN(999))
		if !g.nips[nip] {
			break
		}
	}
	g.nips[nip] = true
	o.nip = nip
	if n%4 == 1 {
		o.birthCol = birth.Format(time.DateOnly)
	}

	// Rank.
	o.rank = sp.rank
	if o.rank == "" {
		o.rank = g.pick(rankChoice[eselon])
	}

	// Time in post.
	if post != "" {
		o.since = sp.since
		if o.since == "" {
			// Between 2 and 5 years before the plan date.
			d := mustDate("2022-01-03").AddDate(0, 0, r.IntN(1030))
			o.since = d.Format(time.DateOnly)
		}
	}

	// Ability drives performance, potential and competencies.
	a := sp.ability
	if a == 0 {
		a = 0.15 + 0.8*r.Float64()
	}
	o.performance = sp.performance
	if o.performance == "" {
		s := a + 0.15*r.NormFloat64()
		switch {
		case s > 0.82:
			o.performance = "Sangat Baik"
		case s > 0.3:
			o.performance = "Baik"
		case s > 0.05:
			o.performance = "Butuh Perbaikan"
		default:
			o.performance = "Kurang"
		}
	}
	o.potential = sp.potential
	if o.potential == 0 && r.IntN(100) < 75 {
		o.potential = int(math.Round(min(97, max(40, 48+40*a+6*r.NormFloat64()))))
	}
	o.box = sp.box
	if o.box == 0 && o.potential != 0 && r.IntN(100) < 80 {
		o.box = nineBox(o.performance, o.potential)
	}
	if o.box != 0 && o.potential != 0 && nineBox(o.performance, o.potential) != o.box {
		return o, fmt.Errorf("talent box %d disagrees with %s and potential %d", o.box, o.performance, o.potential)
	}

	if !sp.noComp {
		base := sp.compBase
		if base == 0 {
			switch eselon {
			case "II.a", "II.b":
				base = 2.9 + 1.8*a
			case "III.a", "III.b":
				base = 2.1 + 1.8*a
			default:
				base = 1.9 + 2.0*a
			}
		}
		for k := range o.comp {
			o.comp[k] = int(math.Round(min(5, max(1, base+0.55*r.NormFloat64()))))
		}
	}

	// Job families and the technical competency, from a stream of their
	// own so that they leave every other draw as it was: the family of the
	// education first (mostly the post's, for the holder of a post of a
	// specific family), then the post's family as experience, and now and
	// then a further field of experience.
	fr := rand.New(rand.NewPCG(20261202, uint64(n)))
	edFamily := family
	if family == "" || family == umum || fr.IntN(100) < 15 {
		edFamily = background(fr, "")
	}
	o.families = []string{edFamily}
	if family != "" && family != umum && family != edFamily {
		o.families = append(o.families, family)
	}
	if fr.IntN(100) < 20 {
		if f := background(fr, edFamily); !slices.Contains(o.families, f) {
			o.families = append(o.families, f)
		}
	}
	if !sp.noComp && fr.IntN(100) < 75 {
		base := 2.6 + 1.8*a
		if eselon == "IV.a" {
			base = 2.0 + 1.8*a
		}
		o.teknis = int(math.Round(min(5, max(1, base+0.6*fr.NormFloat64()))))
	}

	// Education and name.
	edu := "S1"
	switch x := r.IntN(100); eselon {
	case "II.a", "II.b":
		edu = "S2"
		if x < 15 {
			edu = "S3"
		} else if x < 20 {
			edu = "S1"
		}
	case "III.a", "III.b":
		if x < 60 {
			edu = "S2"
		}
	default:
		if x < 30 {
			edu = "S2"
		} else if x < 40 {
			edu = "D4"
		}
	}
	o.education = edu
	o.name = g.name(gender, edu, edFamily, birth)

	// Leadership training.
	o.training = sp.training
	if o.training == "" {
		x := r.IntN(100)
		switch eselon {
		case "II.a", "II.b":
			o.training = "PKN II"
			if x < 12 {
				o.training = "Diklatpim II"
			}
		case "III.a", "III.b":
			switch {
			case x < 15:
				o.training = "Diklatpim III"
			case x < 22 && (o.box == 8 || o.box == 9):
				o.training = "PKN II"
			case x < 95:
				o.training = "PKA"
			default:
				o.training = ""
			}
		default:
			switch {
			case x < 15:
				o.training = "Diklatpim IV"
			case x < 92:
				o.training = "PKP"
			}
		}
	}
	o.inTraining = sp.inTraining
	o.sanction, o.sanctionUntil = sp.sanction, sp.until

	// A candidate's TMT in the pengawas post outside the roster: at least
	// four years after the CPNS appointment, so that the youngest may still
	// be under the 2-year minimum. Drawn last, so that it leaves the draws
	// above as they were.
	if post == "" {
		since := mustDate("2020-01-06").AddDate(0, 0, r.IntN(1760))
		if earliest := appointed.AddDate(4, 0, 6); since.Before(earliest) {
			since = earliest
		}
		if sp.since != "" {
			since = mustDate(sp.since)
		}
		o.since = since.Format(time.DateOnly)
	}
	return o, nil
}

// nineBox is the 9-box cell of PermenPANRB 3/2020 as the public
// implementations number it, with the sample's thresholds: performance above
// expectation = Sangat Baik, meets = Baik, below = the rest; potential high
// ≥ 80, middle ≥ 65, low below.
func nineBox(perf string, potential int) int {
	p := 0 // below
	switch predicate(perf) {
	case "Sangat Baik":
		p = 2
	case "Baik":
		p = 1
	}
	q := 0
	if potential >= 80 {
		q = 2
	} else if potential >= 65 {
		q = 1
	}
	return [3][3]int{{1, 3, 6}, {2, 5, 8}, {4, 7, 9}}[p][q]
}

// predicate maps an old 0–100 score onto the predicates (PP 46/2011 bands).
func predicate(perf string) string {
	s, err := strconv.ParseFloat(perf, 64)
	if err != nil {
		return perf
	}
	switch {
	case s >= 91:
		return "Sangat Baik"
	case s >= 76:
		return "Baik"
	case s >= 61:
		return "Butuh Perbaikan"
	case s >= 51:
		return "Kurang"
	}
	return "Sangat Kurang"
}

// name draws an unused fictional name with titles that fit the education.
func (g *gen) name(gender int, edu, family string, birth time.Time) string {
	deg, ok := degrees[family]
	if !ok {
		deg = degrees["pemerintahan"]
	}
	for {
		var given, middle, last string
		if gender == 1 {
			given, middle, last = g.pick(maleNames), g.pick(middleMale), g.pick(familyNames)
		} else {
			given, middle = g.pick(femaleNames), g.pick(middleFem)
			if g.rng.IntN(2) == 0 {
				last = g.pick(familyFem)
			} else {
				last = g.pick(familyNames)
			}
		}
		base := given + " " + last
		if g.rng.IntN(3) == 0 && middle != given {
			base = given + " " + middle + " " + last
		}
		if g.names[base] {
			continue
		}
		g.names[base] = true
		prefix, suffix := "", ""
		b1, b2 := g.pick(deg[0]), g.pick(deg[1])
		switch edu {
		case "D4":
			suffix = ", S.ST."
		case "S1":
			suffix = ", " + b1
		case "S2":
			suffix = ", " + b1 + ", " + b2
		case "S3":
			prefix, suffix = "Dr. ", ", "+b1+", "+b2
		}
		// Graduates of the 1980s–90s in social sciences often bear Drs./Dra.
		if birth.Year() < 1972 && (b1 == "S.Sos." || b1 == "S.IP.") && edu != "S3" {
			prefix = "Drs. "
			if gender == 2 {
				prefix = "Dra. "
			}
			suffix = strings.Replace(suffix, ", "+b1, "", 1)
		}
		if family == "kesehatan" && edu != "D4" && g.rng.IntN(3) == 0 {
			prefix = "dr. "
			suffix = strings.Replace(suffix, ", "+b1, "", 1)
		}
		return prefix + base + suffix
	}
}

// ---------------------------------------------------------------- writing

// The columns written, by canonical key, in the order of the files; their
// names (the Indonesian aliases) are rosterfile's, the loader's own.
var (
	positionKeys = []string{"id", "name", "unit", "eselon", "priority", "family", "approval",
		"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "sk", "teknis"}
	officialKeys = []string{"nip", "name", "rank", "position", "eselon", "position_since", "performance",
		"potential", "talent_box", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "sk", "teknis",
		"family", "education", "training", "training_in_progress", "sanction", "sanction_until", "birth_date",
		"sanction_kind", "sanction_date", "evaluation", "evaluation_date", "administrator_since", "pengawas_since"}
	selectionKeys = []string{"position", "nip", "rank"}
)

func num(v int) string {
	if v == 0 {
		return ""
	}
	return strconv.Itoa(v)
}

func positionRows(ps []position) ([][]string, error) {
	header, err := rosterfile.Header(rosterfile.PositionColumns(), positionKeys...)
	if err != nil {
		return nil, err
	}
	rows := [][]string{header}
	for _, p := range ps {
		row := []string{p.id, p.name, p.unit, p.eselon, strconv.Itoa(p.priority), p.family, p.approval}
		for _, v := range p.required {
			row = append(row, num(v))
		}
		row = append(row, num(p.teknis))
		rows = append(rows, row)
	}
	return rows, nil
}

func officialRows(os []official) ([][]string, error) {
	header, err := rosterfile.Header(rosterfile.OfficialColumns(), officialKeys...)
	if err != nil {
		return nil, err
	}
	rows := [][]string{header}
	for _, o := range os {
		row := []string{o.nip, o.name, o.rank, o.position, o.eselon, o.since, o.performance, num(o.potential), num(o.box)}
		for _, v := range o.comp {
			row = append(row, num(v))
		}
		row = append(row, num(o.teknis), strings.Join(o.families, "|"))
		inTraining := ""
		if o.inTraining {
			inTraining = "ya"
		}
		row = append(row, o.education, o.training, inTraining, o.sanction, o.sanctionUntil, o.birthCol)
		row = append(row, lawCells(o)...)
		rows = append(rows, row)
	}
	return rows, nil
}

func writeCSV(path string, rows [][]string) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.WriteAll(rows); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// writeXLSX writes the three tables as the sheets pejabat, jabatan and
// seleksi: each cell as rosterfile's column holds it (Column.Cell: levels,
// potentials, priorities and ranks as numbers, everything else as text).
func writeXLSX(path string, officials, positions, selection [][]string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator:  "mutasi sample generator",
		Title:    "Kota Contoh: pejabat dan jabatan (fiktif)",
		Created:  "2026-11-27T00:00:00Z",
		Modified: "2026-11-27T00:00:00Z",
	}); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", "pejabat"); err != nil {
		return err
	}
	if _, err := f.NewSheet("jabatan"); err != nil {
		return err
	}
	if _, err := f.NewSheet("seleksi"); err != nil {
		return err
	}
	for _, s := range []struct {
		name string
		cols []rosterfile.Column
		keys []string
		rows [][]string
	}{{"pejabat", rosterfile.OfficialColumns(), officialKeys, officials},
		{"jabatan", rosterfile.PositionColumns(), positionKeys, positions},
		{"seleksi", rosterfile.SelectionColumns(), selectionKeys, selection}} {
		cols, err := rosterfile.Select(s.cols, s.keys...)
		if err != nil {
			return err
		}
		for r, row := range s.rows {
			vals := make([]any, len(row))
			for c, v := range row {
				vals[c] = v
				if r > 0 {
					vals[c] = cols[c].Cell(v)
				}
			}
			cell, err := excelize.CoordinatesToCellName(1, r+1)
			if err != nil {
				return err
			}
			if err := f.SetSheetRow(s.name, cell, &vals); err != nil {
				return fmt.Errorf("%s row %d: %w", s.name, r+1, err)
			}
		}
		if err := f.SetPanes(s.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	if err := f.SaveAs(path); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
