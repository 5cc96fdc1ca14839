package i18n

// The words of "mutasi whatif": scenarios side by side, and the sweep of
// one weight or rule parameter across a range.
const (
	WhatifHead          Key = "whatif.head"
	WhatifBase          Key = "whatif.base"
	WhatifObjective     Key = "whatif.objective"
	WhatifVacant        Key = "whatif.vacant"
	WhatifOver5After    Key = "whatif.over5_after"
	WhatifMeanJPMAfter  Key = "whatif.mean_jpm_after"
	WhatifMoved         Key = "whatif.moved"
	WhatifOptimal       Key = "whatif.optimal"
	WhatifYes           Key = "whatif.yes"
	WhatifNo            Key = "whatif.no"
	WhatifScenario      Key = "whatif.scenario"
	WhatifChangeHeader  Key = "whatif.change_header"
	WhatifNoPostType    Key = "whatif.no_post_type"
	WhatifPinnedBy      Key = "whatif.pinned_by"
	WhatifReleasedByPin Key = "whatif.released_by_pin"
	WhatifForbiddenBy   Key = "whatif.forbidden_by"

	SweepHead         Key = "sweep.head"
	SweepHeader       Key = "sweep.header"
	SweepChanges      Key = "sweep.changes"
	SweepNone         Key = "sweep.none"
	SweepBreak        Key = "sweep.break"
	SweepChangesExact Key = "sweep.changes_exact"
	SweepChangesGrid  Key = "sweep.changes_grid"
	SweepBreakExact   Key = "sweep.break_exact"
	SweepStep         Key = "sweep.step"
	SweepChangeHeader Key = "sweep.change_header"
	SweepPlotTitle    Key = "sweep.plot_title"
	SweepPlotY        Key = "sweep.plot_y"
	SweepPlotLegend   Key = "sweep.plot_legend"
	SweepPlotChanges  Key = "sweep.plot_changes"

	FrontierHead         Key = "frontier.head"
	FrontierHeader       Key = "frontier.header"
	FrontierNote         Key = "frontier.note"
	FrontierStep         Key = "frontier.step"
	FrontierChangeHeader Key = "frontier.change_header"
	FrontierPlotTitle    Key = "frontier.plot_title"
	FrontierPlotX        Key = "frontier.plot_x"
	FrontierPlotY        Key = "frontier.plot_y"
	FrontierPlotLegend   Key = "frontier.plot_legend"
	FrontierNoPoints     Key = "frontier.no_points"
)

