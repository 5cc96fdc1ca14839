package bench

// The tables below are the raw material of generated rosters: regional
// agencies (OPD) as local governments name them, and syllables for fictional
// people and places. The OPD names follow the usual nomenclature of PP
// 18/2016 (perangkat daerah); the people and places are invented.

// opdSpec is one regional agency: its name, the title of its head, its
// divisions (bidang) and its job family (rumpun).
type opdSpec struct {
	name   string
	head   string // e.g. "Kepala" or "Direktur"; the post is head + " " + name
	bidang []string
	family string
	// prio is the priority of the head's post (1–5); 0 draws one.
	prio int
	// province marks agencies only provinces have.
	province bool
}

// opds are the agencies, in the order their heads are created: the ones
// every region has first, so that small rosters still look real.
var opds = []opdSpec{
	{"Badan Perencanaan Pembangunan Daerah", "Kepala", []string{"Perencanaan Ekonomi", "Perencanaan Sosial Budaya", "Perencanaan Infrastruktur dan Kewilayahan", "Penelitian dan Pengembangan"}, "perencanaan", 5, false},
	{"Badan Keuangan dan Aset Daerah", "Kepala", []string{"Anggaran", "Perbendaharaan", "Akuntansi", "Aset"}, "keuangan", 5, false},
	{"Dinas Pendidikan", "Kepala", []string{"Pembinaan Sekolah Dasar", "Pembinaan Sekolah Menengah", "Pendidikan Anak Usia Dini dan Nonformal", "Guru dan Tenaga Kependidikan"}, "pendidikan", 5, false},
	{"Dinas Kesehatan", "Kepala", []string{"Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit", "Pelayanan dan Sumber Daya Kesehatan"}, "kesehatan", 5, false},
	{"Dinas Pekerjaan Umum dan Penataan Ruang", "Kepala", []string{"Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang"}, "pekerjaan umum", 4, false},
	{"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala", []string{"Mutasi dan Promosi", "Pengembangan Kompetensi", "Informasi Kepegawaian"}, "kepegawaian", 4, false},
	{"Badan Pendapatan Daerah", "Kepala", []string{"Pendataan dan Penetapan", "Penagihan dan Keberatan", "Pengembangan Pendapatan"}, "keuangan", 4, false},
	{"Dinas Sosial", "Kepala", []string{"Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial", "Pemberdayaan Sosial"}, "sosial", 0, false},
	{"Dinas Kependudukan dan Pencatatan Sipil", "Kepala", []string{"Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil", "Pengelolaan Informasi Administrasi Kependudukan"}, "pemerintahan", 0, false},
	{"Satuan Polisi Pamong Praja", "Kepala", []string{"Penegakan Perundang-undangan Daerah", "Ketertiban Umum dan Ketenteraman Masyarakat", "Perlindungan Masyarakat"}, "pemerintahan", 0, false},
	{"Dinas Perumahan dan Kawasan Permukiman", "Kepala", []string{"Perumahan", "Kawasan Permukiman", "Pertanahan"}, "pekerjaan umum", 0, false},
	{"Dinas Lingkungan Hidup", "Kepala", []string{"Tata Lingkungan", "Pengelolaan Sampah dan Limbah", "Pengendalian Pencemaran"}, "lingkungan hidup", 0, false},
	{"Dinas Perhubungan", "Kepala", []string{"Lalu Lintas", "Angkutan", "Sarana dan Prasarana Perhubungan"}, "perhubungan", 0, false},
	{"Dinas Komunikasi dan Informatika", "Kepala", []string{"Informasi dan Komunikasi Publik", "Aplikasi Informatika", "Persandian dan Statistik"}, "informatika", 0, false},
	{"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kepala", []string{"Penanaman Modal", "Pelayanan Perizinan", "Pengaduan dan Informasi"}, "ekonomi", 0, false},
	{"Dinas Pemberdayaan Masyarakat dan Desa", "Kepala", []string{"Pemerintahan Desa", "Pemberdayaan Masyarakat"}, "pemerintahan", 0, false},
	{"Dinas Tenaga Kerja", "Kepala", []string{"Pelatihan dan Penempatan Tenaga Kerja", "Hubungan Industrial"}, "ekonomi", 0, false},
	{"Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kepala", []string{"Pemberdayaan Perempuan", "Perlindungan Anak"}, "sosial", 0, false},
	{"Dinas Pengendalian Penduduk dan Keluarga Berencana", "Kepala", []string{"Pengendalian Penduduk", "Keluarga Berencana"}, "sosial", 0, false},
	{"Dinas Ketahanan Pangan", "Kepala", []string{"Ketersediaan dan Distribusi Pangan", "Konsumsi dan Keamanan Pangan"}, "pertanian", 0, false},
	{"Dinas Pertanian", "Kepala", []string{"Tanaman Pangan", "Hortikultura", "Penyuluhan"}, "pertanian", 0, false},
	{"Dinas Perdagangan dan Perindustrian", "Kepala", []string{"Perdagangan", "Perindustrian", "Metrologi Legal"}, "ekonomi", 0, false},
	{"Dinas Koperasi dan Usaha Mikro", "Kepala", []string{"Kelembagaan Koperasi", "Pemberdayaan Usaha Mikro"}, "ekonomi", 0, false},
	{"Dinas Pariwisata dan Kebudayaan", "Kepala", []string{"Destinasi Pariwisata", "Pemasaran Pariwisata", "Kebudayaan"}, "pariwisata", 0, false},
	{"Dinas Kepemudaan dan Olahraga", "Kepala", []string{"Kepemudaan", "Olahraga"}, "pariwisata", 0, false},
	{"Dinas Perpustakaan dan Kearsipan", "Kepala", []string{"Perpustakaan", "Kearsipan"}, "pemerintahan", 0, false},
	{"Dinas Perikanan", "Kepala", []string{"Perikanan Tangkap", "Perikanan Budidaya"}, "kelautan dan perikanan", 0, false},
	{"Dinas Peternakan dan Kesehatan Hewan", "Kepala", []string{"Peternakan", "Kesehatan Hewan"}, "pertanian", 0, false},
	{"Dinas Pemadam Kebakaran dan Penyelamatan", "Kepala", []string{"Pemadaman", "Penyelamatan"}, "pemerintahan", 0, false},
	{"Badan Penanggulangan Bencana Daerah", "Kepala Pelaksana", []string{"Pencegahan dan Kesiapsiagaan", "Kedaruratan dan Logistik", "Rehabilitasi dan Rekonstruksi"}, "pemerintahan", 0, false},
	{"Badan Kesatuan Bangsa dan Politik", "Kepala", []string{"Ideologi dan Wawasan Kebangsaan", "Politik Dalam Negeri"}, "pemerintahan", 0, false},
	{"Rumah Sakit Umum Daerah", "Direktur", []string{"Pelayanan Medik", "Keperawatan", "Penunjang"}, "kesehatan", 4, false},
	{"Dinas Energi dan Sumber Daya Mineral", "Kepala", []string{"Energi", "Ketenagalistrikan", "Geologi dan Air Tanah"}, "pekerjaan umum", 0, true},
	{"Dinas Kehutanan", "Kepala", []string{"Perencanaan dan Pemanfaatan Hutan", "Perlindungan Hutan"}, "pertanian", 0, true},
	{"Dinas Perkebunan", "Kepala", []string{"Tanaman Tahunan", "Usaha Perkebunan"}, "pertanian", 0, true},
	{"Badan Riset dan Inovasi Daerah", "Kepala", []string{"Riset", "Inovasi Daerah"}, "perencanaan", 0, true},
	{"Badan Penghubung Daerah", "Kepala", []string{"Promosi dan Kerja Sama", "Fasilitasi"}, "pemerintahan", 0, true},
	{"Rumah Sakit Jiwa Daerah", "Direktur", []string{"Pelayanan Medik", "Keperawatan"}, "kesehatan", 0, true},
	{"Dinas Sumber Daya Air", "Kepala", []string{"Irigasi", "Sungai dan Pantai", "Air Baku"}, "pekerjaan umum", 0, true},
	{"Dinas Bina Marga", "Kepala", []string{"Pembangunan Jalan", "Preservasi Jalan dan Jembatan"}, "pekerjaan umum", 0, true},
	{"Dinas Kelautan", "Kepala", []string{"Pengelolaan Ruang Laut", "Pengawasan Sumber Daya Kelautan"}, "kelautan dan perikanan", 0, true},
	{"Badan Pengembangan Sumber Daya Manusia", "Kepala", []string{"Pengembangan Kompetensi Manajerial", "Pengembangan Kompetensi Teknis"}, "kepegawaian", 0, true},
}

