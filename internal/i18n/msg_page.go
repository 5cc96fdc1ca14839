package i18n

import "strings"

// The words of the page (mutasi serve): its labels, buttons and notes. The
// page fetches them from GET /api/messages in the language it shows
// (PageMessages); the plan's own texts (reasons, warnings, problems,
// errors) come with each answer, rendered in that language.
const (
	PageTitle              Key = "page.title"
	PageLoad               Key = "page.load"
	PageOfficials          Key = "page.officials"
	PagePositions          Key = "page.positions"
	PageWorkbook           Key = "page.workbook"
	PageUpload             Key = "page.upload"
	PageUseSample          Key = "page.use_sample"
	PageTune               Key = "page.tune"
	PageRules              Key = "page.rules"
	PagePlanDate           Key = "page.plan_date"
	PageDecisions          Key = "page.decisions"
	PageDownload           Key = "page.download"
	PageDlPdf              Key = "page.dl_pdf"
	PageDlXlsx             Key = "page.dl_xlsx"
	PageDlCsv              Key = "page.dl_csv"
	PageDlJson             Key = "page.dl_json"
	PageDlPolicy           Key = "page.dl_policy"
	PagePlan               Key = "page.plan"
	PageShowStays          Key = "page.show_stays"
	PageOnlyChanged        Key = "page.only_changed"
	PageMakeBase           Key = "page.make_base"
	PageShowAlts           Key = "page.show_alts"
	PageColNo              Key = "page.col_no"
	PageColName            Key = "page.col_name"
	PageColRank            Key = "page.col_rank"
	PageColFrom            Key = "page.col_from"
	PageColTo              Key = "page.col_to"
	PageColType            Key = "page.col_type"
	PageColScore           Key = "page.col_score"
	PageColActions         Key = "page.col_actions"
	PagePin                Key = "page.pin"
	PageForbid             Key = "page.forbid"
	PagePinTitle           Key = "page.pin_title"
	PageForbidTitle        Key = "page.forbid_title"
	PageNoDecisions        Key = "page.no_decisions"
	PageRemove             Key = "page.remove"
	PagePinned             Key = "page.pinned"
	PageForbidden          Key = "page.forbidden"
	PageRelease            Key = "page.release"
	PageWPerformance       Key = "page.w_performance"
	PageWFit               Key = "page.w_fit"
	PageWTenure            Key = "page.w_tenure"
	PageWTalent            Key = "page.w_talent"
	PageWFamily            Key = "page.w_family"
	PageWVacancy           Key = "page.w_vacancy"
	PageWRelease           Key = "page.w_release"
	PageTPromote           Key = "page.t_promote"
	PageTRotate            Key = "page.t_rotate"
	PageTFill              Key = "page.t_fill"
	PageTRelease           Key = "page.t_release"
	PageTUnplaced          Key = "page.t_unplaced"
	PageTStay              Key = "page.t_stay"
	PageVacant             Key = "page.vacant"
	PageChanged            Key = "page.changed"
	PageMeanJpm            Key = "page.mean_jpm"
	PageCertificate        Key = "page.certificate"
	PageOptimal            Key = "page.optimal"
	PageNotOptimal         Key = "page.not_optimal"
	PageStale              Key = "page.stale"
	PageStaleNote          Key = "page.stale_note"
	PageBadDate            Key = "page.bad_date"
	PageObjective          Key = "page.objective"
	PageServer             Key = "page.server"
	PageBefore             Key = "page.before"
	PageVacantPosts        Key = "page.vacant_posts"
	PageProblems           Key = "page.problems"
	PageFile               Key = "page.file"
	PageRow                Key = "page.row"
	PageColumn             Key = "page.column"
	PageValue              Key = "page.value"
	PageReason             Key = "page.reason"
	PageSeverity           Key = "page.severity"
	PageLoading            Key = "page.loading"
	PageSolving            Key = "page.solving"
	PageReady              Key = "page.ready"
	PageNoPlan             Key = "page.no_plan"
	PageExplainTitle       Key = "page.explain_title"
	PageComponents         Key = "page.components"
	PageCompetencies       Key = "page.competencies"
	PageActual             Key = "page.actual"
	PageRequired           Key = "page.required"
	PageGap                Key = "page.gap"
	PageConstraints        Key = "page.constraints"
	PagePosts              Key = "page.posts"
	PageAlternatives       Key = "page.alternatives"
	PagePlace              Key = "page.place"
	PagePinHere            Key = "page.pin_here"
	PageStatus             Key = "page.status"
	PageReasons            Key = "page.reasons"
	PageWarnings           Key = "page.warnings"
	PageFlips              Key = "page.flips"
	PageNoneOpen           Key = "page.none_open"
	PageAltPlan            Key = "page.alt_plan"
	PageLower              Key = "page.lower"
	PageTie                Key = "page.tie"
	PageNoAlts             Key = "page.no_alts"
	PageMove               Key = "page.move"
	PageNoPost             Key = "page.no_post"
	PageLoadedRows         Key = "page.loaded_rows"
	PageChooseFiles        Key = "page.choose_files"
	PageSevError           Key = "page.sev_error"
	PageSevWarning         Key = "page.sev_warning"
	PagePinAny             Key = "page.pin_any"
	PageFree               Key = "page.free"
	PageLocked             Key = "page.locked"
	PageMustLeave          Key = "page.must_leave"
	PageRuleRTenureMin     Key = "page.rule_r_tenure_min"
	PageRuleRTenureMax     Key = "page.rule_r_tenure_max"
	PageRuleRRank          Key = "page.rule_r_rank"
	PageRuleRBup           Key = "page.rule_r_bup"
	PageRuleRSanction      Key = "page.rule_r_sanction"
	PageRuleRTraining      Key = "page.rule_r_training"
	PageRuleRPromotion     Key = "page.rule_r_promotion"
	PageRuleRJpmMin        Key = "page.rule_r_jpm_min"
	PageRuleRFamily        Key = "page.rule_r_family"
	PageParams             Key = "page.params"
	PagePTenureMinMonths   Key = "page.p_tenure_min_months"
	PagePTenureMaxMonths   Key = "page.p_tenure_max_months"
	PagePHorizonMonths     Key = "page.p_horizon_months"
	PagePJptMaxAge         Key = "page.p_jpt_max_age"
	PagePAdminMinMonths    Key = "page.p_admin_min_months"
	PagePJpmMinValue       Key = "page.p_jpm_min_value"
	PageCPerformance       Key = "page.c_performance"
	PageCFit               Key = "page.c_fit"
	PageCTenure            Key = "page.c_tenure"
	PageCTalent            Key = "page.c_talent"
	PageCFamily            Key = "page.c_family"
	PageCRelease           Key = "page.c_release"
	PageCContinuity        Key = "page.c_continuity"
	PageSelectionFile      Key = "page.selection_file"
	PageActing             Key = "page.acting"
	PageUpcomingPosts      Key = "page.upcoming_posts"
	PageApprovalNeeded     Key = "page.approval_needed"
	PageRuleREducation     Key = "page.rule_r_education"
	PageRuleREvaluation    Key = "page.rule_r_evaluation"
	PageRuleRJptSelection  Key = "page.rule_r_jpt_selection"
	PageRuleRJptRotation   Key = "page.rule_r_jpt_rotation"
	PageRuleRReleaseCause  Key = "page.rule_r_release_cause"
	PagePPengawasMinMonths Key = "page.p_pengawas_min_months"
	PageMaxMoves           Key = "page.max_moves"
	PageNoLimit            Key = "page.no_limit"
	PageShowFrontier       Key = "page.show_frontier"
	PageFrontierTitle      Key = "page.frontier_title"
	PageFrontierHint       Key = "page.frontier_hint"
	PageFrontierMoves      Key = "page.frontier_moves"
	PageFrontierObjective  Key = "page.frontier_objective"
	PageBudgetCard         Key = "page.budget_card"
	PageBudgetGap          Key = "page.budget_gap"
	PagePerMove            Key = "page.per_move"
	PageEg                 Key = "page.eg"
	PageSolverDetails      Key = "page.solver_details"
	PageCVacancy           Key = "page.c_vacancy"
)

