package i18n

// The words of "mutasi bench": its table, its footnotes and its charts.
const (
	BenchPosts        Key = "bench.posts"
	BenchOfficials    Key = "bench.officials"
	BenchTotal        Key = "bench.total"
	BenchSolveCPU     Key = "bench.solve_cpu"
	BenchCPU          Key = "bench.cpu"
	BenchPeak         Key = "bench.peak"
	BenchStageLoad    Key = "bench.stage_load"
	BenchStageEval    Key = "bench.stage_evaluate"
	BenchStageScore   Key = "bench.stage_score"
	BenchStageSolve   Key = "bench.stage_solve"
	BenchStageVerify  Key = "bench.stage_verify"
	BenchStageTies    Key = "bench.stage_ties"
	BenchStagePlan    Key = "bench.stage_plan"
	BenchNoteTimes    Key = "bench.note_times"
	BenchNotePeak     Key = "bench.note_peak"
	BenchFitSolve     Key = "bench.fit_solve"
	BenchFitSolveCPU  Key = "bench.fit_solve_cpu"
	BenchFitTotal     Key = "bench.fit_total"
	BenchProgress     Key = "bench.progress"
	BenchSparseHeader Key = "bench.sparse_header"
	BenchFitSparse    Key = "bench.fit_sparse"
	BenchPlotTitle    Key = "bench.plot_title"
	BenchPlotSparse   Key = "bench.plot_sparse"
	BenchPlotSeconds  Key = "bench.plot_seconds"
	BenchPlotSolve    Key = "bench.plot_solve"
	BenchPlotRules    Key = "bench.plot_rules"
	BenchPlotRulesFit Key = "bench.plot_rules_fit"
	BenchNoRuns       Key = "bench.no_runs"
	BenchPresetSizes  Key = "bench.preset_sizes"
	BenchOfficialsOut Key = "bench.officials_out"
	BenchPositionsOut Key = "bench.positions_out"
	BenchPresetWant   Key = "bench.preset_want"
)

func benchEntry(k Key) (entry, bool) {
	switch k {
	case BenchPosts:
		return entry{"jabatan", "posts"}, true
	case BenchOfficials:
		return entry{"pejabat", "officials"}, true
	case BenchTotal:
		return entry{"total", "total"}, true
	case BenchSolveCPU:
		return entry{"cpu_pecah", "solve_cpu"}, true
	case BenchCPU:
		return entry{"cpu", "cpu"}, true
	case BenchPeak:
		return entry{"puncak_MiB", "peak_MiB"}, true
	case BenchStageLoad:
		return entry{"muat", "load"}, true
	case BenchStageEval:
		return entry{"aturan", "evaluate"}, true
	case BenchStageScore:
		return entry{"skor", "score"}, true
	case BenchStageSolve:
		return entry{"pecahkan", "solve"}, true
	case BenchStageVerify:
		return entry{"verifikasi", "verify"}, true
	case BenchStageTies:
		return entry{"seri", "ties"}, true
	case BenchStagePlan:
		return entry{"rencana", "plan"}, true
	case BenchNoteTimes:
		return entry{"waktu: ms; tahap dan total: waktu jam dinding; cpu_pecah, cpu: waktu CPU proses (getrusage) untuk pemecahan dan untuk semua tahap",
			"times: ms; stages and total: wall clock; solve_cpu, cpu: process CPU time (getrusage) of the solve and of all stages"}, true
	case BenchNotePeak:
		return entry{"puncak_MiB: memori runtime Go yang dipegang dari sistem operasi (runtime/metrics total − dilepas), dicuplik setiap 5 ms",
			"peak_MiB: Go runtime memory held from the OS (runtime/metrics total − released), sampled every 5 ms"}, true
	case BenchFitSolve:
		return entry{"waktu pemecahan ~ n^%s (kuadrat terkecil pada log-log, %d ukuran)", "solve time ~ n^%s (least squares on log-log, %d sizes)"}, true
	case BenchFitSolveCPU:
		return entry{"waktu CPU pemecahan ~ n^%s (kuadrat terkecil pada log-log, %d ukuran)", "solve CPU time ~ n^%s (least squares on log-log, %d sizes)"}, true
	case BenchFitTotal:
		return entry{"waktu total ~ n^%s (kuadrat terkecil pada log-log, %d ukuran)", "total time ~ n^%s (least squares on log-log, %d sizes)"}, true
	case BenchProgress:
		return entry{"%d jabatan: %s", "%d posts: %s"}, true
	case BenchSparseHeader:
		return entry{"jabatan  pejabat  aturan ms  pecahkan ms  seri ms  rencana ms  kelas  putaran  pasangan  puncak MB",
			"posts  officials  evaluate ms  solve ms  ties ms  plan ms  classes  rounds  pairs  peak MB"}, true
	case BenchFitSparse:
		return entry{"waktu aturan + pemecahan ~ n^%s (kuadrat terkecil pada log-log, %d ukuran)", "evaluate + solve time ~ n^%s (least squares on log-log, %d sizes)"}, true
	case BenchPlotTitle:
		return entry{"proses mutasi pada data rekaan (pejabat = 1,2 × jabatan)", "mutasi pipeline on generated rosters (officials = 1.2 × posts)"}, true
	case BenchPlotSparse:
		return entry{"jalur renggang mutasi pada data rekaan (pejabat = 1,2 × jabatan)", "mutasi sparse path on generated rosters (officials = 1.2 × posts)"}, true
	case BenchPlotSeconds:
		return entry{"detik", "seconds"}, true
	case BenchPlotSolve:
		return entry{"pecahkan (~ n^%s)", "solve (~ n^%s)"}, true
	case BenchPlotRules:
		return entry{"aturan + SolveSparse", "rules + SolveSparse"}, true
	case BenchPlotRulesFit:
		return entry{"aturan + SolveSparse (~ n^%s)", "rules + SolveSparse (~ n^%s)"}, true
	case BenchPresetSizes:
		return entry{"ukuran baku %q tidak menerima ukuran bebas (pejabat %d, jabatan %d)", "preset %q takes no custom sizes (officials %d, positions %d)"}, true
	case BenchOfficialsOut:
		return entry{"pejabat %d di luar rentang 1–%d", "officials %d out of range 1–%d"}, true
	case BenchPositionsOut:
		return entry{"jabatan %d di luar rentang 1–%d", "positions %d out of range 1–%d"}, true
	case BenchPresetWant:
		return entry{"ukuran baku %q tidak dikenal (pilih %s, %s atau %s)", "unknown preset %q (want %s, %s or %s)"}, true
	case BenchNoRuns:
		return entry{"grafik: tidak ada pengukuran", "plot: no runs"}, true
	}
	return entry{}, false
}