// biros are the bureaus of a province's secretariat: headed by a JPT and
// divided into sections (bagian).
var biros = []opdSpec{
	{"Biro Pemerintahan dan Otonomi Daerah", "Kepala", []string{"Pemerintahan Umum", "Otonomi Daerah", "Kerja Sama"}, "pemerintahan", 0, true},
	{"Biro Hukum", "Kepala", []string{"Perundang-undangan", "Bantuan Hukum", "Dokumentasi Hukum"}, "hukum", 0, true},
	{"Biro Organisasi", "Kepala", []string{"Kelembagaan", "Reformasi Birokrasi", "Kinerja"}, "kepegawaian", 0, true},
	{"Biro Perekonomian", "Kepala", []string{"Perekonomian", "Sumber Daya Alam", "BUMD"}, "ekonomi", 0, true},
	{"Biro Administrasi Pembangunan", "Kepala", []string{"Pengendalian Pembangunan", "Evaluasi Pembangunan"}, "perencanaan", 0, true},
	{"Biro Kesejahteraan Rakyat", "Kepala", []string{"Kesejahteraan Sosial", "Bina Mental Spiritual"}, "sosial", 0, true},
	{"Biro Umum", "Kepala", []string{"Tata Usaha", "Rumah Tangga", "Keuangan"}, "umum", 0, true},
	{"Biro Pengadaan Barang dan Jasa", "Kepala", []string{"Pengelolaan Pengadaan", "Layanan Pengadaan Secara Elektronik"}, "keuangan", 0, true},
	{"Biro Administrasi Pimpinan", "Kepala", []string{"Protokol", "Komunikasi Pimpinan"}, "umum", 0, true},
}

