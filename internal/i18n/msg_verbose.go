package i18n

// The messages of --verbose: which solver a run took and why, how the
// solve went (classes, pricing rounds, warm start, time of each stage, the
// tie rule, the move budget), and the labels of the solves a command makes.
const (
	VerboseTag          Key = "verbose.tag"
	VerboseSize         Key = "verbose.size"
	VerboseAsked        Key = "verbose.asked"
	VerboseAbove        Key = "verbose.above"
	VerboseWithin       Key = "verbose.within"
	VerboseClasses      Key = "verbose.classes"
	VerboseUnplaced     Key = "verbose.unplaced"
	VerboseRound        Key = "verbose.round"
	VerboseClassOptimal Key = "verbose.class_optimal"
	VerboseOptimal      Key = "verbose.optimal"
	VerboseWarmDense    Key = "verbose.warm_dense"
	VerboseWarmClasses  Key = "verbose.warm_classes"
	VerboseWarm         Key = "verbose.warm"
	VerboseTime         Key = "verbose.time"
	VerboseStageTime    Key = "verbose.stage_time"
	VerboseStageRules   Key = "verbose.stage_rules"
	VerboseStageScore   Key = "verbose.stage_score"
	VerboseStageSolve   Key = "verbose.stage_solve"
	VerboseStageTies    Key = "verbose.stage_ties"
	VerboseStagePlan    Key = "verbose.stage_plan"
	VerboseTies         Key = "verbose.ties"
	VerbosePrices       Key = "verbose.prices"
	VerbosePricesKept   Key = "verbose.prices_kept"
	VerboseBudget       Key = "verbose.budget"
	VerboseBasePlan     Key = "verbose.base_plan"
	VerboseScenario     Key = "verbose.scenario"
	VerboseResolving    Key = "verbose.resolving"
	VerboseFailed       Key = "verbose.failed"
)

func verboseEntry(k Key) (entry, bool) {
	switch k {
	case VerboseTag:
		return entry{"pemecah", "solver"}, true
	case VerboseSize:
		return entry{"%d pejabat × %d jabatan: matriks padat %d × %d, %s GB", "%d officials × %d posts: the dense matrix is %d × %d, %s GB"}, true
	case VerboseAsked:
		return entry{"%[1]s (%[2]s; %[1]s diminta)", "%[1]s (%[2]s; %[1]s asked for)"}, true
	case VerboseAbove:
		return entry{"%s (%s, di atas batas %s GB --solver auto)", "%s (%s, above the %s GB limit of --solver auto)"}, true
	case VerboseWithin:
		return entry{"%s (%s, dalam batas %s GB --solver auto)", "%s (%s, within the %s GB limit of --solver auto)"}, true
	case VerboseClasses:
		return entry{"%d jabatan dalam %d kelas jabatan identik (eselon, prioritas, standar kompetensi, rumpun jabatan): %d pemecahan berkapasitas %d pejabat × %d kelas dan pembebasan: %d jalur augmentasi, %d kelas ditelusuri, %d pejabat berpindah sepanjang jalur",
			"%d posts in %d classes of identical posts (eselon, priority, competency standard, job family): %d capacitated solve(s) of %d officials × %d classes and release: %d augmentations, %d classes scanned, %d officials moved along paths"}, true
	case VerboseUnplaced:
		return entry{"%d pejabat tidak dapat diberi jabatan dengan biaya kelasnya; putaran penetapan harga menyelesaikan dari solusi kelas",
			"%d officials could not be handed a post at their class's cost; pricing rounds finish from the class solution"}, true
	case VerboseRound:
		return entry{"putaran %d: %d pasangan calon, %d komponen, %d jalur augmentasi (%d dilepas oleh awal hangat, %d serakah, %d langkah ARR), %d pasangan ditambah oleh penetapan harga",
			"round %d: %d candidate pairs, %d components, %d augmentations (%d released by the warm start, %d greedy, %d ARR steps), %d pairs added by pricing"}, true
	case VerboseClassOptimal:
		return entry{"setiap jabatan membebani pejabat paling sedikit biaya terkecil kelasnya, tempat potensial kelas layak: optimal untuk semua %d pasangan (dualitas LP)",
			"every post costs an official at least its class's least, on which the class potentials are feasible: optimal for all %d pairs (LP duality)"}, true
	case VerboseOptimal:
		return entry{"tidak ada pasangan dengan biaya tereduksi negatif (toleransi %s): optimal untuk semua %d pasangan (dualitas LP)",
			"no pair has a negative reduced cost (tolerance %s): optimal for all %d pairs (LP duality)"}, true
	case VerboseWarmDense:
		return entry{"awal hangat: pemecah padat mulai dari potensial dual rencana sebelumnya", "warm start: the dense solve started from the previous plan's duals"}, true
	case VerboseWarmClasses:
		return entry{"awal hangat dari rencana sebelumnya: %d dari %d pejabat tetap di kelasnya, %d ditempatkan lagi melalui jalur augmentasi",
			"warm start from the previous plan: %d of %d officials kept their class, %d placed again by augmenting paths"}, true
	case VerboseWarm:
		return entry{"awal hangat dari rencana sebelumnya: %d dari %d pejabat tetap di jabatannya, %d jalur augmentasi",
			"warm start from the previous plan: %d of %d officials kept their post, %d augmenting paths"}, true
	case VerboseTime:
		return entry{"waktu: %s", "time: %s"}, true
	case VerboseStageTime:
		return entry{"%s %s dtk", "%s %s s"}, true
	case VerboseStageRules:
		return entry{"aturan", "rules"}, true
	case VerboseStageScore:
		return entry{"skor", "score"}, true
	case VerboseStageSolve:
		return entry{"pemecahan", "solve"}, true
	case VerboseStageTies:
		return entry{"seri", "ties"}, true
	case VerboseStagePlan:
		return entry{"alasan", "plan"}, true
	case VerboseTies:
		return entry{"seri: %d pasangan berbiaya tereduksi nol; paling sedikit mutasi di antara rencana optimal: %d pemangku pindah jabatan (rencana pemecah: %d); urutan kanonik: %d penelusuran, %d pejabat ditempatkan lain",
			"ties: %d pairs of zero reduced cost; the fewest moves among the optimal plans: %d holders change post (the solver's plan: %d); canonical order: %d searches, %d officials placed otherwise"}, true
	case VerbosePrices:
		return entry{"harga terkecil (potensial rencana, sama pada setiap jalur): %d koreksi label pada %d jabatan",
			"least prices (the plan's potentials, the same on every path): %d label corrections over %d posts"}, true
	case VerbosePricesKept:
		return entry{"harga terkecil tidak ditemukan setelah %d koreksi label: potensial pemecah dipakai (selisih pilihan lain bisa berbeda menurut jalur)",
			"least prices not found after %d label corrections: the solver's potentials kept (the alternatives' gaps may differ by path)"}, true
	case VerboseBudget:
		return entry{"batas mutasi %d: %d pemangku pindah jabatan dengan harga %s per mutasi; batas atas %s, selisih %s",
			"move budget %d: %d holders change post at a price of %s per move; bound %s, gap %s"}, true
	case VerboseBasePlan:
		return entry{"rencana dasar", "base plan"}, true
	case VerboseScenario:
		return entry{"skenario %s", "scenario %s"}, true
	case VerboseFailed:
		return entry{"%s: %v", "%s: %v"}, true
	case VerboseResolving:
		return entry{"menyusun ulang", "re-solving"}, true
	}
	return entry{}, false
}
