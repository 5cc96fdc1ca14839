package i18n

// The help texts of the command line: "mutasi help", each command's
// --help and the description of each flag. A flag's description names its
// value in `backquotes` (the help shows it after the flag).
const (
	HelpMain     Key = "help.main"
	HelpMainEnd  Key = "help.main_end"
	HelpFlags    Key = "help.flags"
	HelpDefault  Key = "help.default"
	HelpSolve    Key = "help.solve"
	HelpWhatif   Key = "help.whatif"
	HelpExplain  Key = "help.explain"
	HelpValidate Key = "help.validate"
	HelpMatrix   Key = "help.matrix"
	HelpGen      Key = "help.gen"
	HelpBench    Key = "help.bench"
	HelpServe    Key = "help.serve"

	CmdSolve    Key = "cmd.solve"
	CmdWhatif   Key = "cmd.whatif"
	CmdExplain  Key = "cmd.explain"
	CmdValidate Key = "cmd.validate"
	CmdMatrix   Key = "cmd.matrix"
	CmdGen      Key = "cmd.gen"
	CmdBench    Key = "cmd.bench"
	CmdServe    Key = "cmd.serve"

	FlagLang         Key = "flag.lang"
	FlagOfficials    Key = "flag.officials"
	FlagPositions    Key = "flag.positions"
	FlagRoster       Key = "flag.roster"
	FlagSelection    Key = "flag.selection"
	FlagPolicy       Key = "flag.policy"
	FlagDate         Key = "flag.date"
	FlagWeight       Key = "flag.weight"
	FlagPin          Key = "flag.pin"
	FlagForbid       Key = "flag.forbid"
	FlagCalendar     Key = "flag.calendar"
	FlagPrintPolicy  Key = "flag.print_policy"
	FlagDecree       Key = "flag.decree"
	FlagOut          Key = "flag.out"
	FlagAll          Key = "flag.all"
	FlagCSVSep       Key = "flag.csv_sep"
	FlagAlternatives Key = "flag.alternatives"
	FlagSolver       Key = "flag.solver"
	FlagVerbose      Key = "flag.verbose"
	FlagQuiet        Key = "flag.quiet"
	FlagBenchQuiet   Key = "flag.bench_quiet"
	FlagCandidates   Key = "flag.candidates"
	FlagClasses      Key = "flag.classes"
	FlagScenario     Key = "flag.scenario"
	FlagSweep        Key = "flag.sweep"
	FlagPrecision    Key = "flag.precision"
	FlagPlot         Key = "flag.plot"
	FlagDetail       Key = "flag.detail"
	FlagMaxMoves     Key = "flag.max_moves"
	FlagFrontier     Key = "flag.frontier"

	FlagSolveFormat     Key = "flag.solve_format"
	FlagTableJSONFormat Key = "flag.table_json_format"
	FlagValidateFormat  Key = "flag.validate_format"
	FlagMatrixMaximize  Key = "flag.matrix_maximize"
	FlagMatrixVerify    Key = "flag.matrix_verify"
	FlagMatrixFormat    Key = "flag.matrix_format"
	FlagMatrixOut       Key = "flag.matrix_out"
	FlagMatrixLabels    Key = "flag.matrix_labels"
	FlagGenPreset       Key = "flag.gen_preset"
	FlagGenOfficials    Key = "flag.gen_officials"
	FlagGenPositions    Key = "flag.gen_positions"
	FlagGenPengawas     Key = "flag.gen_pengawas"
	FlagGenSeed         Key = "flag.gen_seed"
	FlagGenOut          Key = "flag.gen_out"
	FlagGenXLSX         Key = "flag.gen_xlsx"
	FlagGenDate         Key = "flag.gen_date"
	FlagBenchSizes      Key = "flag.bench_sizes"
	FlagBenchPlot       Key = "flag.bench_plot"
	FlagBenchSeed       Key = "flag.bench_seed"
	FlagBenchExportNPY  Key = "flag.bench_export_npy"
	FlagBenchSparse     Key = "flag.bench_sparse"
	FlagBenchFamilies   Key = "flag.bench_families"
	FlagBenchShape      Key = "flag.bench_shape"
	FlagServeAddr       Key = "flag.serve_addr"
	FlagServeToken      Key = "flag.serve_token"
)