func whatifEntry(k Key) (entry, bool) {
	switch k {
	case WhatifHead:
		return entry{"Skenario per %s (dasar: kebijakan sebagaimana diberikan)", "Scenarios at %s (base: the policy as given)"}, true
	case WhatifBase:
		return entry{"dasar", "base"}, true
	case WhatifObjective:
		return entry{"nilai total", "objective"}, true
	case WhatifVacant:
		return entry{"lowong", "vacant"}, true
	case WhatifOver5After:
		return entry{"> 5 tahun di jabatan, sesudahnya", "over 5 years after"}, true
	case WhatifMeanJPMAfter:
		return entry{"rata-rata JPM sesudahnya", "mean JPM after"}, true
	case WhatifMoved:
		return entry{"berpindah berbeda", "moved differently"}, true
	case WhatifOptimal:
		return entry{"optimal", "optimal"}, true
	case WhatifYes:
		return entry{"ya", "yes"}, true
	case WhatifNo:
		return entry{"tidak", "no"}, true
	case WhatifScenario:
		return entry{"SKENARIO %s (%s): %s berpindah secara berbeda", "SCENARIO %s (%s): %s move differently"}, true
	case WhatifChangeHeader:
		return entry{"NIP\tNama\tDasar\t→ Skenario\tAlasan", "NIP\tName\tBase\t→ Scenario\tReason"}, true
	case WhatifNoPostType:
		return entry{"(%s)", "(%s)"}, true
	case WhatifPinnedBy:
		return entry{"ditetapkan ke %s oleh skenario", "pinned to %s by the scenario"}, true
	case WhatifReleasedByPin:
		return entry{"dibebaskan oleh penetapan skenario", "released by the scenario's pin"}, true
	case WhatifForbiddenBy:
		return entry{"dilarang menduduki %s oleh skenario", "forbidden %s by the scenario"}, true

	case SweepHead:
		return entry{"Penelusuran %s dari %s sampai %s, langkah %s, per %s (dasar: %s = %s, nilai total %s)",
			"Sweep of %s from %s to %s step %s at %s (base: %s = %s, objective %s)"}, true
	case SweepHeader:
		return entry{"%s\tnilai total\tmutasi yang berbeda dari dasar\t", "%s\tobjective\tmoves differing from base\t"}, true
	case SweepChanges:
		return entry{"Perubahan rencana (masing-masing ditemukan dengan pembagian dua sampai selang paling lebar %s; %s disusun)",
			"Plan changes (each located by bisection to an interval of at most %s; %s solved)"}, true
	case SweepNone:
		return entry{"tidak ada: rencananya sama pada setiap nilai", "none: the plan is the same at every value"}, true
	case SweepBreak:
		return entry{"%s dalam (%s; %s]: %s ditempatkan berbeda", "%s in (%s, %s]: %s placed differently"}, true
	case SweepChangesExact:
		return entry{"Perubahan rencana (perubahan satu-satunya di antara dua nilai: tepat pada nilai tempat nilai total kedua rencana sama,\n" +
			"diperiksa dengan satu penyusunan di sana; beberapa perubahan: selang paling lebar %s dengan pembagian dua; %s disusun)",
			"Plan changes (the only change between two values: exactly where the two plans score the same, checked by\n" +
				"one solve there; several changes: intervals of at most %s by bisection; %s solved)"}, true
	case SweepChangesGrid:
		return entry{"Perubahan rencana (tidak dicari di antara nilai-nilai: setiap perubahan terletak di dalam langkahnya; --precision P\n" +
			"menemukan letaknya sampai selang paling lebar P, dengan beberapa penyusunan per langkah; %s disusun)",
			"Plan changes (not searched between the values: each lies within its step; --precision P locates them to\n" +
				"within P, at a few solves per step; %s solved)"}, true
	case SweepBreakExact:
		return entry{"%s = %s: %s ditempatkan berbeda", "%s = %s: %s placed differently"}, true
	case SweepStep:
		return entry{"%s = %s: %s berpindah secara berbeda dari rencana dasar", "%s = %s: %s move differently from the base plan"}, true
	case SweepChangeHeader:
		return entry{"NIP\tNama\tDasar\t→ Pada %s", "NIP\tName\tBase\t→ At %s"}, true
	case SweepPlotTitle:
		return entry{"mutasi whatif --sweep %s (dasar %s = %s)", "mutasi whatif --sweep %s (base %s = %s)"}, true
	case SweepPlotY:
		return entry{"mutasi yang berbeda dari rencana dasar", "moves differing from the base plan"}, true
	case SweepPlotLegend:
		return entry{"mutasi yang berbeda", "moves differing"}, true
	case FrontierHead:
		return entry{"Batas efisien antara jumlah mutasi dan nilai total per %s (%s disusun; %d pemangku harus pindah dalam setiap rencana)",
			"Frontier between moves and objective at %s (%s solved; %d holders must move in every plan)"}, true
	case FrontierHeader:
		return entry{"mutasi\tnilai total\tdikorbankan per mutasi\tterbaik untuk harga mutasi dalam\t", "moves\tobjective\tgiven up per move\tbest for a price of a move in\t"}, true
	case FrontierNote:
		return entry{"Setiap baris adalah rencana terbaik dengan jumlah mutasi itu (pemangku yang pindah jabatan). Di antara\n" +
			"dua baris, rencana terbaik dengan K mutasi bernilai paling tinggi garis lurus di antara keduanya (batas\n" +
			"Lagrange): `mutasi solve --max-moves K` memberikan rencana baris berikutnya di bawahnya dan batas atasnya.",
			"Each line is the best plan with that many moves (holders who change post). Between two\n" +
				"lines, the best plan with K moves scores at most the straight line between them (the\n" +
				"Lagrangian bound): `mutasi solve --max-moves K` gives the plan of the next line below and\n" +
				"its bound."}, true
	case FrontierStep:
		return entry{"Dari %d ke %d mutasi (nilai total %s): %s ditempatkan berbeda", "From %d to %d moves (objective %s): %s placed differently"}, true
	case FrontierChangeHeader:
		return entry{"NIP\tNama\tPada %d\t→ Pada %d", "NIP\tName\tAt %d\t→ At %d"}, true
	case FrontierPlotTitle:
		return entry{"mutasi whatif --frontier (%s)", "mutasi whatif --frontier (%s)"}, true
	case FrontierPlotX:
		return entry{"pemangku yang pindah jabatan", "holders who change post"}, true
	case FrontierPlotY:
		return entry{"nilai total rencana terbaik", "objective of the best plan"}, true
	case FrontierPlotLegend:
		return entry{"rencana terbaik dengan jumlah mutasi itu", "best plan with that many moves"}, true
	case FrontierNoPoints:
		return entry{"grafik: tidak ada titik", "plot: no points"}, true
	case SweepPlotChanges:
		return entry{"perubahan rencana", "plan changes"}, true
	}
	return entry{}, false
}