// pageKeys lists the page's own messages.
func pageKeys() []Key {
	return []Key{
		PageTitle,
		PageLoad,
		PageOfficials,
		PagePositions,
		PageWorkbook,
		PageUpload,
		PageUseSample,
		PageTune,
		PageRules,
		PagePlanDate,
		PageDecisions,
		PageDownload,
		PageDlPdf,
		PageDlXlsx,
		PageDlCsv,
		PageDlJson,
		PageDlPolicy,
		PagePlan,
		PageShowStays,
		PageOnlyChanged,
		PageMakeBase,
		PageShowAlts,
		PageColNo,
		PageColName,
		PageColRank,
		PageColFrom,
		PageColTo,
		PageColType,
		PageColScore,
		PageColActions,
		PagePin,
		PageForbid,
		PagePinTitle,
		PageForbidTitle,
		PageNoDecisions,
		PageRemove,
		PagePinned,
		PageForbidden,
		PageRelease,
		PageWPerformance,
		PageWFit,
		PageWTenure,
		PageWTalent,
		PageWFamily,
		PageWVacancy,
		PageWRelease,
		PageTPromote,
		PageTRotate,
		PageTFill,
		PageTRelease,
		PageTUnplaced,
		PageTStay,
		PageVacant,
		PageChanged,
		PageMeanJpm,
		PageCertificate,
		PageOptimal,
		PageNotOptimal,
		PageStale,
		PageStaleNote,
		PageBadDate,
		PageObjective,
		PageServer,
		PageBefore,
		PageVacantPosts,
		PageProblems,
		PageFile,
		PageRow,
		PageColumn,
		PageValue,
		PageReason,
		PageSeverity,
		PageLoading,
		PageSolving,
		PageReady,
		PageNoPlan,
		PageExplainTitle,
		PageComponents,
		PageCompetencies,
		PageActual,
		PageRequired,
		PageGap,
		PageConstraints,
		PagePosts,
		PageAlternatives,
		PagePlace,
		PagePinHere,
		PageStatus,
		PageReasons,
		PageWarnings,
		PageFlips,
		PageNoneOpen,
		PageAltPlan,
		PageLower,
		PageTie,
		PageNoAlts,
		PageMove,
		PageNoPost,
		PageLoadedRows,
		PageChooseFiles,
		PageSevError,
		PageSevWarning,
		PagePinAny,
		PageFree,
		PageLocked,
		PageMustLeave,
		PageRuleRTenureMin,
		PageRuleRTenureMax,
		PageRuleRRank,
		PageRuleRBup,
		PageRuleRSanction,
		PageRuleRTraining,
		PageRuleRPromotion,
		PageRuleRJpmMin,
		PageRuleRFamily,
		PageParams,
		PagePTenureMinMonths,
		PagePTenureMaxMonths,
		PagePHorizonMonths,
		PagePJptMaxAge,
		PagePAdminMinMonths,
		PagePJpmMinValue,
		PageCPerformance,
		PageCFit,
		PageCTenure,
		PageCTalent,
		PageCFamily,
		PageCRelease,
		PageCContinuity,
		PageSelectionFile,
		PageActing,
		PageUpcomingPosts,
		PageApprovalNeeded,
		PageRuleREducation,
		PageRuleREvaluation,
		PageRuleRJptSelection,
		PageRuleRJptRotation,
		PageRuleRReleaseCause,
		PagePPengawasMinMonths,
		PageMaxMoves,
		PageNoLimit,
		PageShowFrontier,
		PageFrontierTitle,
		PageFrontierHint,
		PageFrontierMoves,
		PageFrontierObjective,
		PageBudgetCard,
		PageBudgetGap,
		PagePerMove,
		PageEg,
		PageSolverDetails,
		PageCVacancy,
	}
}

