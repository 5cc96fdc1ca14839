package i18n

// The messages of the command line: usage errors, the output files, the
// progress line.
const (
	CLIUnknownCommand   Key = "cli.unknown_command"
	CLIRunHelp          Key = "cli.run_help"
	CLIUnknownFlag      Key = "cli.unknown_flag"
	CLIUnknownShorthand Key = "cli.unknown_shorthand"
	CLIFlagNeedsValue   Key = "cli.flag_needs_value"
	CLIFlagBadValue     Key = "cli.flag_bad_value"
	CLIFlagSyntax       Key = "cli.flag_syntax"
	CLIUnexpectedArg    Key = "cli.unexpected_arg"
	CLIFormatWant       Key = "cli.format_want"
	CLIFlagValue        Key = "cli.flag_value"
	CLIFlagKVWant       Key = "cli.flag_kv_want"
	CLIPrintPolicySolve Key = "cli.print_policy_solve"
	CLIInCommand        Key = "cli.in_command"
	CLIError            Key = "cli.error"

	CLIAlternativesRange  Key = "cli.alternatives_range"
	CLIAlternativesFormat Key = "cli.alternatives_format"
	CLIAlternativesDense  Key = "cli.alternatives_dense"
	CLICSVSepFormat       Key = "cli.csv_sep_format"
	CLICSVSepWant         Key = "cli.csv_sep_want"
	CLIXLSXStdout         Key = "cli.xlsx_stdout"
	CLIPDFStdout          Key = "cli.pdf_stdout"

	CLIOutIsInput     Key = "cli.out_is_input"
	CLIOutNoFolder    Key = "cli.out_no_folder"
	CLIOutNotFolder   Key = "cli.out_not_folder"
	CLIOutIsFolder    Key = "cli.out_is_folder"
	CLIOutCannotWrite Key = "cli.out_cannot_write"
	CLIOutFile        Key = "cli.out_file"
	CLIWriting        Key = "cli.writing"
	CLINoTempName     Key = "cli.no_temp_name"

	CLISelectionNeedsRoster    Key = "cli.selection_needs_roster"
	CLIRosterAndFiles          Key = "cli.roster_and_files"
	CLIPositionsNeedsOfficials Key = "cli.positions_needs_officials"
	CLIOfficialsNeedsPositions Key = "cli.officials_needs_positions"
	CLIRosterUnusable          Key = "cli.roster_unusable"

	CLIUnknownWeight      Key = "cli.unknown_weight"
	CLIUnknownDecreeField Key = "cli.unknown_decree_field"
	CLIUnknownCalendarKey Key = "cli.unknown_calendar_key"

	CLIInfeasibleRows Key = "cli.infeasible_rows"
	CLIInfeasibleCols Key = "cli.infeasible_cols"
	// The same, naming the rules that close the other places.
	CLIInfeasibleRowsRules Key = "cli.infeasible_rows_rules"
	CLIInfeasibleColsRules Key = "cli.infeasible_cols_rules"
	CLIReleaseOf           Key = "cli.release_of"
	CLIRowN                Key = "cli.row_n"
	CLIColumnN             Key = "cli.column_n"
	CLIAndMore             Key = "cli.and_more"
	CLIUnitPlace           Key = "cli.unit_place"

	CLIProgressPlanning    Key = "cli.progress_planning"
	CLIProgressRanking     Key = "cli.progress_ranking"
	CLIProgressSweep       Key = "cli.progress_sweep"
	CLIProgressExplain     Key = "cli.progress_explain"
	CLIValidateSummary     Key = "cli.validate_summary"
	CLIValidateUnusable    Key = "cli.validate_unusable"
	CLIExplainOneNIP       Key = "cli.explain_one_nip"
	CLIExplainUnknownNIP   Key = "cli.explain_unknown_nip"
	CLIWhatifNeedScenario  Key = "cli.whatif_need_scenario"
	CLIWhatifBaseName      Key = "cli.whatif_base_name"
	CLIWhatifNameTwice     Key = "cli.whatif_name_twice"
	CLIScenarioWant        Key = "cli.scenario_want"
	CLIScenarioSettingWant Key = "cli.scenario_setting_want"
	CLIScenarioSetting     Key = "cli.scenario_setting"

	CLIUnexpected         Key = "cli.unexpected"
	CLISweepWant          Key = "cli.sweep_want"
	CLISweepNotNumber     Key = "cli.sweep_not_number"
	CLISweepBounds        Key = "cli.sweep_bounds"
	CLISweepStep          Key = "cli.sweep_step"
	CLISweepToBelow       Key = "cli.sweep_to_below"
	CLISweepTooMany       Key = "cli.sweep_too_many"
	CLISweepSetting       Key = "cli.sweep_setting"
	CLISweepNotNumeric    Key = "cli.sweep_not_numeric"
	CLISweepWhole         Key = "cli.sweep_whole"
	CLISweepNeeded        Key = "cli.sweep_needed"
	CLISweepOrScenario    Key = "cli.sweep_or_scenario"
	CLIPrecisionWant      Key = "cli.precision_want"
	CLIPlotWant           Key = "cli.plot_want"
	CLIServeAddr          Key = "cli.serve_addr"
	CLIServePort          Key = "cli.serve_port"
	CLIServeToken         Key = "cli.serve_token"
	CLIServeListen        Key = "cli.serve_listen"
	CLIServeShutdown      Key = "cli.serve_shutdown"
	CLIServeURL           Key = "cli.serve_url"
	CLIServeStopped       Key = "cli.serve_stopped"
	CLIGenOutRequired     Key = "cli.gen_out_required"
	CLIGenPresetCustom    Key = "cli.gen_preset_custom"
	CLIGenNeedSize        Key = "cli.gen_need_size"
	CLIGenBothSizes       Key = "cli.gen_both_sizes"
	CLIGenPengawasPreset  Key = "cli.gen_pengawas_preset"
	CLIGenDate            Key = "cli.gen_date"
	CLIGenWrote           Key = "cli.gen_wrote"
	CLIBenchSizes         Key = "cli.bench_sizes"
	CLIBenchSizeNumber    Key = "cli.bench_size_number"
	CLIBenchSizeRange     Key = "cli.bench_size_range"
	CLIBenchShapeFamilies Key = "cli.bench_shape_families"
	CLIBenchFamiliesOnly  Key = "cli.bench_families_only"
	CLIBenchShapeWant     Key = "cli.bench_shape_want"
	CLIBenchNPYDense      Key = "cli.bench_npy_dense"
	CLIMatrixOneFile      Key = "cli.matrix_one_file"
	CLIMatrixCell         Key = "cli.matrix_cell"
	CLIMatrixCertificate  Key = "cli.matrix_certificate"
	CLIMatrixOutIsInput   Key = "cli.matrix_out_is_input"
	CLIMatrixLabels       Key = "cli.matrix_labels"
	CLISolverWant         Key = "cli.solver_want"
	CLICandidatesWant     Key = "cli.candidates_want"
	CLIAltHeader          Key = "cli.alt_header"
	CLIAltBelow           Key = "cli.alt_below"
	CLIAltTie             Key = "cli.alt_tie"
	CLIAltLine            Key = "cli.alt_line"
	CLIMaxMoves           Key = "cli.max_moves"
	CLIFrontierAlone      Key = "cli.frontier_alone"
	CLIPrecisionSweep     Key = "cli.precision_sweep"
	CLIProgressFrontier   Key = "cli.progress_frontier"

	// The progress line's tasks and the pipeline's stages.
	CLIProgressBase      Key = "cli.progress_base"
	CLIProgressScenarioN Key = "cli.progress_scenario_n"
	CLIProgressSweepAt   Key = "cli.progress_sweep_at"
	CLIProgressRanges    Key = "cli.progress_ranges"
	CLIProgressWriting   Key = "cli.progress_writing"
	CLIStageRules        Key = "cli.stage_rules"
	CLIStageScore        Key = "cli.stage_score"
	CLIStageSolve        Key = "cli.stage_solve"
	CLIStageTies         Key = "cli.stage_ties"
	CLIStagePlan         Key = "cli.stage_plan"
)