func helpEntry(k Key) (entry, bool) {
	switch k {
	case HelpMain:
		return entry{`mutasi menyusun rencana mutasi aparatur sipil negara: optimal dan dapat dijelaskan.

Pemakaian:
  mutasi <perintah> [opsi]

Perintah:
`, `mutasi plans the rotation of civil servants: an optimal, explainable reshuffle.

Usage:
  mutasi <command> [flags]

Commands:
`}, true
	case HelpMainEnd:
		return entry{`
Jalankan "mutasi <perintah> --help" (atau "mutasi help <perintah>") untuk opsi dan contoh setiap perintah.
Semua keluaran berbahasa Indonesia; --lang en untuk bahasa Inggris.
`, `
Run "mutasi <command> --help" (or "mutasi help <command>") for a command's flags and examples.
Everything is printed in Indonesian; --lang en prints English.
`}, true
	case HelpFlags:
		return entry{"Opsi:", "Flags:"}, true
	case HelpDefault:
		return entry{"(bawaan %s)", "(default %s)"}, true

	case CmdSolve:
		return entry{"menyusun rencana mutasi (tanpa opsi data: data contoh bawaan)", "plan the reshuffle (no roster flags: the embedded sample)"}, true
	case CmdWhatif:
		return entry{"membandingkan skenario: bobot lain, penetapan, larangan, aturan", "compare scenarios: other weights, pins, forbids, rules"}, true
	case CmdExplain:
		return entry{"mengapa seorang pejabat mendapat suatu jabatan, dan pilihan lainnya", "why an official gets a post, and the alternatives"}, true
	case CmdValidate:
		return entry{"mendaftar setiap masalah dalam berkas data pejabat dan jabatan", "list every problem in the roster files"}, true
	case CmdMatrix:
		return entry{"memecahkan matriks biaya mentah (CSV atau .npy)", "solve a raw cost matrix (CSV or .npy)"}, true
	case CmdGen:
		return entry{"menulis data rekaan (kota, kabupaten, provinsi)", "write a synthetic roster (kota, kabupaten, provinsi)"}, true
	case CmdBench:
		return entry{"mengukur waktu seluruh proses pada data rekaan", "time the whole pipeline on synthetic rosters"}, true
	case CmdServe:
		return entry{"halaman web lokal: unggah, atur, tetapkan, jelaskan, unduh", "the local web page: upload, tune, pin, explain, download"}, true

	case HelpSolve:
		return entry{`Pemakaian: mutasi solve [opsi data] [opsi penilaian] [--format F] [--out BERKAS] [--lang id|en] [--all]

Menyusun rencana mutasi: setiap pejabat mendapat jabatan, tetap di
jabatannya, atau dibebaskan dari jabatan, dan setiap jabatan terisi atau
dibiarkan lowong, sehingga skor totalnya setinggi mungkin (dibuktikan oleh
sertifikat optimalitas). Tanpa opsi data, yang direncanakan adalah data
contoh Kota Contoh pada tanggalnya sendiri.

Tabel mengelompokkan mutasi menurut jenisnya (promosi, rotasi,
pengangkatan, penurunan jabatan, pembebasan beserta sebabnya, pensiun;
pejabat yang tetap dan calon yang tidak ditempatkan hanya dihitung, --all
mendaftarnya), lalu jabatan lowong beserta calon Plt, jabatan yang akan
lowong (pemangku pensiun dalam jangka perencanaan) dan ringkasan; baris
pertama menyebutkan bila masa pilkada mewajibkan persetujuan tertulis
Menteri. --format csv, xlsx atau pdf menulis lampiran SK (No, NIP, Nama,
Pangkat/Gol, Jabatan Lama, Jabatan Baru, Keterangan) yang hanya memuat
mutasi (--all menambahkan yang pensiun, yang tetap dan yang tidak
ditempatkan); lembar
kedua buku kerja memuat komponen skor, JPM, alasan dan peringatan setiap
mutasi. Semua keluaran berbahasa Indonesia; --lang en untuk bahasa Inggris.
--alternatives K menyusun K rencana terbaik berikutnya (peringkat Murty atas
kelompok jabatan yang identik: rencana yang benar-benar berbeda, bukan
sekadar pertukaran antarjabatan yang identik) dan menunjukkan mutasi yang
berbeda pada masing-masing.

Contoh:
  mutasi solve
  mutasi solve --officials pejabat.csv --positions jabatan.csv --date 2027-01-04
  mutasi solve --roster roster.xlsx --format xlsx --out lampiran-sk.xlsx
  mutasi solve --weight fit=2 --pin 196912101997011677=DINKES-KADIS --format json
  mutasi solve --alternatives 2
  mutasi solve --print-policy > policy.toml
  mutasi solve --policy policy.toml --format csv --out lampiran.csv
`, `Usage: mutasi solve [roster] [scoring] [--format F] [--out FILE] [--lang id|en] [--all]

Plans the reshuffle: every official gets a post, keeps theirs, or is
released, and every post is filled or left vacant, so that the total score is
the highest possible (proved by the solver's dual certificate). Without
roster flags it plans the embedded sample roster of Kota Contoh at its date.

The table groups the moves by type (promote, rotate, fill, demote, release
with its cause, retire; stays and unplaced candidates are counted, --all
lists them), then the vacant posts with their acting candidates (Plt), the
upcoming vacancies (holders retiring within the horizon) and a summary; a
first line says when the political calendar asks for the Minister's
approval. --format csv, xlsx or pdf writes the lampiran SK (No, NIP, Nama,
Pangkat/Gol, Jabatan Lama, Jabatan Baru, Keterangan), which lists the moves
only (--all adds retirements, stays and unplaced candidates); the workbook's second
sheet holds each move's score components, JPM, reasons and warnings.
Everything is in Indonesian; --lang en writes English. --alternatives K
ranks the K next-best plans (Murty's ranking over classes of identical posts:
distinct plans, not renamings of identical posts) and shows the moves in
which each differs.

Examples:
  mutasi solve
  mutasi solve --officials pejabat.csv --positions jabatan.csv --date 2027-01-04
  mutasi solve --roster roster.xlsx --format xlsx --out lampiran-sk.xlsx
  mutasi solve --weight fit=2 --pin 196912101997011677=DINKES-KADIS --format json
  mutasi solve --alternatives 2
  mutasi solve --print-policy > policy.toml
  mutasi solve --policy policy.toml --format csv --out lampiran.csv
`}, true

	case HelpWhatif:
		return entry{`Pemakaian: mutasi whatif [opsi data] [opsi penilaian] --scenario NAMA:KUNCI=NILAI,... [--format table|json] [--out BERKAS]
          mutasi whatif [opsi data] [opsi penilaian] --sweep KUNCI=DARI:SAMPAI:LANGKAH [--precision P] [--plot BERKAS] [--format table|json] [--out BERKAS]
          mutasi whatif [opsi data] [opsi penilaian] --frontier [--plot BERKAS] [--format table|json] [--out BERKAS]

Menyusun rencana dasar (kebijakan dan opsi sebagaimana diberikan) dan
rencana setiap skenario (kebijakan dasar dengan pengaturan skenario), lalu
menampilkan berdampingan nilai total setiap rencana, jumlah setiap komponen
skor dan jumlah mutasi, dan untuk setiap skenario tepatnya pejabat mana yang
berpindah secara berbeda dari rencana dasar (NIP, nama, jabatan dasar →
jabatan skenario) beserta komponen skornya yang berubah.

Kunci skenario sama dengan kunci berkas kebijakan (mutasi solve
--print-policy): bobot (fit=2), sakelar atau parameter aturan
(tenure_min=false, tenure_min_months=18, jpm_min=true, jpm_min_value=0.7,
allow_demotion=true), pin=NIP=JABATAN (JABATAN - berarti dibebaskan),
forbid=NIP=JABATAN, exempt=NIP, date=YYYY-MM-DD.

Dengan --sweep KUNCI=DARI:SAMPAI:LANGKAH, rencana disusun ulang pada setiap
nilai satu kunci numerik (DARI, DARI+LANGKAH, ... SAMPAI) dan ditampilkan,
per nilai, berapa pejabat yang berpindah secara berbeda dari rencana dasar
dan siapa, serta nilai-nilai tempat rencana berubah, masing-masing
ditemukan dengan pembagian dua di antara dua nilai yang bertetangga hingga
ketelitian --precision (bawaan LANGKAH/16; pada data di atas sekitar
2.000 pejabat × 2.000 jabatan bawaannya LANGKAH: nilai-nilainya saja).
--plot BERKAS.png atau BERKAS.svg menggambar jumlah mutasi yang berbeda
terhadap nilai tersebut.

Dengan --frontier ditampilkan batas efisien antara jumlah mutasi (pemangku
yang pindah jabatan) dan nilai total: untuk setiap jumlah mutasi pada batas
itu, rencana terbaiknya, nilai yang dikorbankan per mutasi, harga satu
mutasi yang membuat rencana itu terbaik, dan pejabat yang berubah dari satu
rencana ke rencana berikutnya. Di antara dua rencana itu, rencana terbaik
dengan K mutasi bernilai paling tinggi garis lurus yang menghubungkannya;
solve --max-moves K memberikan rencananya dan batas atas nilainya. --plot
BERKAS.png atau BERKAS.svg menggambarnya.

Contoh:
  mutasi whatif --scenario fit2:fit=2
  mutasi whatif --scenario ketat:jpm_min=true,tenure_max_hard=true --scenario longgar:tenure_min=false
  mutasi whatif --scenario pin:pin=196912101997011677=DINKES-KADIS --format json
  mutasi whatif --officials pejabat.csv --positions jabatan.csv --scenario tanpakinerja:performance=0
  mutasi whatif --sweep fit=0:3:0.25
  mutasi whatif --officials pejabat.csv --positions jabatan.csv --sweep fit=0:3:0.25 --plot sweep-fit.svg
  mutasi whatif --sweep release=0:2:0.5 --precision 0.01 --format json
  mutasi whatif --frontier --plot frontier.svg
`, `Usage: mutasi whatif [roster] [scoring] --scenario NAME:KEY=VALUE,... [--format table|json] [--out FILE]
       mutasi whatif [roster] [scoring] --sweep KEY=FROM:TO:STEP [--precision P] [--plot FILE] [--format table|json] [--out FILE]
       mutasi whatif [roster] [scoring] --frontier [--plot FILE] [--format table|json] [--out FILE]

Solves the base plan (the policy and flags as given) and each scenario (the
base policy with the scenario's settings), then prints side by side each
plan's objective, the sum of each score component and the counts of moves,
and, for each scenario, exactly which officials move differently from the
base plan (NIP, name, base post → scenario post) with the components of
their score that changed.

A scenario's keys are those of the policy file (mutasi solve --print-policy):
a weight (fit=2), a rule switch or parameter (tenure_min=false,
tenure_min_months=18, jpm_min=true, jpm_min_value=0.7, allow_demotion=true),
pin=NIP=POST (POST - releases), forbid=NIP=POST, exempt=NIP, date=YYYY-MM-DD.

With --sweep KEY=FROM:TO:STEP it re-solves instead at every value of one
numeric key (FROM, FROM+STEP, ... TO) and prints, per value, how many
officials move differently from the base plan and which, and the values at
which the plan changes, each located by bisection between two neighbouring
values to within --precision (default STEP/16; on a roster above about
2,000 × 2,000 the default is STEP: the values alone). --plot FILE.png or
FILE.svg draws the moves differing against the value.

With --frontier it lists the frontier between the number of moves (holders
who change post) and the objective: for each number of moves on it, the
best plan, the objective given up per move, the price of a move at which
that plan is the best, and which officials change from one to the next.
Between two of them the best plan with K moves scores at most the straight
line between them; solve --max-moves K gives the plan and its bound.
--plot FILE.png or FILE.svg draws it.

Examples:
  mutasi whatif --scenario fit2:fit=2
  mutasi whatif --scenario strict:jpm_min=true,tenure_max_hard=true --scenario lenient:tenure_min=false
  mutasi whatif --scenario pin:pin=196912101997011677=DINKES-KADIS --format json
  mutasi whatif --officials pejabat.csv --positions jabatan.csv --scenario noperf:performance=0
  mutasi whatif --sweep fit=0:3:0.25
  mutasi whatif --officials pejabat.csv --positions jabatan.csv --sweep fit=0:3:0.25 --plot sweep-fit.svg
  mutasi whatif --sweep release=0:2:0.5 --precision 0.01 --format json
  mutasi whatif --frontier --plot frontier.svg
`}, true

	case HelpExplain:
		return entry{`Pemakaian: mutasi explain [opsi data] [opsi penilaian] NIP [--format table|json] [--out BERKAS] [--detail]

Menjelaskan mengapa rencana optimal memberi pejabat ini jabatan ini: jenis
mutasi dan skornya per komponen, alasan dan peringatan, kompetensi (M1-M8,
SK) terhadap standar jabatan, aturan yang menutup jabatan lain bagi pejabat
ini, tiga pilihan terbaik lainnya beserta skor yang hilang dari rencana
bila salah satunya diambil, dan per bobot rentang nilai yang
mempertahankan pilihan ini (setiap ujungnya diperiksa dengan menyusun ulang
seluruh rencana tepat di dalam dan tepat di luarnya, pada data sampai
ukuran kota). --detail menambahkan rincian pemecah: perkiraan berpasangan,
potensial dual dan biaya tereduksi di balik rentang itu. Rencana yang
dijelaskan sama dengan yang ditampilkan "mutasi solve" dengan opsi yang
sama.

Contoh:
  mutasi explain 196912101997011677
  mutasi explain --weight fit=2 196912101997011677 --format json
  mutasi explain --officials pejabat.csv --positions jabatan.csv --date 2027-01-04 197308092003101727
`, `Usage: mutasi explain [roster] [scoring] NIP [--format table|json] [--out FILE] [--detail]

Explains why the optimal plan gives this official this post: the move and
its score by component, the reasons and warnings, the competencies (M1-M8,
SK) against the post's standard, the rules that closed other posts to the
official, the three best alternatives with the score the plan would lose
by taking each, and per weight the range of values that keeps the choice
(each end is checked by re-solving the whole plan just inside and just
beyond it, on rosters up to city size). --detail adds the solver's
details: the pairwise estimate, the dual potentials and reduced costs
behind those ranges. The plan is the one "mutasi solve" prints with the
same flags.

Examples:
  mutasi explain 196912101997011677
  mutasi explain --weight fit=2 196912101997011677 --format json
  mutasi explain --officials pejabat.csv --positions jabatan.csv --date 2027-01-04 197308092003101727
`}, true

	case HelpValidate:
		return entry{`Pemakaian: mutasi validate [opsi data] [--date YYYY-MM-DD] [--format text|json]

Mendaftar setiap masalah dalam berkas data, masing-masing menunjuk
berkasnya, barisnya (seperti terlihat di lembar kerja, judul kolom = baris
1) dan kolomnya, lalu ringkasan: jumlah pejabat, jabatan, jabatan lowong,
pejabat yang terkunci di jabatannya oleh aturan (R-TENURE-MIN, pensiun
dalam jangka perencanaan, evaluasi dengan hasil tetap), pejabat yang sudah
pensiun pada atau sebelum tanggal rencana dan yang pensiun dalam jangka
perencanaan (12 bulan). Status keluar 0
bila data dapat dipakai (hanya peringatan), 2 bila ada kesalahan.

Tanpa opsi data, data contoh Kota Contoh yang diperiksa, pada tanggalnya
sendiri (2026-12-01); selain itu --date bawaannya hari ini.

Contoh:
  mutasi validate
  mutasi validate --officials pejabat.csv --positions jabatan.csv --date 2026-12-01
  mutasi validate --roster roster.xlsx --format json
`, `Usage: mutasi validate [roster flags] [--date YYYY-MM-DD] [--format text|json]

List every problem in the roster files, each pointing at its file, row (as
a spreadsheet shows it, header = row 1) and column, then a summary: officials,
posts, vacancies, officials locked in their post by the rules (R-TENURE-MIN,
a retirement within the horizon, an evaluation tetap), officials retired on
or before the plan date and those retiring within the horizon (12 months). Exit status 0 when
the roster can be used (warnings only), 2 when it has errors.

With no roster flags the embedded Kota Contoh sample is checked, at its own
date (2026-12-01); otherwise --date defaults to today.

Examples:
  mutasi validate
  mutasi validate --officials pejabat.csv --positions jabatan.csv --date 2026-12-01
  mutasi validate --roster roster.xlsx --format json
`}, true

	case HelpMatrix:
		return entry{`Pemakaian: mutasi matrix [--maximize] [--verify] [--format table|csv|json] [--out BERKAS]
                         [--labels auto|none|rows|cols|both] BERKAS|-

Memecahkan masalah penugasan mentah: menugaskan baris-baris matriks biaya
ke kolom-kolomnya sehingga biaya totalnya minimum (atau maksimum dengan
--maximize). Bila baris lebih banyak daripada kolom, setiap kolom
ditugaskan dan baris sisanya tidak mendapat tugas, seperti
linear_sum_assignment SciPy.

BERKAS adalah berkas CSV (dipisah koma atau titik koma; sel kosong, inf, x
atau - melarang pasangan itu; baris pertama dan/atau kolom pertama boleh
berisi label; koma desimal bila dipisah titik koma) atau berkas NumPy .npy
(dtype bilangan bulat, tak bertanda, pecahan atau bool, urutan C atau
Fortran). "-" membaca masukan standar. Formatnya dikenali dari isinya.
Label dikenali bila berupa kata, atau 16 angka atau lebih (NIP); label lain
yang tampak seperti bilangan memerlukan --labels.

Status keluar: 0 terpecahkan, 2 kesalahan pemakaian atau masukan tidak
sah, 3 tidak layak (pesannya menyebut baris yang tidak dapat ditempatkan
semuanya dan satu-satunya kolom yang terbuka bagi mereka), 1 kegagalan
internal.

Contoh:
  mutasi matrix biaya.csv
  mutasi matrix --maximize --format json skor.csv
  mutasi matrix --verify --format csv --out rencana.csv biaya.npy
  mutasi matrix --labels both nip-per-jabatan.csv
  python3 -c 'import numpy, sys; numpy.save(sys.stdout.buffer, numpy.eye(3))' | mutasi matrix -
`, `Usage: mutasi matrix [--maximize] [--verify] [--format table|csv|json] [--out FILE]
                     [--labels auto|none|rows|cols|both] FILE|-

Solve a raw assignment problem: assign the rows of a cost matrix to its
columns so that the total cost is minimal (or maximal with --maximize). With
more rows than columns every column is assigned and the surplus rows stay
unassigned, as in SciPy's linear_sum_assignment.

FILE is a CSV file (comma or semicolon separated; an empty cell, inf, x or -
forbids a pair; an optional first row and/or first column of labels; a
decimal comma with semicolons) or a NumPy .npy file (any integer,
unsigned, float or bool dtype, C or Fortran order). "-" reads standard input.
The format is detected from the content. Labels are detected when they are
words, or 16 digits or more (NIPs); other labels that look like numbers need
--labels.

Exit codes: 0 solved, 2 usage error or invalid input, 3 infeasible (the
message names rows that cannot all be placed and the only columns open to
them), 1 internal failure.

Examples:
  mutasi matrix costs.csv
  mutasi matrix --maximize --format json scores.csv
  mutasi matrix --verify --format csv --out plan.csv costs.npy
  mutasi matrix --labels both nip-by-post.csv
  python3 -c 'import numpy, sys; numpy.save(sys.stdout.buffer, numpy.eye(3))' | mutasi matrix -
`}, true

	case HelpGen:
		return entry{`Pemakaian: mutasi gen --preset kota|kabupaten|provinsi | --officials N --positions M --seed S --out FOLDER [--xlsx] [--date D]

Menulis data rekaan: FOLDER/officials.csv dan FOLDER/positions.csv, dan
FOLDER/selection.csv berisi hasil seleksi terbuka untuk jabatan JPT (dibaca
dengan --selection); FOLDER/roster.xlsx dengan --xlsx, lembar pejabat,
jabatan dan seleksi. Setiap nama, NIP dan tempat adalah rekaan; opsi yang
sama selalu menghasilkan berkas yang sama persis. FOLDER dibuat bila belum ada. Berkasnya lolos "mutasi
validate".

Ukuran baku (ukuran pemerintah daerah): kota 25–35 jabatan JPT dan 80–150
jabatan administrator, kabupaten 30–40 dan 120–250, provinsi 40–60 dan
150–250 (tambahkan --pengawas untuk jabatan eselon IV); sekitar 1,4 pejabat
per jabatan. Ukuran bebas (sampai 50000 pejabat × 40000 jabatan)
menggabungkan kabupaten dan kota satu provinsi dan memuat jabatan
pengawas.

Contoh:
  mutasi gen --preset provinsi --seed 1 --out roster/
  mutasi gen --officials 12000 --positions 10000 --seed 7 --out besar/ --xlsx
`, `Usage: mutasi gen --preset kota|kabupaten|provinsi | --officials N --positions M --seed S --out DIR [--xlsx] [--date D]

Write a synthetic roster: DIR/officials.csv and DIR/positions.csv, and
DIR/selection.csv with the open-selection results for JPT posts (read with
--selection); DIR/roster.xlsx with --xlsx, sheets pejabat, jabatan and
seleksi. Every name, NIP and place is invented; the same flags always write
the same bytes. DIR is created if missing. The files pass "mutasi validate".

Presets (the sizes local governments have): kota 25–35 JPT and 80–150 administrator posts,
kabupaten 30–40 and 120–250, provinsi 40–60 and 150–250 (add --pengawas for
eselon IV posts); about 1.4 officials per post. Custom sizes (up to 50000
officials × 40000 posts) pool a province's regencies and cities and include
pengawas posts.

Examples:
  mutasi gen --preset provinsi --seed 1 --out roster/
  mutasi gen --officials 12000 --positions 10000 --seed 7 --out big/ --xlsx
`}, true

	case HelpBench:
		return entry{`Pemakaian: mutasi bench [--sizes DAFTAR] [--plot BERKAS.png|BERKAS.svg] [--seed S] [--export-npy FOLDER] [--sparse]
          mutasi bench --families FOLDER [--sizes DAFTAR] [--seed S] [--shape square|tall|wide|BxK]

Mengukur waktu seluruh proses pada data rekaan: untuk setiap ukuran n
(jabatan), satu provinsi gabungan dengan n jabatan dan 1,2 n pejabat
(pembangkit "mutasi gen"), ditulis sebagai CSV ke folder sementara lalu
dimuat, dinilai aturannya, diberi skor, dipecahkan, diverifikasi dan
disusun rencananya. Menampilkan satu baris per ukuran: waktu setiap tahap
dalam milidetik, totalnya, dan memori puncak yang dipegang runtime Go dari
sistem operasi (runtime/metrics, dicuplik setiap 5 ms). Lalu eksponen
pertumbuhan k dari waktu pemecahan ~ n^k, dicocokkan dengan kuadrat terkecil
pada skala log-log. Kemajuan ditulis ke stderr bila stderr adalah terminal.

--plot menggambar waktu per tahap terhadap ukuran pada sumbu log-log (PNG
atau SVG menurut ekstensinya). --export-npy menulis matriks biaya setiap
ukuran sebagai FOLDER/cost-nN.npy (float64, +Inf untuk pasangan terlarang)
untuk mengukur pemecah lain pada masukan yang sama.

--sparse mengukur jalur renggang yang diambil "mutasi solve" untuk data
besar: aturan dan pemecahan bersertifikat tanpa matriks padat (kelas
jabatan yang identik, atau calon dan putaran penetapan harga), satu baris
per ukuran dengan jumlah kelas, putaran dan pasangan calon, lalu eksponen
pertumbuhannya; --plot menggambar waktunya terhadap ukuran. Jalur ini
menjangkau ukuran provinsi dan nasional (40000 jabatan atau lebih).

--families menulis keluarga tolok ukur pemecah berupa matriks biaya mentah
(uniform, ties, geometric, machol, hard, forbidden; untuk setiap n pada
--sizes, bawaan 1000,2000,4000, matriks n × n, atau dengan --shape tall
5n/4 × n dan wide n × 5n/4; --shape 5000x300 menulis satu ukuran itu)
sebagai FOLDER/FAMILY_RxC_sS.npy, untuk mengukur "mutasi matrix" dan
pemecah lain (SciPy) pada berkas yang sama persis; lihat bench/README.md.

Contoh:
  mutasi bench
  mutasi bench --sizes 200,1000,5000,10000 --plot skala.svg
  mutasi bench --sizes 2000 --export-npy /tmp/biaya
  mutasi bench --sparse --sizes 1000,10000,40000
  mutasi bench --families /tmp/families --sizes 1500
`, `Usage: mutasi bench [--sizes LIST] [--plot FILE.png|FILE.svg] [--seed S] [--export-npy DIR] [--sparse]
       mutasi bench --families DIR [--sizes LIST] [--seed S] [--shape square|tall|wide|RxC]

Time the whole pipeline on generated rosters: for each size n (posts), a
pooled province of n posts and 1.2 n officials (the generator of "mutasi
gen"), written as CSV to a temporary directory and then loaded, evaluated,
scored, solved, verified and planned. Prints one row per size: each stage's
wall-clock time in milliseconds, the total, and the peak memory the Go
runtime held from the operating system (runtime/metrics, sampled every 5 ms).
Then the growth exponent k of solve time ~ n^k, fitted by least squares on
log-log. Progress goes to stderr when it is a terminal.

--plot draws time per stage against size on log-log axes (PNG or SVG by
extension). --export-npy writes each size's cost matrix as DIR/cost-nN.npy
(float64, +Inf for forbidden pairs) to time other solvers on the same input.

--sparse times the sparse path that "mutasi solve" takes for large rosters
instead: the rules and the certified solve without the dense matrix
(classes of identical posts, or candidates and pricing rounds), one row per
size with the number of classes, rounds and candidate pairs, then the
growth exponent; --plot draws its time against size. It reaches provincial
and national sizes (40000 posts and more).

--families writes the solver's benchmark families of raw cost matrices
instead (uniform, ties, geometric, machol, hard, forbidden; for each n of
--sizes, default 1000,2000,4000, an n × n matrix, or with --shape tall
5n/4 × n and wide n × 5n/4; --shape 5000x300 writes that one size) as
DIR/FAMILY_RxC_sS.npy, to time "mutasi matrix" and other solvers (SciPy)
on the very same files; see bench/README.md.

Examples:
  mutasi bench
  mutasi bench --sizes 200,1000,5000,10000 --plot scaling.svg
  mutasi bench --sizes 2000 --export-npy /tmp/costs
  mutasi bench --sparse --sizes 1000,10000,40000
  mutasi bench --families /tmp/families --sizes 1500
`}, true

	case HelpServe:
		return entry{`Pemakaian: mutasi serve [--addr HOST:PORT] [--token T] [opsi data] [opsi penilaian]

Menjalankan halaman web lokal: muat data contoh bawaan atau unggah berkas
pejabat dan jabatan (CSV atau XLSX, satu buku kerja atau dua berkas), atur
bobot dan aturan dengan penggeser dan sakelar, tetapkan atau larang dari
satu baris, jelaskan pejabat mana pun, bandingkan rencana terbaik
berikutnya, dan unduh lampiran SK (PDF, XLSX, CSV), rencana (JSON) dan
berkas kebijakan yang berlaku. Opsi data dan penilaian menentukan keadaan
awal setiap halaman baru.

Halaman hanya mendengarkan 127.0.0.1 secara bawaan dan tidak memerlukan
internet. Setiap permintaan harus membawa token rahasia: token acak dibuat
setiap kali dijalankan kecuali --token memberikannya (sedikitnya 16
karakter), dan URL yang dicetak membawanya, jadi bukalah URL itu. Setiap
tab peramban punya keadaannya sendiri. Hentikan server dengan Ctrl+C.

Contoh:
  mutasi serve
  mutasi serve --officials pejabat.xlsx --positions jabatan.xlsx
  mutasi serve --addr 0.0.0.0:8080 --token rapat-baperjakat-2026
`, `Usage: mutasi serve [--addr HOST:PORT] [--token T] [roster] [scoring]

Starts the local web page: load the embedded sample or upload the officials
and positions (CSV or XLSX, one workbook or two files), tune the weights and
the rules with sliders and switches, pin or forbid from a row, explain any
official, compare the next best plans, and download the lampiran SK (PDF,
XLSX, CSV), the plan (JSON) and the effective policy file. The roster and
scoring flags set what every new page starts with.

The page binds 127.0.0.1 by default and needs no internet. Every request
must carry a secret token: a random one is made at each start unless
--token gives one (at least 16 characters), and the printed URL carries it,
so open that URL. Each browser tab has its own state. Stop the server with
Ctrl+C.

Examples:
  mutasi serve
  mutasi serve --officials pejabat.xlsx --positions jabatan.xlsx
  mutasi serve --addr 0.0.0.0:8080 --token rapat-baperjakat-2026
`}, true
	}
	return flagEntry(k)
}

