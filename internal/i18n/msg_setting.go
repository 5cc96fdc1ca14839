package i18n

// The help of each key of the policy file (internal/policyfile): the comment
// --print-policy writes above it and the help of the page's settings.
const (
	SettingDate                   Key = "setting.date"
	SettingWeightsPerformance     Key = "setting.weights_performance"
	SettingWeightsFit             Key = "setting.weights_fit"
	SettingWeightsTenure          Key = "setting.weights_tenure"
	SettingWeightsTalent          Key = "setting.weights_talent"
	SettingWeightsFamily          Key = "setting.weights_family"
	SettingWeightsVacancy         Key = "setting.weights_vacancy"
	SettingWeightsRelease         Key = "setting.weights_release"
	SettingRulesTenureMin         Key = "setting.rules_tenure_min"
	SettingRulesTenureMinMonths   Key = "setting.rules_tenure_min_months"
	SettingRulesTenureMaxHard     Key = "setting.rules_tenure_max_hard"
	SettingRulesTenureMaxMonths   Key = "setting.rules_tenure_max_months"
	SettingRulesRank              Key = "setting.rules_rank"
	SettingRulesBup               Key = "setting.rules_bup"
	SettingRulesHorizonMonths     Key = "setting.rules_horizon_months"
	SettingRulesSanction          Key = "setting.rules_sanction"
	SettingRulesTraining          Key = "setting.rules_training"
	SettingRulesPromotion         Key = "setting.rules_promotion"
	SettingRulesJptMaxAge         Key = "setting.rules_jpt_max_age"
	SettingRulesAdminMinMonths    Key = "setting.rules_admin_min_months"
	SettingRulesPengawasMinMonths Key = "setting.rules_pengawas_min_months"
	SettingRulesAllowDemotion     Key = "setting.rules_allow_demotion"
	SettingRulesSameFamily        Key = "setting.rules_same_family"
	SettingRulesJpmMin            Key = "setting.rules_jpm_min"
	SettingRulesMaxMoves          Key = "setting.rules_max_moves"
	SettingRulesJpmMinValue       Key = "setting.rules_jpm_min_value"
	SettingRulesEvaluation        Key = "setting.rules_evaluation"
	SettingRulesReleaseCause      Key = "setting.rules_release_cause"
	SettingRulesJptSelection      Key = "setting.rules_jpt_selection"
	SettingRulesJptRotation       Key = "setting.rules_jpt_rotation"
	SettingRulesEducation         Key = "setting.rules_education"
	SettingCalendarCandidatesSet  Key = "setting.calendar_candidates_set"
	SettingCalendarTermEnd        Key = "setting.calendar_term_end"
	SettingCalendarInaugurated    Key = "setting.calendar_inaugurated"
	SettingCalendarActingHead     Key = "setting.calendar_acting_head"
	SettingCalendarApprovalLetter Key = "setting.calendar_approval_letter"
	SettingDecisionsPin           Key = "setting.decisions_pin"
	SettingDecisionsForbid        Key = "setting.decisions_forbid"
	SettingDecisionsExempt        Key = "setting.decisions_exempt"
	SettingDecreeTitle            Key = "setting.decree_title"
	SettingDecreeRegion           Key = "setting.decree_region"
	SettingDecreeNumber           Key = "setting.decree_number"
	SettingDecreeIssued           Key = "setting.decree_issued"
	SettingDecreeSubject          Key = "setting.decree_subject"
	SettingDecreeSigner           Key = "setting.decree_signer"
	SettingDecreeSignerNip        Key = "setting.decree_signer_nip"
)

