package i18n

// The messages of the law: the rules' verdicts and notes (rule.…), the
// reasons and warnings of a plan's moves (reason.…, warn.…), the vacant
// posts and their acting candidates (vacancy.…, acting.…), the political
// calendar's approval (calendar.…) and the move budget (budget.…). The
// Indonesian forms use the regulations' own terms (jabatan, pemangku,
// golongan, hukuman disiplin, seleksi terbuka, uji kompetensi).
const (
	RuleCurrentPost       Key = "rule.current_post"
	RulePostNamed         Key = "rule.post_named"
	RuleTenureMin         Key = "rule.tenure_min"
	RuleTenureMinNoStart  Key = "rule.tenure_min_no_start"
	RuleTenureMinExempt   Key = "rule.tenure_min_exempt"
	RuleTenureMax         Key = "rule.tenure_max"
	RuleTenureMaxCost     Key = "rule.tenure_max_cost"
	RuleRank              Key = "rule.rank"
	RuleRankUnknown       Key = "rule.rank_unknown"
	RuleRankCurrent       Key = "rule.rank_current"
	RuleBUPRetired        Key = "rule.bup_retired"
	RuleBUPLocked         Key = "rule.bup_locked"
	RuleBUPWithin         Key = "rule.bup_within"
	RuleBUPNoBirth        Key = "rule.bup_no_birth"
	RuleLevelNone         Key = "rule.level_none"
	RuleSanctionWhat      Key = "rule.sanction_what"
	RuleSanctionUnknown   Key = "rule.sanction_until_unknown"
	RuleSanctionPermanent Key = "rule.sanction_permanent"
	RuleSanctionUntil     Key = "rule.sanction_until"
	RuleSanctionDemote    Key = "rule.sanction_demote"
	RuleSanctionPelaksana Key = "rule.sanction_pelaksana"
	RuleSanctionDismissed Key = "rule.sanction_dismissed"
	RuleSanctionFreed     Key = "rule.sanction_freed"
	RuleSanctionNoKind    Key = "rule.sanction_no_kind"
	RuleSanctionNoFirst   Key = "rule.sanction_no_first"
	RuleSanctionNoPromo   Key = "rule.sanction_no_promotion"
	RuleSanctionGuess     Key = "rule.sanction_guess"
	RuleSanctionNoDates   Key = "rule.sanction_no_dates"
	RuleSanctionBeratKind Key = "rule.sanction_berat_kind"
	RuleSanctionEnded     Key = "rule.sanction_ended"
	RuleTrainingRelease   Key = "rule.training_release"
	RuleTrainingMove      Key = "rule.training_move"
	RulePromoNoPostJPT    Key = "rule.promotion_no_post_jpt"
	RulePromoNoPostAdmin  Key = "rule.promotion_no_post_admin"
	RulePromoSkip         Key = "rule.promotion_skip"
	RulePromoDemoteLevel  Key = "rule.promotion_demote_level"
	RulePromoDemoteEselon Key = "rule.promotion_demote_eselon"
	RulePromoPredicate    Key = "rule.promotion_predicate"
	RulePromoOld          Key = "rule.promotion_old"
	RulePromoAdmin        Key = "rule.promotion_admin"
	RulePromoPengawas     Key = "rule.promotion_pengawas"
	RulePromoBound        Key = "rule.promotion_bound"
	RulePromoNoPostNote   Key = "rule.promotion_no_post_note"
	RulePromoAdminBound   Key = "rule.promotion_admin_bound"
	RulePromoAdminUnknown Key = "rule.promotion_admin_unknown"
	RulePromoPengBound    Key = "rule.promotion_pengawas_bound"
	RulePromoPengUnknown  Key = "rule.promotion_pengawas_unknown"
	RulePromoNoBirth      Key = "rule.promotion_no_birth"
	RuleEducation         Key = "rule.education"
	RuleEducationUnknown  Key = "rule.education_unknown"
	RuleEvalOn            Key = "rule.evaluation_on"
	RuleEvalIstirahat     Key = "rule.evaluation_istirahat"
	RuleEvalTetap         Key = "rule.evaluation_tetap"
	RuleEvalRotasiTo      Key = "rule.evaluation_rotasi_to"
	RuleEvalRotasi        Key = "rule.evaluation_rotasi"
	RuleEvalRotasiBUP     Key = "rule.evaluation_rotasi_bup"
	RuleEvalRotasiLocked  Key = "rule.evaluation_rotasi_locked"
	RuleEvalTetapFree     Key = "rule.evaluation_tetap_free"
	RuleJPTPost           Key = "rule.jpt_post"
	RuleJPTSelection      Key = "rule.jpt_selection"
	RuleJPTRotation       Key = "rule.jpt_rotation"
	RuleReleaseCause      Key = "rule.release_cause"
	RuleJPM               Key = "rule.jpm"
	RuleJPMNotAssessed    Key = "rule.jpm_not_assessed"
	RuleFamily            Key = "rule.family"
	RuleFamilyUnknown     Key = "rule.family_unknown"
	RuleDecisionReleased  Key = "rule.decision_released"
	RuleDecisionPinned    Key = "rule.decision_pinned"
	RuleDecisionPostTaken Key = "rule.decision_post_taken"
	RuleDecisionForbidden Key = "rule.decision_forbidden"
	RuleDecisionHere      Key = "rule.decision_here"
	RuleStatusLocked      Key = "rule.status_locked"
	RuleStatusMustLeave   Key = "rule.status_must_leave"
	RuleWithCode          Key = "rule.with_code"
	RuleCount             Key = "rule.count"
	RuleCountNone         Key = "rule.count_none"
	RuleList              Key = "rule.list"
	RuleErrNoOfficial     Key = "rule.err_no_official"
	RuleErrNoPostGiven    Key = "rule.err_no_post_given"
	RuleErrNoPost         Key = "rule.err_no_post"
	RuleErrPinnedTwice    Key = "rule.err_pinned_twice"
	RuleErrPostPinned     Key = "rule.err_post_pinned"
	RuleErrExempt         Key = "rule.err_exempt"
	RuleErrPinForbidden   Key = "rule.err_pin_forbidden"
	RuleErrPinConflict    Key = "rule.err_pin_conflict"
	RulePinRelease        Key = "rule.pin_release"

	ReasonSKP           Key = "reason.skp"
	ReasonSKPScore      Key = "reason.skp_score"
	ReasonPotential     Key = "reason.potential"
	ReasonFit           Key = "reason.fit"
	ReasonNotAssessed   Key = "reason.not_assessed"
	ReasonPerfAndFit    Key = "reason.performance_and_fit"
	ReasonFamilyMatch   Key = "reason.family_match"
	ReasonFamilyOther   Key = "reason.family_other"
	ReasonTalentPromote Key = "reason.talent_promote"
	ReasonTalentRotate  Key = "reason.talent_rotate"
	ReasonPromotion     Key = "reason.promotion"
	ReasonFillsVacancy  Key = "reason.fills_vacancy"
	ReasonSucceeds      Key = "reason.succeeds"
	ReasonFateRetires   Key = "reason.fate_retires"
	ReasonFateDemoted   Key = "reason.fate_demoted"
	ReasonFateReleased  Key = "reason.fate_released"
	ReasonFateMoves     Key = "reason.fate_moves"
	ReasonReleased      Key = "reason.released"
	ReasonDemoted       Key = "reason.demoted"
	ReasonNotPlaced     Key = "reason.not_placed"
	ReasonElsewhere     Key = "reason.elsewhere"
	ReasonBecause       Key = "reason.because"
	ReasonDemotedTo     Key = "reason.demoted_to"
	ReasonNoPosts       Key = "reason.no_posts"
	ReasonNoPostOpen    Key = "reason.no_post_open"
	ReasonAllTaken      Key = "reason.all_taken"
	ReasonBelowCosts    Key = "reason.below_costs"
	ReasonReleaseCost   Key = "reason.release_cost"
	ReasonKeepsOutside  Key = "reason.keeps_outside"
	ReasonRetires       Key = "reason.retires"
	ReasonRetireDecree  Key = "reason.retire_decree"
	ReasonTenureDueKept Key = "reason.tenure_due_kept"
	ReasonTenureDue     Key = "reason.tenure_due"
	ReasonTenureNew     Key = "reason.tenure_new"
	ReasonTenureEarly   Key = "reason.tenure_early"
	ReasonTenureIn      Key = "reason.tenure_in"

	WarnApproval     Key = "warn.approval"
	WarnKMS          Key = "warn.kms"
	WarnRetireStay   Key = "warn.retire_stay"
	WarnRetireWithin Key = "warn.retire_within"
	WarnRetireAfter  Key = "warn.retire_after"
	WarnOverdue      Key = "warn.overdue"

	VacancyNone      Key = "vacancy.none"
	VacancySelection Key = "vacancy.selection"
	VacancyNoneNamed Key = "vacancy.none_named"
	VacancyBlocked   Key = "vacancy.blocked"
	VacancyEligible1 Key = "vacancy.eligible1"
	VacancyEligible  Key = "vacancy.eligible"
	VacancyAllPlaced Key = "vacancy.all_placed"
	VacancySome      Key = "vacancy.some"

	ActingReason      Key = "acting.reason"
	ActingOtherUnit   Key = "acting.other_unit"
	ActingSameUnit    Key = "acting.same_unit"
	ActingSameLevel   Key = "acting.same_level"
	ActingLevelBelow  Key = "acting.level_below"
	ActingNotAssessed Key = "acting.not_assessed"
	ActingFit         Key = "acting.fit"
	ActingOutside     Key = "acting.outside"

	CalendarElection     Key = "calendar.election"
	CalendarTermEnd      Key = "calendar.term_end"
	CalendarTermEndOn    Key = "calendar.term_end_on"
	CalendarInauguration Key = "calendar.inauguration"
	CalendarActing       Key = "calendar.acting"

	BudgetKept     Key = "budget.kept"
	BudgetRelease  Key = "budget.release"
	BudgetVacant   Key = "budget.vacant"
	BudgetTypeWith Key = "budget.type_with"

	DiffOnlyScenario Key = "diff.only_scenario"
	DiffNotScenario  Key = "diff.not_scenario"
	DiffScore        Key = "diff.score"
	DiffComponents   Key = "diff.components"
	DiffComponent    Key = "diff.component"
	DiffMore         Key = "diff.more"
	DiffTie          Key = "diff.tie"
	DiffGivesWay     Key = "diff.gives_way"
)