func flagEntry(k Key) (entry, bool) {
	switch k {
	case FlagLang:
		return entry{"`BAHASA` semua keluaran: id (Indonesia) atau en (Inggris)", "`LANG` of everything printed: id (Indonesian) or en (English)"}, true
	case FlagOfficials:
		return entry{"`BERKAS` pejabat (CSV atau XLSX); perlu --positions", "officials `FILE` (CSV or XLSX); needs --positions"}, true
	case FlagPositions:
		return entry{"`BERKAS` jabatan (CSV atau XLSX); perlu --officials", "positions `FILE` (CSV or XLSX); needs --officials"}, true
	case FlagRoster:
		return entry{"satu buku kerja XLSX, `BERKAS` dengan lembar pejabat/officials dan jabatan/positions (dan seleksi/selection)",
			"one XLSX workbook, `FILE` with sheets officials/pejabat and positions/jabatan (and seleksi/selection)"}, true
	case FlagSelection:
		return entry{"`BERKAS` hasil seleksi terbuka untuk jabatan JPT (CSV atau XLSX: position, nip, rank)",
			"open-selection results `FILE` for JPT posts (CSV or XLSX: position, nip, rank)"}, true
	case FlagPolicy:
		return entry{"`BERKAS` kebijakan (lihat --print-policy); opsi lain menimpanya", "policy `FILE` (see --print-policy); flags override it"}, true
	case FlagDate:
		return entry{"`TANGGAL` rencana (YYYY-MM-DD); bawaan hari ini, atau tanggal data contoh untuk data contoh",
			"plan `DATE` (YYYY-MM-DD); default today, or the sample's date for the sample"}, true
	case FlagWeight:
		return entry{"mengatur bobot, `KUNCI=NILAI` (performance, fit, tenure, talent, family, vacancy, release); dapat diulang",
			"set a weight, `KEY=VALUE` (performance, fit, tenure, talent, family, vacancy, release); repeatable"}, true
	case FlagPin:
		return entry{"menetapkan pejabat pada suatu jabatan, `NIP=JABATAN` (JABATAN \"-\" berarti dibebaskan); dapat diulang",
			"place an official in a post, `NIP=POST` (POST \"-\" releases); repeatable"}, true
	case FlagForbid:
		return entry{"melarang pejabat menduduki suatu jabatan, `NIP=JABATAN`; dapat diulang",
			"keep an official out of a post, `NIP=POST`; repeatable"}, true
	case FlagCalendar:
		return entry{"mengatur kalender politik, `KUNCI=NILAI` (candidates_set, term_end, inaugurated, acting_head, approval_letter); dapat diulang",
			"set the political calendar, `KEY=VALUE` (candidates_set, term_end, inaugurated, acting_head, approval_letter); repeatable"}, true
	case FlagPrintPolicy:
		return entry{"mencetak kebijakan yang berlaku sebagai berkas kebijakan, lalu selesai", "print the effective policy as a policy file and exit"}, true
	case FlagDecree:
		return entry{"mengisi satu isian keputusan pada lampiran, `KUNCI=NILAI` (title, region, number, issued, subject, signer, signer_nip; lihat [decree] pada --print-policy); dapat diulang",
			"set a field of the lampiran's decree, `KEY=VALUE` (title, region, number, issued, subject, signer, signer_nip; see [decree] in --print-policy); repeatable"}, true
	case FlagOut:
		return entry{"menulis ke `BERKAS` (- adalah stdout), diganti hanya bila proses berhasil", "write to `FILE` (- is stdout), replaced only when the run succeeds"}, true
	case FlagAll:
		return entry{"mendaftar juga pejabat yang tetap dan calon yang tidak ditempatkan", "list stays and unplaced candidates too"}, true
	case FlagCSVSep:
		return entry{"`PEMISAH` sel untuk --format csv: ; , atau tab (bawaan ; dengan --lang id, , dengan --lang en)",
			"separator `SEP` of --format csv: ; , or tab (default ; with --lang id, , with --lang en)"}, true
	case FlagAlternatives:
		return entry{"menyusun juga `K` rencana terbaik berikutnya (0–10; table dan json)", "also rank the `K` next-best plans (0–10; table and json)"}, true
	case FlagSolver:
		return entry{"`PEMECAH`: dense, sparse (kelas jabatan identik, atau calon dengan penetapan harga bersertifikat) atau auto (sparse bila matriks padat melebihi 256 MiB)",
			"`SOLVER`: dense, sparse (classes of identical posts, or candidates with certified pricing) or auto (sparse when the dense matrix would exceed 256 MiB)"}, true
	case FlagVerbose:
		return entry{"menyebut di stderr pemecah yang dipakai dan alasannya, serta kelas atau putaran penetapan harganya",
			"say on stderr which solver was used and why, and its classes or pricing rounds"}, true
	case FlagQuiet:
		return entry{"tidak menampilkan kemajuan di stderr (kemajuan tampil hanya bila stderr adalah terminal dan proses berjalan lebih dari 2 detik)",
			"show no progress on stderr (progress shows only when stderr is a terminal and the run takes more than 2 s)"}, true
	case FlagBenchQuiet:
		return entry{"tidak menampilkan bilah kemajuan di stderr (tampil hanya bila stderr adalah terminal)",
			"show no progress bar on stderr (shown only when stderr is a terminal)"}, true
	case FlagCandidates:
		return entry{"`K` jabatan terbaik per pejabat sebagai awal putaran penetapan harga pemecah renggang",
			"`K` best posts per official the sparse solver's pricing rounds start from"}, true
	case FlagClasses:
		return entry{"membolehkan pemecah renggang menggabungkan jabatan identik ke dalam kelas lebih dulu (--classes=false: hanya putaran penetapan harga)",
			"let the sparse solver merge identical posts into classes first (--classes=false: pricing rounds only)"}, true
	case FlagScenario:
		return entry{"satu skenario, `NAMA:KUNCI=NILAI,...`; dapat diulang", "a scenario, `NAME:KEY=VALUE,...`; repeatable"}, true
	case FlagSweep:
		return entry{"menyusun ulang sepanjang suatu rentang, `KUNCI=DARI:SAMPAI:LANGKAH` (kunci kebijakan numerik, mis. fit=0:3:0.25)",
			"re-solve across a range, `KEY=FROM:TO:STEP` (a numeric policy key, e.g. fit=0:3:0.25)"}, true
	case FlagPrecision:
		return entry{"dengan --sweep, menemukan setiap perubahan rencana hingga ketelitian `P` (bawaan LANGKAH/16; pada data besar LANGKAH: nilai-nilainya saja)",
			"with --sweep, locate each change of plan to within `P` (default STEP/16; on a large roster STEP: the values alone)"}, true
	case FlagPlot:
		return entry{"dengan --sweep, menggambar jumlah mutasi yang berbeda terhadap nilai ke `BERKAS` (.png atau .svg)",
			"with --sweep, draw moves differing against the value into `FILE` (.png or .svg)"}, true

	case FlagMaxMoves:
		return entry{"paling banyak `K` pemangku pindah jabatan (rules.max_moves; none: tanpa batas): rencana terbaik dalam batas itu, dengan batas atas nilainya",
			"at most `K` holders change post (rules.max_moves; none: no budget): the best plan within the budget, with its bound"}, true
	case FlagFrontier:
		return entry{"mendaftar batas efisien antara jumlah mutasi dan nilai total: rencana terbaik untuk setiap jumlah mutasi, dan apa yang berubah dari satu ke berikutnya (--plot menggambarnya)",
			"list the frontier between the number of moves and the objective: the best plan with each number of moves, and what changes from one to the next (--plot draws it)"}, true
	case FlagDetail:
		return entry{"menampilkan juga rincian pemecah: perkiraan berpasangan, potensial dual, titik balik per bobot",
			"also show the solver's details: the pairwise estimate, the dual potentials, where each weight flips the choice"}, true
	case FlagSolveFormat:
		return entry{"`FORMAT` keluaran: table, csv, json, xlsx atau pdf", "output `FORMAT`: table, csv, json, xlsx or pdf"}, true
	case FlagTableJSONFormat:
		return entry{"`FORMAT` keluaran: table atau json", "output `FORMAT`: table or json"}, true
	case FlagValidateFormat:
		return entry{"`FORMAT` keluaran: text atau json", "output `FORMAT`: text or json"}, true
	case FlagMatrixMaximize:
		return entry{"memaksimumkan total alih-alih meminimumkannya (-inf lalu melarang pasangan)", "maximise the total instead of minimising it (-inf then forbids a pair)"}, true
	case FlagMatrixVerify:
		return entry{"memeriksa sertifikat optimalitas (potensial dual) terlepas dari pemecahnya", "check the optimality certificate (the dual potentials) independently of the solver"}, true
	case FlagMatrixFormat:
		return entry{"`FORMAT` keluaran: table, csv atau json", "output `FORMAT`: table, csv or json"}, true
	case FlagMatrixOut:
		return entry{"menulis keluaran ke `BERKAS` (diganti hanya bila berhasil; - = stdout)", "write the output to `FILE` (replaced only on success; - = stdout)"}, true
	case FlagMatrixLabels:
		return entry{"`LABEL` CSV: auto (dikenali), none, rows (kolom pertama), cols (baris pertama) atau both",
			"CSV `LABELS`: auto (detect), none, rows (first column), cols (first row) or both"}, true
	case FlagGenPreset:
		return entry{"`UKURAN` baku: kota, kabupaten atau provinsi", "`PRESET`: kota, kabupaten or provinsi"}, true
	case FlagGenOfficials:
		return entry{"`N` pejabat (ukuran bebas, dengan --positions)", "number `N` of officials (custom size, with --positions)"}, true
	case FlagGenPositions:
		return entry{"`M` jabatan (ukuran bebas, dengan --officials)", "number `M` of posts (custom size, with --officials)"}, true
	case FlagGenPengawas:
		return entry{"menambahkan jabatan pengawas (eselon IV) pada ukuran baku", "add pengawas (eselon IV) posts to a preset"}, true
	case FlagGenSeed:
		return entry{"`S` benih acak", "random seed `S`"}, true
	case FlagGenOut:
		return entry{"`FOLDER` keluaran (dibuat bila belum ada)", "output `DIR` (created if missing)"}, true
	case FlagGenXLSX:
		return entry{"menulis juga roster.xlsx", "also write roster.xlsx"}, true
	case FlagGenDate:
		return entry{"`TANGGAL` rencana (YYYY-MM-DD) tempat data dibangkitkan", "plan `DATE` (YYYY-MM-DD) the roster is drawn at"}, true
	case FlagBenchSizes:
		return entry{"`DAFTAR` jumlah jabatan, dipisah koma", "comma-separated `LIST` of numbers of posts"}, true
	case FlagBenchPlot:
		return entry{"menggambar grafik skala log-log ke `BERKAS` (.png atau .svg)", "draw a log-log scaling chart into `FILE` (.png or .svg)"}, true
	case FlagBenchSeed:
		return entry{"`S` benih acak data rekaan", "random seed `S` of the generated rosters"}, true
	case FlagBenchExportNPY:
		return entry{"menulis matriks biaya setiap ukuran sebagai `FOLDER`/cost-nN.npy", "write each size's cost matrix as `DIR`/cost-nN.npy"}, true
	case FlagBenchSparse:
		return entry{"mengukur jalur renggang (kelas jabatan identik, atau calon dan penetapan harga; optimum bersertifikat) alih-alih proses padat",
			"time the sparse path (classes of identical posts, or candidates and pricing; certified optimum) instead of the dense pipeline"}, true
	case FlagBenchFamilies:
		return entry{"menulis keluarga tolok ukur matriks biaya mentah sebagai `FOLDER`/FAMILY_RxC_sS.npy alih-alih mengukur waktu",
			"write the benchmark families of raw cost matrices as `DIR`/FAMILY_RxC_sS.npy instead of timing"}, true
	case FlagBenchShape:
		return entry{"`BENTUK` dengan --families: square (n × n), tall (5n/4 × n), wide (n × 5n/4), atau BARISxKOLOM",
			"`SHAPE` with --families: square (n × n), tall (5n/4 × n), wide (n × 5n/4), or ROWSxCOLS"}, true
	case FlagServeAddr:
		return entry{"mendengarkan pada `HOST:PORT`", "listen on `HOST:PORT`"}, true
	case FlagServeToken:
		return entry{"`TOKEN` yang wajib dibawa setiap permintaan (header X-Mutasi-Token atau ?token=), sedikitnya 16 karakter; bawaannya token acak, di dalam URL yang dicetak",
			"`TOKEN` every request must carry (header X-Mutasi-Token or ?token=), at least 16 characters; default a random one, in the printed URL"}, true
	}
	return entry{}, false
}