// familyGeneralist is the family of generalist posts: secretariats,
// assistants, expert staff, camat (model.FamilyGeneralist).
const familyGeneralist = "umum"

// backgrounds are the job families officials come from by education, with
// rough weights: what a candidate, the holder of a generalist post, or a
// holder who trained for another field than the post's, belongs to.
var backgrounds = []struct {
	family string
	weight int
}{
	{"pemerintahan", 30}, {"keuangan", 12}, {"ekonomi", 9}, {"hukum", 8}, {"sosial", 7},
	{"pekerjaan umum", 6}, {"pendidikan", 6}, {"kesehatan", 5}, {"perencanaan", 5},
	{"pertanian", 4}, {"kepegawaian", 4}, {"pengawasan", 3}, {"informatika", 3},
	{"perhubungan", 2}, {"lingkungan hidup", 2}, {"pariwisata", 2}, {"kelautan dan perikanan", 2},
}

// degrees are the bachelor's and master's titles of the education that
// leads to each family.
var degrees = map[string][2][]string{
	"pemerintahan":           {{"S.STP.", "S.IP.", "S.Sos."}, {"M.Si.", "M.AP."}},
	"keuangan":               {{"S.E.", "S.Ak."}, {"M.Ak.", "M.M.", "M.Si."}},
	"ekonomi":                {{"S.E."}, {"M.E.", "M.M.", "M.Ec.Dev."}},
	"hukum":                  {{"S.H."}, {"M.H."}},
	"sosial":                 {{"S.Sos.", "S.Psi."}, {"M.Si.", "M.Kesos."}},
	"pekerjaan umum":         {{"S.T."}, {"M.T.", "M.Eng."}},
	"pendidikan":             {{"S.Pd."}, {"M.Pd."}},
	"kesehatan":              {{"S.K.M.", "S.Kep.", "S.Farm."}, {"M.Kes.", "M.K.M."}},
	"perencanaan":            {{"S.T.", "S.E.", "S.Si."}, {"M.T.", "M.E.", "M.Si."}},
	"pertanian":              {{"S.P.", "S.Pt.", "S.Hut."}, {"M.P.", "M.Si."}},
	"kepegawaian":            {{"S.AP.", "S.Psi.", "S.Sos."}, {"M.AP.", "M.M."}},
	"pengawasan":             {{"S.E.", "S.Ak."}, {"M.Ak.", "M.Si."}},
	"informatika":            {{"S.Kom.", "S.T."}, {"M.Kom.", "M.T."}},
	"perhubungan":            {{"S.T.", "S.SiT."}, {"M.T.", "M.M.Tr."}},
	"lingkungan hidup":       {{"S.T.", "S.Si."}, {"M.Si.", "M.T."}},
	"pariwisata":             {{"S.Par.", "S.E."}, {"M.Par.", "M.M."}},
	"kelautan dan perikanan": {{"S.Pi.", "S.Kel."}, {"M.Si."}},
}