func lawEntry(k Key) (entry, bool) {
	if e, ok := ruleSourceEntry(k); ok {
		return e, true
	}
	switch k {
	case RuleCurrentPost:
		return entry{"jabatan sekarang", "the current post"}, true
	case RulePostNamed:
		return entry{"%s (%s)", "%s (%s)"}, true
	case RuleTenureMin:
		return entry{"%d bulan pada jabatan sekarang sejak %s, kurang dari %d: tetap sampai %s",
			"%d months in the current post since %s, fewer than %d: stays until %s"}, true
	case RuleTenureMinNoStart:
		return entry{"tanggal mulai pada jabatan sekarang (position_since) tidak diketahui: tidak dikunci",
			"start in the current post (position_since) unknown: not locked"}, true
	case RuleTenureMinExempt:
		return entry{"%d bulan pada jabatan sekarang, kurang dari %d, tetapi dikecualikan oleh kebijakan (SE MenPANRB 19/2023)",
			"%d months in the current post, fewer than %d, but exempt by the policy (SE MenPANRB 19/2023)"}, true
	case RuleTenureMax:
		return entry{"%d bulan pada jabatan sekarang sejak %s, paling sedikit %d: harus pindah (batas mutlak dalam kebijakan)",
			"%d months in the current post since %s, at least %d: must leave (hard limit in the policy)"}, true
	case RuleTenureMaxCost:
		return entry{"%d bulan pada jabatan sekarang sejak %s, paling sedikit %d: menjadi biaya dalam skor, bukan larangan",
			"%d months in the current post since %s, at least %d: a cost in the score, not a bar"}, true
	case RuleRank:
		return entry{"golongan %s di bawah %s, golongan terendah yang dibolehkan untuk eselon %s (rentang %s–%s, boleh satu tingkat di bawahnya)",
			"golongan %s is below %s, the lowest allowed for eselon %s (range %s–%s, one step below allowed)"}, true
	case RuleRankUnknown:
		return entry{"golongan tidak diketahui: tidak diperiksa", "golongan unknown: not checked"}, true
	case RuleRankCurrent:
		return entry{"golongan %s di bawah %s, golongan terendah untuk eselon sekarang %s: boleh tetap (aturan ini berlaku untuk penempatan baru)",
			"golongan %s is below %s, the lowest allowed for the current eselon %s: staying is allowed (the rule applies to new placements)"}, true
	case RuleBUPRetired:
		return entry{"pensiun %s (BUP %d untuk %s), pada atau sebelum tanggal rencana %s: pensiun",
			"pensiun %s (BUP %d for %s), on or before the plan date %s: retires"}, true
	case RuleBUPLocked:
		return entry{"pensiun %s (BUP %d untuk %s), dalam jangka perencanaan %d bulan yang berakhir %s: tetap pada jabatannya sampai saat itu, tidak ke jabatan lain",
			"pensiun %s (BUP %d for %s), within the %d-month horizon ending %s: stays in the post until then, no other post"}, true
	case RuleBUPWithin:
		return entry{"pensiun %s (BUP %d untuk %s), dalam jangka perencanaan %d bulan yang berakhir %s",
			"pensiun %s (BUP %d for %s), within the %d-month horizon ending %s"}, true
	case RuleBUPNoBirth:
		return entry{"tanggal lahir tidak diketahui: batas usia pensiun tidak diperiksa", "birth date unknown: retirement not checked"}, true
	case RuleLevelNone:
		return entry{"tanpa jabatan struktural", "no structural post"}, true
	case RuleSanctionWhat:
		return entry{"hukuman disiplin %s", "hukuman disiplin %s"}, true
	case RuleSanctionUnknown:
		return entry{"berlaku, tanggal berakhirnya tidak diketahui", "in force, end date unknown"}, true
	case RuleSanctionPermanent:
		return entry{"bersifat tetap", "permanent"}, true
	case RuleSanctionUntil:
		return entry{"berlaku sampai %s", "in force until %s"}, true
	case RuleSanctionDemote:
		return entry{"%s, %s: hanya jabatan satu tingkat lebih rendah (%s) (PP 94/2021 Pasal 8 ayat (4) huruf a)",
			"%s, %s: a post one level lower (%s) only (PP 94/2021 Pasal 8 ayat (4) huruf a)"}, true
	case RuleSanctionPelaksana:
		return entry{"%s, %s: satu tingkat di bawah pengawas adalah jabatan pelaksana: tanpa jabatan struktural",
			"%s, %s: one level lower than pengawas is a pelaksana post: no structural post"}, true
	case RuleSanctionDismissed:
		return entry{"%s, %s: diberhentikan, tanpa jabatan struktural (PP 94/2021 Pasal 8 ayat (4) huruf c)",
			"%s, %s: leaves the service, no structural post (PP 94/2021 Pasal 8 ayat (4) huruf c)"}, true
	case RuleSanctionFreed:
		return entry{"%s, %s: jabatan pelaksana, tanpa jabatan struktural (PP 94/2021 Pasal 8 ayat (4) huruf b)",
			"%s, %s: a pelaksana post, no structural post (PP 94/2021 Pasal 8 ayat (4) huruf b)"}, true
	case RuleSanctionNoKind:
		return entry{"%s, %s: jenisnya tidak diketahui, dianggap pembebasan ke jabatan pelaksana: tanpa jabatan struktural",
			"%s, %s: kind unknown, taken as release to a pelaksana post: no structural post"}, true
	case RuleSanctionNoFirst:
		return entry{"%s, %s: tidak boleh promosi, dan jabatan struktural pertama terhitung promosi",
			"%s, %s: no promotion, and a first structural post counts as one"}, true
	case RuleSanctionNoPromo:
		return entry{"%s, %s: tidak boleh promosi dari eselon %s ke %s", "%s, %s: no promotion from eselon %s to %s"}, true
	case RuleSanctionGuess:
		return entry{"hukuman disiplin %s: jenisnya tidak diketahui, dianggap berlaku selama masa terpanjang menurut peraturan (12 bulan) sejak %s (PP 94/2021 Pasal 8): isi sanction_kind",
			"hukuman disiplin %s: kind unknown, taken as lasting its longest statutory period (12 months) from %s (PP 94/2021 Pasal 8): give sanction_kind"}, true
	case RuleSanctionNoDates:
		return entry{"hukuman disiplin %s: sanction_until maupun sanction_date tidak diisi: dianggap masih berlaku",
			"hukuman disiplin %s: neither sanction_until nor sanction_date given: taken as in force"}, true
	case RuleSanctionBeratKind:
		return entry{"hukuman disiplin berat: jenisnya tidak diketahui, dianggap pembebasan ke jabatan pelaksana (PP 94/2021 Pasal 8 ayat (4) huruf b): isi sanction_kind",
			"hukuman disiplin berat: kind unknown, taken as release to a pelaksana post (PP 94/2021 Pasal 8 ayat (4) huruf b): give sanction_kind"}, true
	case RuleSanctionEnded:
		return entry{"hukuman disiplin %s berakhir pada %s: tidak berlaku lagi", "hukuman disiplin %s ended on %s: no longer in force"}, true
	case RuleTrainingRelease:
		return entry{"sedang mengikuti PKN Tingkat II: boleh tetap atau dipromosikan, tidak dibebaskan (kebijakan daerah)",
			"attending PKN II leadership training: may stay or be promoted, not released (a regional policy)"}, true
	case RuleTrainingMove:
		return entry{"sedang mengikuti PKN Tingkat II: boleh tetap atau dipromosikan, tidak dipindah ke jabatan %s lain (kebijakan daerah)",
			"attending PKN II leadership training: may stay or be promoted, not moved to another %s post (a regional policy)"}, true
	case RulePromoNoPostJPT:
		return entry{"tanpa jabatan struktural: jabatan JPT Pratama memerlukan pengalaman sebagai administrator (PP 11/2017 jo PP 17/2020 Pasal 107)",
			"no structural post: a JPT Pratama post needs experience as administrator (PP 11/2017 jo PP 17/2020 Pasal 107)"}, true
	case RulePromoNoPostAdmin:
		return entry{"tanpa jabatan struktural: jabatan administrator memerlukan pengalaman sebagai pengawas (PP 11/2017 Pasal 54 ayat (1))",
			"no structural post: an Administrator post needs experience as pengawas (PP 11/2017 Pasal 54 ayat (1))"}, true
	case RulePromoSkip:
		return entry{"%s ke %s melompati satu tingkat: promosi hanya satu tingkat setiap kali",
			"%s to %s skips a level: promotion is one level at a time"}, true
	case RulePromoDemoteLevel:
		return entry{"%s ke %s adalah penurunan jabatan, tidak dibolehkan oleh kebijakan",
			"%s to %s is a demotion, not allowed by the policy"}, true
	case RulePromoDemoteEselon:
		return entry{"eselon %s ke %s adalah penurunan eselon, tidak dibolehkan oleh kebijakan",
			"eselon %s to %s is a demotion, not allowed by the policy"}, true
	case RulePromoPredicate:
		return entry{"SKP %s, di bawah Baik: promosi memerlukan predikat paling rendah Baik (PP 11/2017 Pasal 54 ayat (1); PP 100/2000 Pasal 5)",
			"SKP %s, below Baik: a promotion needs at least Baik (PP 11/2017 Pasal 54 ayat (1); PP 100/2000 Pasal 5)"}, true
	case RulePromoOld:
		return entry{"usia %d tahun pada %s, di atas %d tahun untuk calon JPT Pratama",
			"age %d on %s, above %d for a JPT Pratama candidate"}, true
	case RulePromoAdmin:
		return entry{"%s sebagai administrator (sejak %s%s), kurang dari %d bulan untuk calon JPT Pratama (PP 11/2017 jo PP 17/2020 Pasal 107)",
			"%s as administrator (since %s%s), fewer than %d months for a JPT Pratama candidate (PP 11/2017 jo PP 17/2020 Pasal 107)"}, true
	case RulePromoPengawas:
		return entry{"%s sebagai pengawas (sejak %s%s), kurang dari %d bulan untuk calon administrator (PP 11/2017 Pasal 54 ayat (1))",
			"%s as pengawas (since %s%s), fewer than %d months for an administrator candidate (PP 11/2017 Pasal 54 ayat (1))"}, true
	case RulePromoBound:
		return entry{", awal jabatan sekarang: jabatan sebelumnya pada tingkat ini tidak ada dalam berkas",
			", the current post's start: earlier posts at the level are not in the files"}, true
	case RulePromoNoPostNote:
		return entry{"tanpa jabatan struktural: boleh mengisi jabatan pengawas yang sesuai golongannya, bukan jabatan administrator atau JPT (pejabat fungsional yang terpilih untuk jabatan JPT perlu penetapan)",
			"no structural post: may fill a pengawas post the rank allows, no administrator or JPT post (a functional official selected for a JPT post needs a pin)"}, true
	case RulePromoAdminBound:
		return entry{"administrator_since tidak diketahui: masa sebagai administrator dihitung sejak awal jabatan sekarang (%s), sebagai batas bawah",
			"administrator_since unknown: the time as administrator counts from the current post's start (%s), a lower bound"}, true
	case RulePromoAdminUnknown:
		return entry{"awal sebagai administrator tidak diketahui (administrator_since, position_since): masa sebagai administrator tidak diperiksa untuk jabatan JPT",
			"start as administrator unknown (administrator_since, position_since): time as administrator not checked for JPT posts"}, true
	case RulePromoPengBound:
		return entry{"pengawas_since tidak diketahui: masa sebagai pengawas dihitung sejak awal jabatan sekarang (%s), sebagai batas bawah",
			"pengawas_since unknown: the time as pengawas counts from the current post's start (%s), a lower bound"}, true
	case RulePromoPengUnknown:
		return entry{"awal sebagai pengawas tidak diketahui (pengawas_since, position_since): masa sebagai pengawas tidak diperiksa untuk jabatan administrator",
			"start as pengawas unknown (pengawas_since, position_since): time as pengawas not checked for administrator posts"}, true
	case RulePromoNoBirth:
		return entry{"tanggal lahir tidak diketahui: usia tidak diperiksa untuk jabatan JPT", "birth date unknown: age not checked for JPT posts"}, true
	case RuleEducation:
		return entry{"pendidikan %s, di bawah S1/D4, syarat minimal jabatan %s", "education %s, below S1/D4, the minimum for %s posts"}, true
	case RuleEducationUnknown:
		return entry{"pendidikan tidak diketahui: syarat S1/D4 jabatan administrator dan JPT tidak diperiksa",
			"education unknown: the S1/D4 of administrator and JPT posts is not checked"}, true
	case RuleEvalOn:
		return entry{" pada %s", " on %s"}, true
	case RuleEvalIstirahat:
		return entry{"evaluasi%s: istirahat (diistirahatkan): dibebaskan dari jabatan", "evaluation%s: istirahat (diistirahatkan): released from the post"}, true
	case RuleEvalTetap:
		return entry{"evaluasi%s: tetap: tetap pada jabatan sekarang", "evaluation%s: tetap: keeps the current post"}, true
	case RuleEvalRotasiTo:
		return entry{"evaluasi%s: rotasi: jabatan lain pada tingkat yang sama atau promosi, bukan tingkat yang lebih rendah",
			"evaluation%s: rotasi: another post of the level or a promotion, not a lower level"}, true
	case RuleEvalRotasi:
		return entry{"evaluasi%s: rotasi: meninggalkan jabatan sekarang untuk jabatan lain pada tingkat yang sama (atau promosi)",
			"evaluation%s: rotasi: leaves the current post for another of the level (or a promotion)"}, true
	case RuleEvalRotasiBUP:
		return entry{"evaluasi rotasi, tetapi pemangku pensiun pada %s (R-BUP): tetap sampai saat itu",
			"evaluation rotasi, but the holder retires on %s (R-BUP): stays until then"}, true
	case RuleEvalRotasiLocked:
		return entry{"evaluasi rotasi, tetapi baru %d bulan pada jabatan, kurang dari %d (R-TENURE-MIN): tetap sampai %s",
			"evaluation rotasi, but %d months in the post, fewer than %d (R-TENURE-MIN): stays until %s"}, true
	case RuleEvalTetapFree:
		return entry{"evaluasi tetap, tetapi jabatan sekarang terhalang aturan lain atau keputusan: boleh pindah",
			"evaluation tetap, but the current post is barred by another rule or a decision: may move"}, true
	case RuleJPTPost:
		return entry{"jabatan JPT Pratama", "a JPT Pratama post"}, true
	case RuleJPTSelection:
		return entry{"%s diisi melalui seleksi terbuka: tidak termasuk nama yang diusulkan untuk jabatan itu",
			"%s is filled by open selection (seleksi terbuka): not among the names proposed for it"}, true
	case RuleJPTRotation:
		return entry{"pemangku JPT pindah ke jabatan JPT lain setelah uji kompetensi: belum ada evaluasi yang tercatat",
			"a JPT holder moves to another JPT post after a competency test (uji kompetensi): no evaluation on record"}, true
	case RuleReleaseCause:
		return entry{"tidak ada alasan untuk membebaskan pemangku (non-job memerlukan evaluasi istirahat, hukuman disiplin atau penetapan pengguna tanpa jabatan): tetap memegang jabatan",
			"no cause to release a holder (non-job needs an evaluation istirahat, a discipline sanction or the user's pin to no post): keeps a post"}, true
	case RuleJPM:
		return entry{"JPM %s (%s) terhadap standar kompetensi jabatan, di bawah batas %s",
			"JPM %s (%s) against the post's standard, below the %s floor"}, true
	case RuleJPMNotAssessed:
		return entry{"kompetensi belum diukur: batas JPM tidak diterapkan", "competencies not assessed: the JPM floor is not applied"}, true
	case RuleFamily:
		return entry{"rumpun jabatan %q bukan rumpun pejabat (%s)", "the post's job family %q is not the official's (%s)"}, true
	case RuleFamilyUnknown:
		return entry{"rumpun jabatan pejabat (family) tidak diketahui: R-FAMILY tidak diterapkan", "job family (family) unknown: R-FAMILY not applied"}, true
	case RuleDecisionReleased:
		return entry{"dibebaskan oleh pengguna (ditetapkan tanpa jabatan)", "released by the user (pinned to no post)"}, true
	case RuleDecisionPinned:
		return entry{"ditetapkan oleh pengguna pada %s", "pinned by the user to %s"}, true
	case RuleDecisionPostTaken:
		return entry{"jabatan %s ditetapkan oleh pengguna untuk %s (NIP %s)", "post %s is pinned by the user to %s (NIP %s)"}, true
	case RuleDecisionForbidden:
		return entry{"dilarang oleh pengguna", "forbidden by the user"}, true
	case RuleDecisionHere:
		return entry{"ditetapkan oleh pengguna pada jabatan sekarang", "pinned by the user to the current post"}, true
	case RuleStatusLocked:
		return entry{"dikunci pada jabatan sekarang", "locked in the current post"}, true
	case RuleStatusMustLeave:
		return entry{"harus meninggalkan jabatan sekarang", "must leave the current post"}, true
	case RuleWithCode:
		return entry{"%s (%s)", "%s (%s)"}, true
	case RuleCount:
		return entry{"%s %s", "%s %s"}, true
	case RuleList:
		return entry{"%s", "%s"}, true
	case RuleErrNoOfficial:
		return entry{"R-DECISION: %s %s=%s: tidak ada pejabat dengan NIP %q", "R-DECISION: %s %s=%s: no official with NIP %q"}, true
	case RuleErrNoPostGiven:
		return entry{"R-DECISION: %s %s=: jabatannya tidak disebut", "R-DECISION: %s %s=: no post given"}, true
	case RuleErrNoPost:
		return entry{"R-DECISION: %s %s=%s: tidak ada jabatan dengan id %q", "R-DECISION: %s %s=%s: no post with id %q"}, true
	case RuleErrPinnedTwice:
		return entry{"R-DECISION: pin %s=%s: NIP %s sudah ditetapkan pada %s", "R-DECISION: pin %s=%s: NIP %s is already pinned to %s"}, true
	case RuleErrPostPinned:
		return entry{"R-DECISION: pin %s=%s: jabatan %s sudah ditetapkan untuk NIP %s", "R-DECISION: pin %s=%s: post %s is already pinned to NIP %s"}, true
	case RuleErrExempt:
		return entry{"R-TENURE-MIN: pengecualian %q: tidak ada pejabat dengan NIP itu", "R-TENURE-MIN: exemption %q: no official with that NIP"}, true
	case RuleErrPinForbidden:
		return entry{"R-DECISION: pin %s=%s: pasangan yang sama juga dilarang (forbid)", "R-DECISION: pin %s=%s: the same pair is forbidden"}, true
	case RuleErrPinConflict:
		return entry{"R-DECISION: pin %s=%s bertentangan dengan %s: %s", "R-DECISION: pin %s=%s conflicts with %s: %s"}, true
	case RulePinRelease:
		return entry{"tanpa jabatan (dibebaskan)", "no post (release)"}, true
	case RuleCountNone:
		return entry{"tidak ada aturan yang menyebut alasannya", "no rule names a reason"}, true

	case ReasonSKP:
		return entry{"SKP %s", "SKP %s"}, true
	case ReasonSKPScore:
		return entry{"SKP %s (%s)", "SKP %s (%s)"}, true
	case ReasonPotential:
		return entry{"%s, potensi %s", "%s, potential %s"}, true
	case ReasonFit:
		return entry{"JPM %s (%s) terhadap standar kompetensi %s", "JPM %s (%s) against %s's standard"}, true
	case ReasonNotAssessed:
		return entry{"kompetensi belum diukur: kesesuaian dianggap %s", "not assessed: competency fit taken as %s"}, true
	case ReasonPerfAndFit:
		return entry{"%s dan %s", "%s and %s"}, true
	case ReasonFamilyMatch:
		return entry{"rumpun jabatan %s, sesuai rumpun jabatan ini", "job family %s, the post's"}, true
	case ReasonFamilyOther:
		return entry{"di luar rumpun jabatan: jabatan ini %s, pejabat %s", "outside the job family: the post is %s, the official %s"}, true
	case ReasonTalentPromote:
		return entry{"kotak talenta 9: direkomendasikan promosi (PermenPANRB 3/2020)", "talent box 9: promotion recommended (PermenPANRB 3/2020)"}, true
	case ReasonTalentRotate:
		return entry{"kotak talenta %d: direkomendasikan rotasi (PermenPANRB 3/2020)", "talent box %d: rotation recommended (PermenPANRB 3/2020)"}, true
	case ReasonPromotion:
		return entry{"promosi dari %s ke %s (%s)", "promotion from %s to %s (%s)"}, true
	case ReasonFillsVacancy:
		return entry{"mengisi jabatan lowong %s (%s) yang kosong sebelum rencana ini", "fills the vacancy %s (%s), empty before the plan"}, true
	case ReasonSucceeds:
		return entry{"menggantikan %s pada %s (%s)", "succeeds %s in %s (%s)"}, true
	case ReasonFateRetires:
		return entry{"pensiun", "retires"}, true
	case ReasonFateDemoted:
		return entry{"diturunkan jabatannya", "demoted"}, true
	case ReasonFateReleased:
		return entry{"dibebaskan dari jabatan", "released"}, true
	case ReasonFateMoves:
		return entry{"pindah ke %s", "moves to %s"}, true
	case ReasonReleased:
		return entry{"dibebaskan", "released"}, true
	case ReasonDemoted:
		return entry{"diturunkan", "demoted"}, true
	case ReasonNotPlaced:
		return entry{"tidak ditempatkan", "not placed"}, true
	case ReasonElsewhere:
		return entry{"selain itu", "and elsewhere"}, true
	case ReasonBecause:
		return entry{"%s: %s (%s)", "%s: %s (%s)"}, true
	case ReasonDemotedTo:
		return entry{"diturunkan ke jabatan %s, satu tingkat lebih rendah, di luar jabatan dalam data (PP 94/2021 Pasal 8 ayat (4) huruf a)",
			"demoted to a %s post, one level lower, outside the roster's posts (PP 94/2021 Pasal 8 ayat (4) huruf a)"}, true
	case ReasonNoPosts:
		return entry{"%s: data tidak memuat jabatan", "%s: the roster has no posts"}, true
	case ReasonNoPostOpen:
		return entry{"%s: tidak ada jabatan yang terbuka bagi pejabat ini (%s)", "%s: no post is open to this official (%s)"}, true
	case ReasonAllTaken:
		return entry{"%s: semua jabatan yang dapat didudukinya (%d) diberikan kepada calon dengan skor lebih tinggi",
			"%s: every post it could take (%d) went to a higher-scoring candidate"}, true
	case ReasonBelowCosts:
		return entry{"%s: skornya pada jabatan lowong %s (%s) di bawah minus jumlah biaya lowong dan biaya pembebasan (%s)",
			"%s: its score in the vacant %s (%s) is below minus the vacancy and release costs (%s)"}, true
	case ReasonReleaseCost:
		return entry{"biaya pembebasan %s (%s)", "release cost %s (%s)"}, true
	case ReasonKeepsOutside:
		return entry{"tetap memegang jabatannya di luar data (eselon %s)", "keeps the post held outside the roster (eselon %s)"}, true
	case ReasonRetires:
		return entry{"pensiun %s (BUP %d), pada atau sebelum tanggal rencana %s: pensiun (R-BUP)",
			"pensiun %s (BUP %d), on or before the plan date %s: retires (R-BUP)"}, true
	case ReasonRetireDecree:
		return entry{"pensiun ditetapkan dengan keputusan tersendiri (SK pensiun): tidak dicantumkan dalam lampiran mutasi ini",
			"the retirement has its own decree (SK pensiun): not listed in the lampiran of this reshuffle"}, true
	case ReasonTenureDueKept:
		return entry{"%s pada jabatan: sudah waktunya rotasi (R-TENURE-MAX), tetap karena tidak ada perpindahan dengan skor lebih tinggi",
			"%s in post: rotation due (R-TENURE-MAX), kept because no move scores higher"}, true
	case ReasonTenureDue:
		return entry{"%s pada jabatan: sudah waktunya rotasi (R-TENURE-MAX)", "%s in post: rotation due (R-TENURE-MAX)"}, true
	case ReasonTenureNew:
		return entry{"baru diangkat: %s pada jabatan (R-TENURE-MIN)", "new appointee: %s in post (R-TENURE-MIN)"}, true
	case ReasonTenureEarly:
		return entry{"dipindah setelah baru %s pada jabatan (R-TENURE-MIN tidak berlaku atau dikecualikan)",
			"moved after only %s in post (R-TENURE-MIN off or exempted)"}, true
	case ReasonTenureIn:
		return entry{"%s pada jabatan, rotasi jatuh tempo dalam %s (R-TENURE-MAX)", "%s in post, rotation due in %s (R-TENURE-MAX)"}, true

	case WarnApproval:
		return entry{"jabatan ini memerlukan persetujuan: %s", "the post needs approval: %s"}, true
	case WarnKMS:
		return entry{"JPM %s termasuk KMS (di bawah 68%%) terhadap standar kompetensi %s", "JPM %s is KMS (below 68%%) against %s's standard"}, true
	case WarnRetireStay:
		return entry{"pensiun %s (BUP %d), dalam jangka perencanaan %d bulan: tetap menjabat sampai saat itu, jabatannya akan lowong",
			"pensiun %s (BUP %d), within the %d-month horizon: stays until then, the post is an upcoming vacancy"}, true
	case WarnRetireWithin:
		return entry{"pensiun %s (BUP %d), dalam jangka perencanaan %d bulan", "pensiun %s (BUP %d), within the %d-month horizon"}, true
	case WarnRetireAfter:
		return entry{"pensiun %s (BUP %d), %s setelah jangka perencanaan %d bulan: siapkan penggantinya",
			"pensiun %s (BUP %d), %s after the %d-month horizon: prepare a successor"}, true
	case WarnOverdue:
		return entry{"rotasi terlambat: %s pada jabatan (R-TENURE-MAX)", "rotation overdue: %s in post (R-TENURE-MAX)"}, true

	case VacancyNone:
		return entry{"tidak ada calon yang memenuhi syarat", "no eligible candidate"}, true
	case VacancySelection:
		return entry{"%s: perlu seleksi terbuka (UU 5/2014 Pasal 108 ayat (3), Pasal 113)",
			"%s: needs an open selection (seleksi terbuka; UU 5/2014 Pasal 108 ayat (3), Pasal 113)"}, true
	case VacancyNoneNamed:
		return entry{"%s, yang hasilnya tidak menyebut calon yang memenuhi syarat untuk jabatan ini",
			"%s, whose results name no eligible candidate for it"}, true
	case VacancyBlocked:
		return entry{"%s; terhalang oleh %s", "%s; blocked by %s"}, true
	case VacancyEligible1:
		return entry{"%d calon memenuhi syarat", "%d eligible candidate"}, true
	case VacancyEligible:
		return entry{"%d calon memenuhi syarat", "%d eligible candidates"}, true
	case VacancyAllPlaced:
		return entry{"%s, semuanya ditempatkan pada jabatan yang memberi skor rencana lebih tinggi",
			"%s, all placed where the plan scores higher"}, true
	case VacancySome:
		return entry{"%s: %d ditempatkan pada jabatan yang memberi skor rencana lebih tinggi, %d tidak mendapat jabatan karena skornya di sini tidak menutup biaya lowong dan biaya pembebasan",
			"%s: %d placed where the plan scores higher, %d left without a post because their score here does not cover the vacancy and release costs"}, true

	case ActingReason:
		return entry{"%s (eselon %s), %s, %s; %s; %s", "%s (eselon %s), %s, %s; %s; %s"}, true
	case ActingOtherUnit:
		return entry{"OPD lain", "another OPD"}, true
	case ActingSameUnit:
		return entry{"OPD yang sama", "the same OPD"}, true
	case ActingSameLevel:
		return entry{"tingkat yang sama", "the same level"}, true
	case ActingLevelBelow:
		return entry{"satu tingkat di bawah", "one level below"}, true
	case ActingNotAssessed:
		return entry{"kompetensi belum diukur", "not assessed"}, true
	case ActingFit:
		return entry{"JPM %s terhadap standar kompetensi jabatan", "JPM %s against the post's standard"}, true
	case ActingOutside:
		return entry{"jabatan di luar data", "a post outside the roster"}, true

	case CalendarElection:
		return entry{"UU 10/2016 Pasal 71 ayat (2): tanggal rencana %s berada dalam masa sejak 6 bulan sebelum penetapan pasangan calon (%s; penetapan %s) sampai %s: penggantian pejabat hanya dengan persetujuan tertulis Menteri Dalam Negeri",
			"UU 10/2016 Pasal 71 ayat (2): the plan date %s falls from 6 months before the candidates are set (%s, set on %s) to %s: no replacement of officials without the written approval of the Minister of Home Affairs"}, true
	case CalendarTermEnd:
		return entry{"akhir masa jabatan (tanggalnya tidak diketahui)", "the end of the term (date unknown)"}, true
	case CalendarTermEndOn:
		return entry{"akhir masa jabatan pada %s", "the end of the term on %s"}, true
	case CalendarInauguration:
		return entry{"UU 10/2016 Pasal 162 ayat (3): tanggal rencana %s masih dalam 6 bulan sejak pelantikan pada %s (sampai %s): penggantian pejabat memerlukan persetujuan tertulis Menteri Dalam Negeri",
			"UU 10/2016 Pasal 162 ayat (3): the plan date %s is within 6 months of the inauguration on %s (until %s): replacing officials needs the written approval of the Minister of Home Affairs"}, true
	case CalendarActing:
		return entry{"PP 49/2008 Pasal 132A ayat (1) huruf a dan ayat (2): kepala daerah adalah penjabat (Pj), yang hanya dapat memutasi pejabat dengan persetujuan tertulis Menteri Dalam Negeri",
			"PP 49/2008 Pasal 132A ayat (1) huruf a and ayat (2): the regional head is an acting one (penjabat, Pj), who moves officials only with the written approval of the Minister of Home Affairs"}, true

	case BudgetKept:
		return entry{"tetap pada jabatannya karena batas %d mutasi (rencana terbaik tanpa batas itu: %s)",
			"kept in post by the move budget of %d (the best plan without it: %s)"}, true
	case BudgetRelease:
		return entry{"dibebaskan", "release"}, true
	case BudgetTypeWith:
		return entry{"%s, %s", "%s, %s"}, true
	case BudgetVacant:
		return entry{"%s; dibiarkan lowong karena batas %d mutasi (rencana terbaik tanpa batas itu mengisinya)",
			"%s; left vacant by the move budget of %d (the best plan without it fills it)"}, true

	case DiffOnlyScenario:
		return entry{"hanya ada dalam data skenario", "only in the scenario's roster"}, true
	case DiffNotScenario:
		return entry{"tidak ada dalam data skenario", "not in the scenario's roster"}, true
	case DiffScore:
		return entry{"skor %s → %s%s", "score %s → %s%s"}, true
	case DiffComponents:
		return entry{": %s", ": %s"}, true
	case DiffComponent:
		return entry{"%s %s%s", "%s %s%s"}, true
	case DiffMore:
		return entry{"dan %d lainnya", "and %d more"}, true
	case DiffTie:
		return entry{": skor sama pada kedua jabatan, kesamaan skor diputus ke arah lain", ": the same score in either post, a tie broken the other way"}, true
	case DiffGivesWay:
		return entry{"%s; memberi tempat agar nilai total rencana bertambah di tempat lain", "%s; gives way so that the plan's total gains elsewhere"}, true
	}
	return entry{}, false
}
