package i18n

// The regulation or practice each rule of eligibility comes from
// (model.RuleCatalog), shown beside the rule on the page.
const (
	RuleSourceTenureMin    Key = "rule.source_tenure_min"
	RuleSourceTenureMax    Key = "rule.source_tenure_max"
	RuleSourceRank         Key = "rule.source_rank"
	RuleSourceBup          Key = "rule.source_bup"
	RuleSourceSanction     Key = "rule.source_sanction"
	RuleSourceTraining     Key = "rule.source_training"
	RuleSourcePromotion    Key = "rule.source_promotion"
	RuleSourceEducation    Key = "rule.source_education"
	RuleSourceEvaluation   Key = "rule.source_evaluation"
	RuleSourceJptSelection Key = "rule.source_jpt_selection"
	RuleSourceJptRotation  Key = "rule.source_jpt_rotation"
	RuleSourceReleaseCause Key = "rule.source_release_cause"
	RuleSourceJpmMin       Key = "rule.source_jpm_min"
	RuleSourceFamily       Key = "rule.source_family"
	RuleSourceDecision     Key = "rule.source_decision"
)

func ruleSourceEntry(k Key) (entry, bool) {
	switch k {
	case RuleSourceTenureMin:
		return entry{"PP 11/2017 Pasal 190(3); UU 5/2014 Pasal 116 (JPT); pengecualian menurut SE MenPANRB 19/2023", "PP 11/2017 Pasal 190(3); UU 5/2014 Pasal 116 (JPT); exceptions per SE MenPANRB 19/2023"}, true
	case RuleSourceTenureMax:
		return entry{"PP 11/2017 Pasal 190(3) dan Pasal 133; UU 5/2014 Pasal 117", "PP 11/2017 Pasal 190(3) and Pasal 133; UU 5/2014 Pasal 117"}, true
	case RuleSourceRank:
		return entry{"PP 100/2000 Pasal 5 jo PP 13/2002", "PP 100/2000 Pasal 5 jo PP 13/2002"}, true
	case RuleSourceBup:
		return entry{"UU 20/2023 Pasal 55; UU 5/2014 Pasal 90; PP 11/2017 Pasal 239", "UU 20/2023 Pasal 55; UU 5/2014 Pasal 90; PP 11/2017 Pasal 239"}, true
	case RuleSourceSanction:
		return entry{"PP 94/2021 Pasal 8 (hukuman disiplin sedang menghalangi promosi: praktik yang lazim)", "PP 94/2021 Pasal 8 (sedang barring promotion: usual practice)"}, true
	case RuleSourceTraining:
		return entry{"kebijakan daerah (temuan KASN, Padang 2021), bukan peraturan", "regional policy (KASN finding, Padang 2021), not a regulation"}, true
	case RuleSourcePromotion:
		return entry{"PP 11/2017 jo PP 17/2020 Pasal 54 ayat (1) dan Pasal 107; PP 100/2000 Pasal 5", "PP 11/2017 jo PP 17/2020 Pasal 54 ayat (1) and Pasal 107; PP 100/2000 Pasal 5"}, true
	case RuleSourceEducation:
		return entry{"PP 11/2017 jo PP 17/2020 Pasal 54 ayat (1) huruf b dan Pasal 107 huruf c", "PP 11/2017 jo PP 17/2020 Pasal 54 ayat (1) huruf b and Pasal 107 huruf c"}, true
	case RuleSourceEvaluation:
		return entry{"hasil evaluasi dalam praktik instansi (tetap, rotasi, istirahat); PP 11/2017 Pasal 132 (uji kompetensi JPT)", "evaluation outcomes of agencies' practice (tetap, rotasi, istirahat); PP 11/2017 Pasal 132 (JPT competency test)"}, true
	case RuleSourceJptSelection:
		return entry{"UU 5/2014 Pasal 108 ayat (3) dan Pasal 113; PP 11/2017 Pasal 127; PermenPANRB 15/2019", "UU 5/2014 Pasal 108 ayat (3) and Pasal 113; PP 11/2017 Pasal 127; PermenPANRB 15/2019"}, true
	case RuleSourceJptRotation:
		return entry{"PP 11/2017 Pasal 132 ayat (1) dan (2)", "PP 11/2017 Pasal 132 ayat (1) and (2)"}, true
	case RuleSourceReleaseCause:
		return entry{"praktik: non-job hanya setelah evaluasi (istirahat), hukuman disiplin (PP 94/2021 Pasal 8) atau keputusan", "practice: non-job only after an evaluation (istirahat), a sanction (PP 94/2021 Pasal 8) or a decision"}, true
	case RuleSourceJpmMin:
		return entry{"praktik assessment center (kategori JPM MS/MMS/KMS)", "assessment-centre practice (JPM categories MS/MMS/KMS)"}, true
	case RuleSourceFamily:
		return entry{"kebijakan daerah (praktik, bukan peraturan); kompetensi teknis menurut bidang: PermenPANRB 38/2017", "regional policy (practice, not a regulation); technical competency by field: PermenPANRB 38/2017"}, true
	case RuleSourceDecision:
		return entry{"keputusan pengguna (penetapan dan larangan)", "the user's decisions (Policy.Pins, Policy.Forbids)"}, true
	}
	return entry{}, false
}