// setdaBagian are the sections of a regency's or city's secretariat.
var setdaBagian = []string{"Tata Pemerintahan", "Hukum", "Organisasi", "Perekonomian",
	"Umum", "Protokol dan Komunikasi Pimpinan", "Pengadaan Barang dan Jasa", "Kesejahteraan Rakyat"}

// setwanBagian are the sections of the council's secretariat.
var setwanBagian = []string{"Umum dan Keuangan", "Persidangan dan Perundang-undangan",
	"Fasilitasi Penganggaran dan Pengawasan"}

// staffAdvisers are the three expert staff (staf ahli) fields.
var staffAdvisers = []string{"Hukum, Politik dan Pemerintahan",
	"Ekonomi, Keuangan dan Pembangunan", "Kemasyarakatan dan Sumber Daya Manusia"}

// assistants are the three assistants (asisten) of the regional secretary.
var assistants = []string{"Pemerintahan dan Kesejahteraan Rakyat",
	"Perekonomian dan Pembangunan", "Administrasi Umum"}

// seksiOf are the sections a pengawas post heads within a division.
var seksiOf = []string{"Perencanaan", "Pembinaan", "Pengendalian"}

// kecamatanSeksi are the pengawas posts of a district (kecamatan).
var kecamatanSeksi = []string{"Kepala Seksi Pemerintahan", "Kepala Seksi Ketenteraman dan Ketertiban Umum",
	"Kepala Seksi Pemberdayaan Masyarakat", "Kepala Subbagian Umum dan Kepegawaian"}

// opdSubbagian are the sub-sections of an agency's secretariat.
var opdSubbagian = []string{"Umum dan Kepegawaian", "Keuangan", "Perencanaan dan Pelaporan"}

// Given names and family names of fictional people. Combined at random they
// name nobody in particular.
var (
	maleNames = []string{"Adi", "Agus", "Ahmad", "Andi", "Arif", "Bambang", "Bayu", "Budi",
		"Dedi", "Dimas", "Eko", "Fajar", "Gilang", "Hadi", "Hasan", "Hendra", "Imam", "Irwan",
		"Joko", "Kurnia", "Lukman", "Made", "Nanang", "Rahmat", "Rudi", "Slamet", "Taufik",
		"Wahyu", "Yudi", "Zainal", "Ketut", "Yusuf", "Rizal", "Teguh", "Heru", "Anton"}
	femaleNames = []string{"Ani", "Ayu", "Dewi", "Dian", "Eka", "Fitri", "Indah", "Kartika",
		"Lestari", "Lina", "Maya", "Mega", "Nina", "Novi", "Nur", "Putri", "Ratna", "Rina",
		"Rini", "Sari", "Siti", "Tuti", "Wulan", "Yuni", "Anisa", "Retno", "Endah", "Sri",
		"Wati", "Yanti"}
	familyNames = []string{"Pratama", "Saputra", "Santoso", "Wibowo", "Hidayat", "Kurniawan",
		"Setiawan", "Nugroho", "Gunawan", "Susanto", "Hakim", "Rahman", "Putra", "Wijaya",
		"Halim", "Suryadi", "Prasetyo", "Firmansyah", "Ramadhan", "Syahputra", "Permana",
		"Sitompul", "Panjaitan", "Manurung", "Tarigan", "Pane", "Wirawan", "Utomo", "Sudrajat",
		"Mahendra", "Sembiring", "Daulay"}
	femaleFamilyNames = []string{"Handayani", "Rahayu", "Lestari", "Wulandari", "Permatasari",
		"Anggraini", "Safitri", "Puspitasari", "Kusumawati", "Maharani", "Novitasari", "Pertiwi"}

	// Place names are two invented syllable groups ("Karang Sentosa").
	placeHeads = []string{"Karang", "Tanjung", "Bukit", "Muara", "Sungai", "Pasir", "Talang",
		"Lubuk", "Batu", "Air", "Teluk", "Padang", "Suka", "Tirta", "Wana", "Sela"}
	placeTails = []string{"Sentosa", "Makmur", "Lestari", "Permai", "Asri", "Damai", "Harapan",
		"Mulia", "Raya", "Indah", "Sejahtera", "Bening", "Rimbun", "Jernih", "Gemilang", "Wangi"}
)