func pageEntry(k Key) (entry, bool) {
	switch k {
	case PageTitle:
		return entry{"Perencanaan Mutasi Pejabat", "Civil servant reshuffle planning"}, true
	case PageLoad:
		return entry{"1. Muat data", "1. Load data"}, true
	case PageOfficials:
		return entry{"Pejabat (CSV/XLSX)", "Officials (CSV/XLSX)"}, true
	case PagePositions:
		return entry{"Jabatan (CSV/XLSX)", "Positions (CSV/XLSX)"}, true
	case PageWorkbook:
		return entry{"atau satu buku kerja (XLSX, lembar pejabat + jabatan)", "or one workbook (XLSX, sheets officials + positions)"}, true
	case PageUpload:
		return entry{"Unggah", "Upload"}, true
	case PageUseSample:
		return entry{"Pakai data contoh", "Use the sample"}, true
	case PageTune:
		return entry{"2. Atur bobot dan aturan", "2. Weights and rules"}, true
	case PageRules:
		return entry{"Aturan", "Rules"}, true
	case PagePlanDate:
		return entry{"Tanggal rencana", "Plan date"}, true
	case PageDecisions:
		return entry{"Keputusan", "Decisions"}, true
	case PageDownload:
		return entry{"Unduh", "Download"}, true
	case PageDlPdf:
		return entry{"Lampiran SK (PDF)", "Lampiran SK (PDF)"}, true
	case PageDlXlsx:
		return entry{"Lampiran SK (XLSX)", "Lampiran SK (XLSX)"}, true
	case PageDlCsv:
		return entry{"Lampiran SK (CSV)", "Lampiran SK (CSV)"}, true
	case PageDlJson:
		return entry{"Rencana (JSON)", "Plan (JSON)"}, true
	case PageDlPolicy:
		return entry{"Berkas kebijakan (policy.toml)", "Policy file (policy.toml)"}, true
	case PagePlan:
		return entry{"3. Rencana", "3. Plan"}, true
	case PageShowStays:
		return entry{"tampilkan yang tetap", "show stays"}, true
	case PageOnlyChanged:
		return entry{"hanya yang berubah", "changed only"}, true
	case PageMakeBase:
		return entry{"Jadikan rencana dasar", "Make this the base plan"}, true
	case PageShowAlts:
		return entry{"3 rencana terbaik berikutnya", "next 3 best plans"}, true
	case PageColNo:
		return entry{"No", "No"}, true
	case PageColName:
		return entry{"Nama / NIP", "Name / NIP"}, true
	case PageColRank:
		return entry{"Gol", "Rank"}, true
	case PageColFrom:
		return entry{"Jabatan lama", "Current post"}, true
	case PageColTo:
		return entry{"Jabatan baru", "New post"}, true
	case PageColType:
		return entry{"Jenis", "Move"}, true
	case PageColScore:
		return entry{"Skor", "Score"}, true
	case PageColActions:
		return entry{"Keputusan", "Decide"}, true
	case PagePin:
		return entry{"Kunci", "Pin"}, true
	case PageForbid:
		return entry{"Larang", "Forbid"}, true
	case PagePinTitle:
		return entry{"kunci pejabat ini di jabatan ini", "pin this official to this post"}, true
	case PageForbidTitle:
		return entry{"larang pejabat ini di jabatan ini", "forbid this official this post"}, true
	case PageNoDecisions:
		return entry{"belum ada keputusan", "no decisions yet"}, true
	case PageRemove:
		return entry{"hapus", "remove"}, true
	case PagePinned:
		return entry{"dikunci", "pinned"}, true
	case PageForbidden:
		return entry{"dilarang", "forbidden"}, true
	case PageRelease:
		return entry{"non-job", "release"}, true
	case PageWPerformance:
		return entry{"Kinerja × prioritas jabatan", "Performance × post priority"}, true
	case PageWFit:
		return entry{"Kesesuaian kompetensi (JPM)", "Competency fit (JPM)"}, true
	case PageWTenure:
		return entry{"Masa jabatan", "Tenure in post"}, true
	case PageWTalent:
		return entry{"Kotak talenta", "Talent box"}, true
	case PageWFamily:
		return entry{"Rumpun jabatan", "Job family"}, true
	case PageWVacancy:
		return entry{"Biaya jabatan lowong", "Cost of a vacant post"}, true
	case PageWRelease:
		return entry{"Biaya non-job", "Cost of a release (non-job)"}, true
	case PageTPromote:
		return entry{"Promosi", "Promotion"}, true
	case PageTRotate:
		return entry{"Rotasi", "Rotation"}, true
	case PageTFill:
		return entry{"Pengangkatan", "Appointment"}, true
	case PageTRelease:
		return entry{"Non-job", "Release"}, true
	case PageTUnplaced:
		return entry{"Tidak ditempatkan", "Not placed"}, true
	case PageTStay:
		return entry{"Tetap", "Stays"}, true
	case PageVacant:
		return entry{"Lowong", "Vacant"}, true
	case PageChanged:
		return entry{"Berubah", "Changed"}, true
	case PageMeanJpm:
		return entry{"JPM rata-rata", "Mean JPM"}, true
	case PageCertificate:
		return entry{"Sertifikat", "Certificate"}, true
	case PageOptimal:
		return entry{"optimal ✓", "optimal ✓"}, true
	case PageNotOptimal:
		return entry{"belum terbukti ✗", "not proven ✗"}, true
	case PageStale:
		return entry{"kedaluwarsa ✗", "out of date ✗"}, true
	case PageStaleNote:
		return entry{"Rencana di bawah belum memakai perubahan terakhir: perbaiki isian yang ditandai.", "The plan below does not include the last change: correct the field marked."}, true
	case PageBadDate:
		return entry{"Tanggal tidak sah (tulis tahun empat angka, mis. 2027-01-04): rencana belum dihitung ulang.", "Not a valid date (write a four-digit year, e.g. 2027-01-04): the plan was not solved again."}, true
	case PageObjective:
		return entry{"Nilai total", "Objective"}, true
	case PageServer:
		return entry{"server", "server"}, true
	case PageBefore:
		return entry{"Sebelumnya", "Before"}, true
	case PageVacantPosts:
		return entry{"Jabatan lowong", "Vacant posts"}, true
	case PageProblems:
		return entry{"Masalah dalam berkas", "Problems in the files"}, true
	case PageFile:
		return entry{"Berkas", "File"}, true
	case PageRow:
		return entry{"Baris", "Row"}, true
	case PageColumn:
		return entry{"Kolom", "Column"}, true
	case PageValue:
		return entry{"Nilai", "Value"}, true
	case PageReason:
		return entry{"Alasan", "Reason"}, true
	case PageSeverity:
		return entry{"Jenis", "Kind"}, true
	case PageLoading:
		return entry{"memuat…", "loading…"}, true
	case PageSolving:
		return entry{"menghitung…", "solving…"}, true
	case PageReady:
		return entry{"siap", "ready"}, true
	case PageNoPlan:
		return entry{"belum ada rencana", "no plan yet"}, true
	case PageExplainTitle:
		return entry{"Penjelasan", "Explanation"}, true
	case PageComponents:
		return entry{"Komponen skor", "Score components"}, true
	case PageCompetencies:
		return entry{"Kompetensi terhadap", "Competencies against"}, true
	case PageActual:
		return entry{"dimiliki", "actual"}, true
	case PageRequired:
		return entry{"standar", "required"}, true
	case PageGap:
		return entry{"selisih", "gap"}, true
	case PageConstraints:
		return entry{"Aturan yang menutup jabatan", "Rules that close posts"}, true
	case PagePosts:
		return entry{"jabatan", "posts"}, true
	case PageAlternatives:
		return entry{"Alternatif terbaik", "Best alternatives"}, true
	case PagePlace:
		return entry{"Tempat", "Place"}, true
	case PagePinHere:
		return entry{"Kunci di sini", "Pin here"}, true
	case PageStatus:
		return entry{"Status", "Status"}, true
	case PageReasons:
		return entry{"Alasan", "Reasons"}, true
	case PageWarnings:
		return entry{"Peringatan", "Warnings"}, true
	case PageFlips:
		return entry{"Bobot yang membalik pilihan", "Weights that flip the choice"}, true
	case PageNoneOpen:
		return entry{"tidak ada tempat lain yang terbuka", "no other place is open"}, true
	case PageAltPlan:
		return entry{"Rencana alternatif", "Alternative plan"}, true
	case PageLower:
		return entry{"lebih rendah", "lower"}, true
	case PageTie:
		return entry{"sama baiknya", "equally good"}, true
	case PageNoAlts:
		return entry{"tidak ada rencana lain", "no other plan"}, true
	case PageMove:
		return entry{"Langkah", "Move"}, true
	case PageNoPost:
		return entry{"tanpa jabatan", "no post"}, true
	case PageLoadedRows:
		return entry{"pejabat, jabatan", "officials, posts"}, true
	case PageChooseFiles:
		return entry{"pilih berkas dulu", "choose the files first"}, true
	case PageSevError:
		return entry{"kesalahan", "error"}, true
	case PageSevWarning:
		return entry{"peringatan", "warning"}, true
	case PagePinAny:
		return entry{"kunci di jabatan lain (id)…", "pin to another post (id)…"}, true
	case PageFree:
		return entry{"bebas dipindah", "free to move"}, true
	case PageLocked:
		return entry{"terkunci di jabatannya", "locked in post"}, true
	case PageMustLeave:
		return entry{"harus pindah", "must leave"}, true
	case PageRuleRTenureMin:
		return entry{"minimal 2 tahun dalam jabatan", "at least 2 years in post"}, true
	case PageRuleRTenureMax:
		return entry{"wajib pindah setelah 5 tahun", "must move after 5 years"}, true
	case PageRuleRRank:
		return entry{"golongan cukup untuk eselon", "rank fits the eselon"}, true
	case PageRuleRBup:
		return entry{"pensiun: keluar; pensiun dalam jangka perencanaan: tetap sampai saat itu", "retired: leaves; retiring within the horizon: stays until then"}, true
	case PageRuleRSanction:
		return entry{"hukuman disiplin menurut jenisnya (PP 94/2021)", "discipline sanctions by kind (PP 94/2021)"}, true
	case PageRuleRTraining:
		return entry{"peserta PKN II hanya promosi (kebijakan daerah)", "PKN II trainees: promotion only (regional policy)"}, true
	case PageRuleRPromotion:
		return entry{"naik satu tingkat, syarat calon JPT dan administrator", "one level up, JPT and administrator requirements"}, true
	case PageRuleRJpmMin:
		return entry{"JPM minimal", "minimum JPM"}, true
	case PageRuleRFamily:
		return entry{"tetap dalam rumpun jabatan", "stay within the job family"}, true
	case PageParams:
		return entry{"Parameter aturan", "Rule parameters"}, true
	case PagePTenureMinMonths:
		return entry{"bulan minimal dalam jabatan", "minimum months in post"}, true
	case PagePTenureMaxMonths:
		return entry{"bulan maksimal dalam jabatan", "maximum months in post"}, true
	case PagePHorizonMonths:
		return entry{"jangka perencanaan pensiun (bulan)", "retirement horizon (months)"}, true
	case PagePJptMaxAge:
		return entry{"usia maksimal calon JPT", "oldest JPT candidate (years)"}, true
	case PagePAdminMinMonths:
		return entry{"bulan minimal sebagai administrator", "minimum months as administrator"}, true
	case PagePJpmMinValue:
		return entry{"batas JPM (0–1)", "JPM floor (0–1)"}, true
	case PageCPerformance:
		return entry{"kinerja", "performance"}, true
	case PageCFit:
		return entry{"kesesuaian (JPM)", "fit (JPM)"}, true
	case PageCTenure:
		return entry{"masa jabatan", "tenure"}, true
	case PageCTalent:
		return entry{"talenta", "talent"}, true
	case PageCFamily:
		return entry{"rumpun", "family"}, true
	case PageCRelease:
		return entry{"non-job", "release"}, true
	case PageCContinuity:
		return entry{"kesinambungan", "continuity"}, true
	case PageSelectionFile:
		return entry{"Hasil seleksi terbuka JPT (CSV/XLSX, opsional)", "JPT open-selection results (CSV/XLSX, optional)"}, true
	case PageActing:
		return entry{"Plt", "acting (Plt)"}, true
	case PageUpcomingPosts:
		return entry{"Akan lowong (pensiun dalam jangka perencanaan)", "Upcoming vacancies (retirement within the horizon)"}, true
	case PageApprovalNeeded:
		return entry{"Perlu persetujuan Mendagri", "Minister's approval required"}, true
	case PageRuleREducation:
		return entry{"administrator dan JPT minimal S1/D4", "administrator and JPT: at least S1/D4"}, true
	case PageRuleREvaluation:
		return entry{"hasil evaluasi: tetap, rotasi, istirahat", "evaluation outcome: tetap, rotasi, istirahat"}, true
	case PageRuleRJptSelection:
		return entry{"JPT dari hasil seleksi terbuka", "JPT from the open selection"}, true
	case PageRuleRJptRotation:
		return entry{"rotasi JPT setelah uji kompetensi", "JPT rotation after a competency test"}, true
	case PageRuleRReleaseCause:
		return entry{"non-job hanya dengan alasan", "non-job only with a cause"}, true
	case PageMaxMoves:
		return entry{"Jumlah mutasi maksimal", "Maximum number of moves"}, true
	case PageNoLimit:
		return entry{"tanpa batas", "no limit"}, true
	case PageShowFrontier:
		return entry{"Jumlah mutasi dan nilai", "Moves against objective"}, true
	case PageFrontierTitle:
		return entry{"Batas efisien: nilai rencana terbaik menurut jumlah mutasi", "Frontier: the objective of the best plan by number of moves"}, true
	case PageFrontierHint:
		return entry{"Klik titik untuk memakai jumlah itu sebagai batas. Di antara dua titik, rencana terbaik tidak melampaui garis penghubungnya.", "Click a point to use that number as the budget. Between two points, no plan beats the line joining them."}, true
	case PageFrontierMoves:
		return entry{"pemangku pindah", "holders who move"}, true
	case PageFrontierObjective:
		return entry{"nilai", "objective"}, true
	case PageBudgetCard:
		return entry{"Batas mutasi", "Move budget"}, true
	case PageBudgetGap:
		return entry{"selisih dari batas atas", "gap to the upper bound"}, true
	case PagePerMove:
		return entry{"per mutasi", "per move"}, true
	case PageEg:
		return entry{"mis.", "e.g."}, true
	case PageSolverDetails:
		return entry{"Rincian perhitungan pemecah", "The solver's working"}, true
	case PageCVacancy:
		return entry{"jabatan lowong", "vacancy"}, true
	case PagePPengawasMinMonths:
		return entry{"bulan minimal sebagai pengawas", "minimum months as pengawas"}, true
	}
	return entry{}, false
}

// PageMessages returns the page's words in l, by code without "page."
// ("title"), with the move types' labels ("move.promote") and the score's
// components ("component.fit") under their own codes: what GET
// /api/messages serves.
func PageMessages(l Lang) map[string]string {
	out := map[string]string{}
	for _, k := range pageKeys() {
		out[strings.TrimPrefix(string(k), "page.")] = l.T(k)
	}
	for _, k := range []Key{MovePromote, MoveRotate, MoveFill, MoveDemote, MoveRelease, MoveRetire, MoveUnplaced, MoveStay,
		ComponentPerformance, ComponentFit, ComponentTenure, ComponentTalent, ComponentFamily, ComponentRelease, ComponentVacancy} {
		out[string(k)] = l.T(k)
	}
	return out
}