func settingEntry(k Key) (entry, bool) {
	switch k {
	case SettingDate:
		return entry{"tanggal rencana (YYYY-MM-DD): masa jabatan, usia dan pensiun dihitung pada tanggal ini",
			"the plan date (YYYY-MM-DD): tenure, age and retirement are computed at it"}, true
	case SettingWeightsPerformance:
		return entry{"kinerja SKP (dipadukan dengan potensi) dikali prioritas jabatan",
			"SKP performance (blended with potential) times the post's priority"}, true
	case SettingWeightsFit:
		return entry{"kesesuaian kompetensi: JPM pejabat terhadap standar kompetensi jabatan",
			"competency fit: the JPM of the official against the post's standard"}, true
	case SettingWeightsTenure:
		return entry{"masa pada jabatan sekarang: kesinambungan sampai 2 tahun, lalu dorongan rotasi yang bertambah sampai 5 tahun",
			"tenure in the current post: continuity up to 2 years, then a rotation pressure that grows to 5 years"}, true
	case SettingWeightsTalent:
		return entry{"kotak talenta: kotak 4, 7, 8 mendukung rotasi, kotak 9 promosi",
			"talent box: boxes 4, 7, 8 favour a rotation, box 9 a promotion"}, true
	case SettingWeightsFamily:
		return entry{"rumpun jabatan: 1 pada jabatan serumpun dengan pejabat, 0 pada rumpun lain, 0,5 bila tidak diketahui atau jabatan umum",
			"job family (rumpun): 1 in a post of the official's family, 0 in another, 0.5 when unknown or a generalist post"}, true
	case SettingWeightsVacancy:
		return entry{"biaya membiarkan jabatan lowong, dikali prioritasnya",
			"cost of leaving a post vacant, times its priority"}, true
	case SettingWeightsRelease:
		return entry{"biaya membebaskan pejabat dari jabatan struktural (non-job), lebih tinggi bagi yang berkinerja baik",
			"cost of releasing an official from the structure (non-job), higher for good performers"}, true
	case SettingRulesTenureMin:
		return entry{"R-TENURE-MIN: tidak dipindah sebelum tenure_min_months pada jabatan sekarang",
			"R-TENURE-MIN: no move before tenure_min_months in the current post"}, true
	case SettingRulesTenureMinMonths:
		return entry{"jumlah bulan pada jabatan sebelum boleh dipindah",
			"months in post before a move is allowed"}, true
	case SettingRulesTenureMaxHard:
		return entry{"R-TENURE-MAX sebagai aturan: jabatan yang diduduki tenure_max_months atau lebih harus ditinggalkan (bila tidak, hanya biaya)",
			"R-TENURE-MAX as a rule: a post held tenure_max_months or longer must be left (otherwise only a cost)"}, true
	case SettingRulesTenureMaxMonths:
		return entry{"jumlah bulan pada jabatan yang sama setelah itu pejabat harus pindah",
			"months in the same post after which the official must move"}, true
	case SettingRulesRank:
		return entry{"R-RANK: golongan paling rendah satu tingkat di bawah golongan terendah eselon jabatan",
			"R-RANK: rank at least one step below the lowest rank of the post's eselon"}, true
	case SettingRulesBup:
		return entry{"R-BUP: tidak ditempatkan bila batas usia pensiun jatuh dalam horizon_months sejak tanggal rencana",
			"R-BUP: not placed when retirement falls within horizon_months of the plan date"}, true
	case SettingRulesHorizonMonths:
		return entry{"jangka perencanaan dalam bulan (R-BUP dan peringatan pensiun)",
			"the plan horizon in months (R-BUP and retirement warnings)"}, true
	case SettingRulesSanction:
		return entry{"R-SANCTION: jenis hukuman disiplin PP 94/2021 Pasal 8 yang berlaku: penurunan jabatan (berat) satu tingkat lebih rendah, jenis berat lain tanpa jabatan, sedang tanpa promosi",
			"R-SANCTION: the kinds of PP 94/2021 Pasal 8 in force: a berat demotion one level lower, other berat kinds no post, sedang no promotion"}, true
	case SettingRulesTraining:
		return entry{"R-TRAINING (kebijakan daerah, bukan peraturan): pejabat yang mengikuti PKN Tingkat II hanya dipindah melalui promosi",
			"R-TRAINING (a regional policy, not a regulation): an official in PKN II training moves only by promotion"}, true
	case SettingRulesPromotion:
		return entry{"R-PROMOTION: paling banyak naik satu tingkat, usia dan pengalaman kumulatif untuk JPT, SKP paling rendah Baik, tanpa penurunan",
			"R-PROMOTION: one level up at most, JPT age and cumulative experience, SKP at least Baik, no demotion"}, true
	case SettingRulesJptMaxAge:
		return entry{"usia tertinggi (tahun) calon yang dipromosikan ke jabatan JPT",
			"oldest age (years) of a candidate promoted to a JPT post"}, true
	case SettingRulesAdminMinMonths:
		return entry{"jumlah bulan kumulatif sebagai administrator sebelum promosi ke jabatan JPT",
			"cumulative months as administrator before a promotion to a JPT post"}, true
	case SettingRulesPengawasMinMonths:
		return entry{"jumlah bulan kumulatif sebagai pengawas sebelum promosi ke jabatan administrator",
			"cumulative months as pengawas before a promotion to an administrator post"}, true
	case SettingRulesAllowDemotion:
		return entry{"membolehkan pindah ke eselon lebih rendah (II.a ke II.b, III.a ke III.b, atau tingkat lebih rendah)",
			"allow a move to a lower eselon (II.a to II.b, III.a to III.b, or a lower level)"}, true
	case SettingRulesSameFamily:
		return entry{"R-FAMILY: tidak pindah ke jabatan rumpun lain; jabatan umum (rumpun kosong atau umum) terbuka bagi semua",
			"R-FAMILY: no move to a post of another job family; generalist posts (empty or umum family) are open to all"}, true
	case SettingRulesJpmMin:
		return entry{"R-JPM-MIN: JPM di bawah jpm_min_value tidak dapat mengisi jabatan",
			"R-JPM-MIN: a JPM below jpm_min_value cannot fill a post"}, true
	case SettingRulesMaxMoves:
		return entry{"jumlah terbanyak pemangku jabatan dalam data yang boleh berganti jabatan (rotasi, promosi, penurunan, pembebasan, pensiun), atau none: rencana terbaik dalam batas itu, dengan batas atas jaraknya dari rencana terbaik",
			"the most holders of a roster post who may change post (rotate, promote, demote, release, retire), or none: the best plan within the budget, with a bound on how far it can be from the best one"}, true
	case SettingRulesJpmMinValue:
		return entry{"batas JPM untuk R-JPM-MIN, 0 sampai 1 (0,68 adalah batas MMS/KMS)",
			"the JPM floor of R-JPM-MIN, 0 to 1 (0.68 is the MMS/KMS boundary)"}, true
	case SettingRulesEvaluation:
		return entry{"R-EVALUATION: hasil evaluasi tetap mempertahankan pemangku, rotasi memindahkannya, istirahat membebaskannya",
			"R-EVALUATION: the evaluation's outcome tetap keeps the holder, rotasi moves them, istirahat releases them"}, true
	case SettingRulesReleaseCause:
		return entry{"R-RELEASE-CAUSE: pemangku dibebaskan (non-job) hanya dengan alasan: istirahat, hukuman disiplin, penetapan tanpa jabatan",
			"R-RELEASE-CAUSE: a holder is released (non-job) only with a cause: istirahat, a sanction, a pin to no post"}, true
	case SettingRulesJptSelection:
		return entry{"R-JPT-SELECTION: jabatan JPT terbuka bagi yang bukan pemangku JPT hanya bila hasil seleksi terbuka menyebutnya",
			"R-JPT-SELECTION: a JPT post is open to one not holding a JPT post only when the open selection lists them"}, true
	case SettingRulesJptRotation:
		return entry{"R-JPT-ROTATION: pemangku JPT pindah ke jabatan JPT lain hanya dengan evaluasi (uji kompetensi) yang tercatat",
			"R-JPT-ROTATION: a JPT holder moves to another JPT post only with an evaluation (uji kompetensi) on record"}, true
	case SettingRulesEducation:
		return entry{"R-EDUCATION: jabatan administrator dan JPT memerlukan pendidikan paling rendah S1/D4",
			"R-EDUCATION: administrator and JPT posts need at least S1/D4"}, true
	case SettingCalendarCandidatesSet:
		return entry{"tanggal penetapan pasangan calon pilkada berikutnya (penetapan paslon); larangan berlaku sejak 6 bulan sebelumnya sampai term_end (UU 10/2016 Pasal 71 ayat 2)",
			"the day the candidates of the next regional election are set (penetapan paslon); a ban runs from 6 months before it to term_end (UU 10/2016 Pasal 71 ayat 2)"}, true
	case SettingCalendarTermEnd:
		return entry{"hari terakhir masa jabatan kepala daerah",
			"the last day of the regional head's term"}, true
	case SettingCalendarInaugurated:
		return entry{"tanggal pelantikan kepala daerah; persetujuan diperlukan selama 6 bulan sesudahnya (UU 10/2016 Pasal 162 ayat 3)",
			"the day the regional head was inaugurated; approval needed for 6 months after it (UU 10/2016 Pasal 162 ayat 3)"}, true
	case SettingCalendarActingHead:
		return entry{"true bila kepala daerah adalah penjabat (Pj): persetujuan selalu diperlukan (PP 49/2008 Pasal 132A)",
			"true when the regional head is an acting one (Pj): approval always needed (PP 49/2008 Pasal 132A)"}, true
	case SettingCalendarApprovalLetter:
		return entry{"nomor dan tanggal persetujuan tertulis Menteri Dalam Negeri, bila sudah ada",
			"number and date of the Minister of Home Affairs' written approval, when obtained"}, true
	case SettingDecisionsPin:
		return entry{"\"NIP -> JABATAN\" menempatkan pejabat pada jabatan itu (R-DECISION); \"NIP -> -\" membebaskannya",
			"\"NIP -> POST\" places the official in the post (R-DECISION); \"NIP -> -\" releases them"}, true
	case SettingDecisionsForbid:
		return entry{"\"NIP -> JABATAN\" menjauhkan pejabat dari jabatan itu (R-DECISION)",
			"\"NIP -> POST\" keeps the official out of the post (R-DECISION)"}, true
	case SettingDecisionsExempt:
		return entry{"\"NIP\" mengecualikan pejabat dari R-TENURE-MIN (pengecualian SE MenPANRB 19/2023)",
			"\"NIP\" exempts the official from R-TENURE-MIN (SE MenPANRB 19/2023 exceptions)"}, true
	case SettingDecreeTitle:
		return entry{"jabatan penanda tangan keputusan: WALI KOTA, BUPATI atau GUBERNUR",
			"the office that signs the decree: WALI KOTA, BUPATI or GUBERNUR"}, true
	case SettingDecreeRegion:
		return entry{"nama daerah sesudah jabatan itu, mis. \"CONTOH\" untuk WALI KOTA CONTOH",
			"the region's name after the office, e.g. \"CONTOH\" for WALI KOTA CONTOH"}, true
	case SettingDecreeNumber:
		return entry{"nomor keputusan (NOMOR)",
			"the decree's number (NOMOR)"}, true
	case SettingDecreeIssued:
		return entry{"tanggal keputusan (TANGGAL), YYYY-MM-DD atau 1 Maret 2028",
			"the decree's date (TANGGAL), YYYY-MM-DD or 1 Maret 2028"}, true
	case SettingDecreeSubject:
		return entry{"pokok keputusan (TENTANG)",
			"what the decree is about (TENTANG)"}, true
	case SettingDecreeSigner:
		return entry{"nama penanda tangan, dicetak di bawah tanda tangan",
			"the signer's name, printed under the signature"}, true
	case SettingDecreeSignerNip:
		return entry{"NIP penanda tangan, dicetak di bawah nama bila diisi (kepala daerah tidak memilikinya)",
			"the signer's NIP, printed under the name when set (a regional head has none)"}, true
	}
	return entry{}, false
}