func cliEntry(k Key) (entry, bool) {
	switch k {
	case CLIUnknownCommand:
		return entry{`perintah %q tidak dikenal (jalankan "mutasi help")`, `unknown command %q (run "mutasi help")`}, true
	case CLIRunHelp:
		return entry{`(jalankan "mutasi %s --help")`, `(run "mutasi %s --help")`}, true
	case CLIUnknownFlag:
		return entry{"opsi tidak dikenal: --%s", "unknown flag: --%s"}, true
	case CLIUnknownShorthand:
		return entry{"opsi singkat tidak dikenal: -%s dalam -%s", "unknown shorthand flag: -%s in -%s"}, true
	case CLIFlagNeedsValue:
		return entry{"opsi --%s memerlukan nilai", "flag needs an argument: --%s"}, true
	case CLIFlagBadValue:
		return entry{"--%s: %v", "--%s: %v"}, true
	case CLIFlagSyntax:
		return entry{"penulisan opsi salah: %s", "bad flag syntax: %s"}, true
	case CLIUnexpectedArg:
		return entry{`%[1]s: argumen tak terduga %[2]q (jalankan "mutasi %[1]s --help")`, `%[1]s: unexpected argument %[2]q (run "mutasi %[1]s --help")`}, true
	case CLIFormatWant:
		return entry{"--format %q: pilih salah satu dari %s", "--format %q: want one of %s"}, true
	case CLIFlagValue:
		return entry{"--%s %s: %v", "--%s %s: %v"}, true
	case CLIFlagKVWant:
		return entry{"--%s %s: tulis KUNCI=NILAI", "--%s %s: want KEY=VALUE"}, true
	case CLIPrintPolicySolve:
		return entry{"%s: --print-policy milik mutasi solve", "%s: --print-policy belongs to mutasi solve"}, true
	case CLIInCommand:
		return entry{"%s: %v", "%s: %v"}, true
	case CLIError:
		return entry{"%v", "%v"}, true

	case CLIAlternativesRange:
		return entry{"--alternatives %d: pilih 0 sampai %d", "--alternatives %d: want 0 to %d"}, true
	case CLIAlternativesFormat:
		return entry{"--alternatives memerlukan --format table atau json (lampiran hanya memuat satu rencana)",
			"--alternatives needs --format table or json (the lampiran lists one plan)"}, true
	case CLIAlternativesDense:
		return entry{"--alternatives memerlukan pemecah padat (--solver dense)", "--alternatives needs the dense solver (--solver dense)"}, true
	case CLICSVSepFormat:
		return entry{"--csv-sep memerlukan --format csv", "--csv-sep needs --format csv"}, true
	case CLICSVSepWant:
		return entry{"--csv-sep %q: pilih ; , atau tab", "--csv-sep %q: want ; , or tab"}, true
	case CLIXLSXStdout:
		return entry{"--format xlsx memerlukan --out BERKAS.xlsx (buku kerja tidak dapat ditulis ke terminal)",
			"--format xlsx needs --out FILE.xlsx (a workbook cannot go to a terminal)"}, true
	case CLIPDFStdout:
		return entry{"--format pdf memerlukan --out BERKAS.pdf (PDF tidak dapat ditulis ke terminal)",
			"--format pdf needs --out FILE.pdf (a PDF cannot go to a terminal)"}, true

	case CLIOutIsInput:
		return entry{"--out %s adalah berkas masukan: pilih nama lain", "--out %s is an input file: choose another name"}, true
	case CLIOutNoFolder:
		return entry{"%s: folder %s tidak ada", "%s: the folder %s does not exist"}, true
	case CLIOutNotFolder:
		return entry{"%s: %s bukan folder", "%s: %s is not a folder"}, true
	case CLIOutIsFolder:
		return entry{"%s adalah folder: berikan nama berkas", "%s is a folder: give a file name"}, true
	case CLIOutCannotWrite:
		return entry{"%s: tidak dapat menulis di folder %s: %v", "%s: cannot write in the folder %s: %v"}, true
	case CLIOutFile:
		return entry{"--out %s: %v", "--out %s: %v"}, true
	case CLIWriting:
		return entry{"menulis %s: %v", "writing %s: %v"}, true
	case CLINoTempName:
		return entry{"tidak ada nama sementara yang bebas di %s", "no free temporary name in %s"}, true

	case CLISelectionNeedsRoster:
		return entry{"--selection memerlukan --officials dan --positions atau --roster (data contoh punya hasil seleksinya sendiri)",
			"--selection needs --officials and --positions or --roster (the sample has its own selection)"}, true
	case CLIRosterAndFiles:
		return entry{"--roster tidak dapat digabung dengan --officials atau --positions", "--roster cannot be combined with --officials or --positions"}, true
	case CLIPositionsNeedsOfficials:
		return entry{"--positions memerlukan --officials", "--positions needs --officials"}, true
	case CLIOfficialsNeedsPositions:
		return entry{"--officials memerlukan --positions", "--officials needs --positions"}, true
	case CLIRosterUnusable:
		return entry{"data tidak dapat dipakai: %s (tercantum di atas)", "the roster cannot be used: %s (listed above)"}, true

	case CLIUnknownWeight:
		return entry{"--weight %s: bobot %q tidak dikenal (pilih %s)", "--weight %s: unknown weight %q (want %s)"}, true
	case CLIUnknownDecreeField:
		return entry{"--decree %s: isian %q tidak dikenal (pilih %s)", "--decree %s: unknown field %q (want %s)"}, true
	case CLIUnknownCalendarKey:
		return entry{"--calendar %s: kunci %q tidak dikenal (pilih %s)", "--calendar %s: unknown key %q (want %s)"}, true

	case CLIInfeasibleRows:
		return entry{"tidak layak: %s (%s) hanya dapat menempati %s (%s): longgarkan penetapan, larangan atau aturan",
			"infeasible: %s (%s) can only go to %s (%s): relax a pin, a forbid or a rule"}, true
	case CLIInfeasibleRowsRules:
		return entry{"tidak layak: %s (%s) hanya dapat menempati %s (%s); tempat lain tertutup oleh %s: longgarkan penetapan, larangan atau aturan itu",
			"infeasible: %s (%s) can only go to %s (%s); the other places are closed by %s: relax a pin, a forbid or one of these rules"}, true
	case CLIInfeasibleColsRules:
		return entry{"tidak layak: %s (%s) hanya dapat diisi oleh %s (%s); pejabat lain terhalang oleh %s: longgarkan penetapan, larangan atau aturan itu",
			"infeasible: %s (%s) can only be taken by %s (%s); the other officials are barred by %s: relax a pin, a forbid or one of these rules"}, true
	case CLIInfeasibleCols:
		return entry{"tidak layak: %s (%s) hanya dapat diisi oleh %s (%s): longgarkan penetapan, larangan atau aturan",
			"infeasible: %s (%s) can only be taken by %s (%s): relax a pin, a forbid or a rule"}, true
	case CLIReleaseOf:
		return entry{"pembebasan %s", "release of %s"}, true
	case CLIRowN:
		return entry{"baris %d", "row %d"}, true
	case CLIColumnN:
		return entry{"kolom %d", "column %d"}, true
	case CLIAndMore:
		return entry{"dan %d lainnya", "and %d more"}, true
	case CLIUnitPlace:
		return entry{"tempat", "place|places"}, true

	case CLIProgressPlanning:
		return entry{"menyusun rencana", "planning"}, true
	case CLIProgressRanking:
		return entry{"menyusun rencana terbaik berikutnya", "ranking the next-best plans"}, true
	case CLIProgressSweep:
		return entry{"menelusuri rentang", "sweeping"}, true
	case CLIProgressExplain:
		return entry{"menjelaskan", "explaining"}, true
	case CLIValidateSummary:
		return entry{"%s: %d pejabat, %d jabatan, %d lowong, %d terkunci, %d sudah pensiun, %d pensiun dalam %d bulan; %s",
			"%s: %d officials, %d posts, %d vacant, %d locked, %d retired, %d retiring within %d months; %s"}, true
	case CLIValidateUnusable:
		return entry{"%s: %s: data tidak dapat dipakai sebelum kesalahannya diperbaiki",
			"%s: %s: the roster cannot be used until the errors are fixed"}, true
	case CLIExplainOneNIP:
		return entry{`explain: berikan tepat satu NIP (jalankan "mutasi explain --help")`, `explain: give exactly one NIP (run "mutasi explain --help")`}, true
	case CLIExplainUnknownNIP:
		return entry{"explain: tidak ada pejabat dengan NIP %q dalam data", "explain: no official with NIP %q in the roster"}, true
	case CLIWhatifNeedScenario:
		return entry{`whatif: berikan sedikitnya satu --scenario NAMA:KUNCI=NILAI,... (jalankan "mutasi whatif --help")`,
			`whatif: give at least one --scenario NAME:KEY=VALUE,... (run "mutasi whatif --help")`}, true
	case CLIWhatifBaseName:
		return entry{`--scenario base: nama "base" milik rencana dasar; pilih nama lain`, `--scenario base: the name "base" is the base plan's; choose another`}, true
	case CLIWhatifNameTwice:
		return entry{"--scenario %s: nama ini dipakai dua kali", "--scenario %s: the name is used twice"}, true
	case CLIScenarioWant:
		return entry{"--scenario %q: tulis NAMA:KUNCI=NILAI,...", "--scenario %q: want NAME:KEY=VALUE,..."}, true
	case CLIScenarioSettingWant:
		return entry{"--scenario %s: pengaturan %q: tulis KUNCI=NILAI", "--scenario %s: setting %q: want KEY=VALUE"}, true
	case CLIUnexpected:
		return entry{"argumen tak terduga %q", "unexpected argument %q"}, true
	case CLISweepWant:
		return entry{"--sweep %q: tulis KUNCI=DARI:SAMPAI:LANGKAH, mis. fit=0:3:0.25", "--sweep %q: want KEY=FROM:TO:STEP, e.g. fit=0:3:0.25"}, true
	case CLISweepNotNumber:
		return entry{"--sweep %s: %q bukan bilangan", "--sweep %s: %q is not a number"}, true
	case CLISweepBounds:
		return entry{"--sweep %s: DARI dan SAMPAI harus berada dalam ±1e6", "--sweep %s: FROM and TO must lie within ±1e6"}, true
	case CLISweepStep:
		return entry{"--sweep %s: LANGKAH harus lebih dari 0", "--sweep %s: the step must be above 0"}, true
	case CLISweepToBelow:
		return entry{"--sweep %s: SAMPAI lebih kecil daripada DARI", "--sweep %s: TO is below FROM"}, true
	case CLISweepTooMany:
		return entry{"--sweep %s: lebih dari %d langkah", "--sweep %s: more than %d steps"}, true
	case CLISweepSetting:
		return entry{"--sweep %s: %v", "--sweep %s: %v"}, true
	case CLISweepNotNumeric:
		return entry{"--sweep %s: %s bukan kunci kebijakan numerik", "--sweep %s: %s is not a numeric policy key"}, true
	case CLISweepWhole:
		return entry{"--sweep %s: %s bernilai bilangan bulat: DARI dan LANGKAH harus bulat", "--sweep %s: %s takes whole numbers: FROM and STEP must be whole"}, true
	case CLISweepNeeded:
		return entry{"whatif: --plot dan --precision memerlukan --sweep", "whatif: --plot and --precision need --sweep"}, true
	case CLISweepOrScenario:
		return entry{"whatif: berikan --sweep atau --scenario, bukan keduanya", "whatif: give --sweep or --scenario, not both"}, true
	case CLIPrecisionWant:
		return entry{"--precision %s: harus lebih dari 0 dan sedikitnya LANGKAH/1e6", "--precision %s: want above 0 and at least STEP/1e6"}, true
	case CLIPlotWant:
		return entry{"--plot %q: pilih berkas .png atau .svg", "--plot %q: want a .png or .svg file"}, true
	case CLIServeAddr:
		return entry{"serve: --addr %q: tulis HOST:PORT (%v)", "serve: --addr %q: want HOST:PORT (%v)"}, true
	case CLIServePort:
		return entry{"serve: --addr %q: port harus bilangan 0 sampai 65535", "serve: --addr %q: the port must be a number from 0 to 65535"}, true
	case CLIServeToken:
		return entry{"serve: --token: sedikitnya %d karakter (tanpa --token dibuat token acak)", "serve: --token: at least %d characters (without --token a random one is made)"}, true
	case CLIServeListen:
		return entry{"serve: %v (pilih --addr lain)", "serve: %v (choose another --addr)"}, true
	case CLIServeShutdown:
		return entry{"serve: menghentikan server: %v", "serve: shutdown: %v"}, true
	case CLIServeURL:
		return entry{"mutasi: halaman tersedia di %s (Ctrl+C untuk berhenti)", "mutasi: serving the page at %s (Ctrl+C stops)"}, true
	case CLIServeStopped:
		return entry{"mutasi: berhenti", "mutasi: stopped"}, true
	case CLIGenOutRequired:
		return entry{"--out FOLDER wajib diisi", "--out DIR is required"}, true
	case CLIGenPresetCustom:
		return entry{"--preset dan --officials/--positions tidak dapat dipakai bersama", "--preset and --officials/--positions exclude each other"}, true
	case CLIGenNeedSize:
		return entry{"berikan --preset, atau --officials dan --positions", "give --preset or both --officials and --positions"}, true
	case CLIGenBothSizes:
		return entry{"--officials dan --positions dipakai bersama", "--officials and --positions go together"}, true
	case CLIGenPengawasPreset:
		return entry{"--pengawas berlaku untuk ukuran baku; ukuran bebas selalu memuat jabatan pengawas", "--pengawas applies to presets; custom sizes always have pengawas posts"}, true
	case CLIGenDate:
		return entry{"--date %q: tulis YYYY-MM-DD", "--date %q: want YYYY-MM-DD"}, true
	case CLIGenWrote:
		return entry{"mutasi gen: %d pejabat, %d jabatan, %d nama hasil seleksi terbuka di %s, dibangkitkan per %s (periksa dan rencanakan dengan --date %s dan --selection %s)",
			"mutasi gen: %d officials, %d posts, %d names of open selections in %s, drawn at %s (validate and plan them with --date %s and --selection %s)"}, true
	case CLIBenchSizes:
		return entry{"--sizes: %v", "--sizes: %v"}, true
	case CLIBenchSizeNumber:
		return entry{"%q bukan bilangan", "%q is not a number"}, true
	case CLIBenchSizeRange:
		return entry{"%d di luar rentang 1–%d", "%d out of range 1–%d"}, true
	case CLIBenchShapeFamilies:
		return entry{"--shape dipakai bersama --families", "--shape goes with --families"}, true
	case CLIBenchFamiliesOnly:
		return entry{"--families menulis matriks dan tidak mengukur waktu: hanya menerima --sizes dan --seed", "--families writes matrices and times nothing: it takes --sizes and --seed only"}, true
	case CLIBenchShapeWant:
		return entry{"--shape %q: pilih square, tall, wide, atau BARISxKOLOM (tanpa --sizes)", "--shape %q: want square, tall, wide, or ROWSxCOLS (then without --sizes)"}, true
	case CLIBenchNPYDense:
		return entry{"--export-npy memerlukan proses padat: jalur renggang tidak membangun matriks biaya", "--export-npy needs the dense pipeline: the sparse path builds no cost matrix"}, true
	case CLIMatrixOneFile:
		return entry{`matrix: perlu tepat satu BERKAS (atau - untuk masukan standar), diberikan %d argumen (jalankan "mutasi matrix --help")`,
			`matrix: expected one FILE (or - for standard input), got %d arguments (run "mutasi matrix --help")`}, true
	case CLIMatrixCell:
		return entry{"matrix: %s: matriks baris %d, kolom %d (dihitung dari 0): %v: %v", "matrix: %s: matrix row %d, column %d (counted from 0): %v: %v"}, true
	case CLIMatrixCertificate:
		return entry{"matrix: sertifikat optimalitas tidak berlaku (galat pemecah; mohon laporkan): %v", "matrix: the optimality certificate does not hold (a solver bug; please report it): %v"}, true
	case CLIMatrixOutIsInput:
		return entry{"matrix: --out %s adalah berkas masukan; pilih keluaran lain", "matrix: --out %s is the input file; choose another output"}, true
	case CLIMatrixLabels:
		return entry{"matrix: --labels: %v", "matrix: --labels: %v"}, true
	case CLISolverWant:
		return entry{"--solver %q: pilih auto, dense atau sparse", "--solver %q: want auto, dense or sparse"}, true
	case CLICandidatesWant:
		return entry{"--candidates %d: sedikitnya 1", "--candidates %d: want at least 1"}, true
	case CLIAltHeader:
		return entry{"RENCANA TERBAIK BERIKUTNYA (%d)", "NEXT-BEST PLANS (%d)"}, true
	case CLIAltBelow:
		return entry{"%s di bawah yang terbaik", "%s below the best"}, true
	case CLIAltTie:
		return entry{"sama baiknya dengan yang terbaik: seri", "as good as the best: a tie"}, true
	case CLIMaxMoves:
		return entry{"--max-moves %s: %v", "--max-moves %s: %v"}, true
	case CLIFrontierAlone:
		return entry{"whatif: berikan --frontier saja, tanpa --scenario atau --sweep", "whatif: give --frontier alone, not with --scenario or --sweep"}, true
	case CLIPrecisionSweep:
		return entry{"whatif: --precision memerlukan --sweep", "whatif: --precision needs --sweep"}, true
	case CLIProgressFrontier:
		return entry{"menelusuri batas efisien antara jumlah mutasi dan nilai total", "tracing the frontier between moves and objective"}, true
	case CLIProgressBase:
		return entry{"rencana dasar (1 dari %d)", "base plan (1 of %d)"}, true
	case CLIProgressScenarioN:
		return entry{"skenario %s (%d dari %d)", "scenario %s (%d of %d)"}, true
	case CLIProgressSweepAt:
		return entry{"menelusuri %s = %s (%d rencana disusun)", "sweeping %s = %s (%d plans solved)"}, true
	case CLIProgressRanges:
		return entry{"memeriksa rentang bobot dengan menyusun ulang", "checking the weight ranges by re-solving"}, true
	case CLIProgressWriting:
		return entry{"menulis keluaran %s", "writing the %s output"}, true
	case CLIStageRules:
		return entry{"menerapkan aturan", "applying the rules"}, true
	case CLIStageScore:
		return entry{"menghitung skor", "scoring"}, true
	case CLIStageSolve:
		return entry{"mencari penempatan optimal", "solving"}, true
	case CLIStageTies:
		return entry{"memeriksa sertifikat, memilih di antara yang seri", "checking the certificate, choosing among ties"}, true
	case CLIStagePlan:
		return entry{"menyusun alasan", "writing the reasons"}, true
	case CLIAltLine:
		return entry{"#%d nilai total %s (%s), %s berbeda", "#%d objective %s (%s), %s differ"}, true
	case CLIScenarioSetting:
		return entry{"--scenario %s: %s=%s: %v", "--scenario %s: %s=%s: %v"}, true
	}
	return entry{}, false
}
