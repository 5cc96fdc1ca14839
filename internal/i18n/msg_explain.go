package i18n

// The words of "mutasi explain". By default it speaks as a committee
// reads a choice (the score by component, the rules, the alternatives, how
// far each weight may move before the choice changes, checked by
// re-solving); --detail adds the solver's own estimates and terms (the
// pairwise estimate, dual potentials).
const (
	ExplainHead          Key = "explain.head"
	ExplainMove          Key = "explain.move"
	ExplainFromTo        Key = "explain.from_to"
	ExplainNoPost        Key = "explain.no_post"
	ExplainToRelease     Key = "explain.to_release"
	ExplainToRetire      Key = "explain.to_retire"
	ExplainToDemote      Key = "explain.to_demote"
	ExplainToUnplaced    Key = "explain.to_unplaced"
	ExplainScore         Key = "explain.score"
	ExplainStatus        Key = "explain.status"
	ExplainStatusFree    Key = "explain.status_free"
	ExplainStatusLocked  Key = "explain.status_locked"
	ExplainStatusLeave   Key = "explain.status_must_leave"
	ExplainNoRelease     Key = "explain.no_release"
	ExplainReasons       Key = "explain.reasons"
	ExplainWarnings      Key = "explain.warnings"
	ExplainCompetencies  Key = "explain.competencies"
	ExplainCompHeader    Key = "explain.comp_header"
	ExplainRules         Key = "explain.rules"
	ExplainRulesNone     Key = "explain.rules_none"
	ExplainRuleLine      Key = "explain.rule_line"
	ExplainAlts          Key = "explain.alts"
	ExplainAltsNone      Key = "explain.alts_none"
	ExplainAltHeader     Key = "explain.alt_header"
	ExplainReleaseNoPost Key = "explain.release_no_post"
	ExplainRelease       Key = "explain.release"

	ExplainRanges       Key = "explain.ranges"
	ExplainRangesHeader Key = "explain.ranges_header"
	ExplainRangeAt      Key = "explain.range_at"
	ExplainRangeHolds   Key = "explain.range_holds"
	ExplainRangeKeeps   Key = "explain.range_keeps"
	ExplainRangeAbout   Key = "explain.range_about"
	ExplainRangesHint   Key = "explain.ranges_hint"

	ExplainFlips           Key = "explain.flips"
	ExplainFlipNote        Key = "explain.flip_note"
	ExplainFlipTie         Key = "explain.flip_tie"
	ExplainFlipNever       Key = "explain.flip_never"
	ExplainFlipAt          Key = "explain.flip_at"
	ExplainDetailRanges    Key = "explain.detail_ranges"
	ExplainStabilityNote   Key = "explain.stability_note"
	ExplainDetailNotes     Key = "explain.detail_notes"
	ExplainDetailHeader    Key = "explain.detail_header"
	ExplainDetailResolved  Key = "explain.detail_resolved"
	ExplainDetailConfirmed Key = "explain.detail_confirmed"
	ExplainDetailCheck     Key = "explain.detail_check"
	ExplainNotChecked      Key = "explain.not_checked"
	ExplainRangesNote      Key = "explain.ranges_note"
	ExplainInterval        Key = "explain.interval"
)

func explainEntry(k Key) (entry, bool) {
	switch k {
	case ExplainHead:
		return entry{"%s %s (%s), rencana per %s", "%s %s (%s), plan at %s"}, true
	case ExplainMove:
		return entry{"Jenis mutasi: %s", "Move: %s"}, true
	case ExplainFromTo:
		return entry{"  dari %s\n  ke   %s", "  from %s\n  to   %s"}, true
	case ExplainNoPost:
		return entry{"- (tanpa jabatan)", "- (no post)"}, true
	case ExplainToRelease:
		return entry{"- (tanpa jabatan: dibebaskan, non-job)", "- (no post: released, non-job)"}, true
	case ExplainToRetire:
		return entry{"- (pensiun)", "- (retires: pensiun)"}, true
	case ExplainToDemote:
		return entry{"- (jabatan setingkat lebih rendah, di luar data)", "- (a post one level lower, outside the roster)"}, true
	case ExplainToUnplaced:
		return entry{"- (tidak ditempatkan: tetap pada kedudukannya)", "- (not placed: keeps what they have)"}, true
	case ExplainScore:
		return entry{"  skor %s = %s", "  score %s = %s"}, true
	case ExplainStatus:
		return entry{"  status: %s", "  status: %s"}, true
	case ExplainStatusFree:
		return entry{"bebas dipindah", "free"}, true
	case ExplainStatusLocked:
		return entry{"terkunci di jabatannya", "locked"}, true
	case ExplainStatusLeave:
		return entry{"harus pindah", "must leave"}, true
	case ExplainNoRelease:
		return entry{"(aturan tidak membolehkan rencana membebaskan pejabat ini)", "(the rules do not let the plan release this official)"}, true
	case ExplainReasons:
		return entry{"Alasan", "Reasons"}, true
	case ExplainWarnings:
		return entry{"Peringatan", "Warnings"}, true
	case ExplainCompetencies:
		return entry{"Kompetensi terhadap standar %s (JPM %s)", "Competencies against %s (JPM %s)"}, true
	case ExplainCompHeader:
		return entry{"kode\tkompetensi\tdimiliki\tstandar\tselisih", "code\tcompetency\tactual\trequired\tgap"}, true
	case ExplainRules:
		return entry{"Aturan yang menutup jabatan bagi pejabat ini", "Rules that close posts to this official"}, true
	case ExplainRulesNone:
		return entry{"tidak ada: semua jabatan terbuka", "none: every post is open"}, true
	case ExplainRuleLine:
		return entry{"%s: %s, mis. %s: %s", "%s: %s, e.g. %s: %s"}, true
	case ExplainAlts:
		return entry{"Pilihan lain terbaik (nilai total rencana turun sekurang-kurangnya sebesar selisihnya)", "Best alternatives (the plan's total would fall by at least the gap)"}, true
	case ExplainAltsNone:
		return entry{"tidak ada: tidak ada tempat lain yang terbuka", "none: no other place is open"}, true
	case ExplainAltHeader:
		return entry{"tempat\tskor\tJPM\tselisih", "place\tscore\tJPM\tgap"}, true
	case ExplainReleaseNoPost:
		return entry{"dibebaskan (tanpa jabatan)", "release (no post)"}, true
	case ExplainRelease:
		return entry{"pembebasan", "release"}, true

	case ExplainRanges:
		return entry{"Seberapa jauh bobot boleh berubah sebelum pilihan ini berubah (diperiksa dengan menyusun ulang seluruh rencana)",
			"How far each weight may move before this choice changes (checked by re-solving the whole plan)"}, true
	case ExplainRangesHeader:
		return entry{"bobot\tsekarang\tbila bobot diturunkan\tbila bobot dinaikkan", "weight\tnow\tif the weight falls\tif it rises"}, true
	case ExplainRangeAt:
		return entry{"pada %s berpindah ke %s", "at %s moves to %s"}, true
	case ExplainRangeHolds:
		return entry{"tetap sampai %s", "holds to %s"}, true
	case ExplainRangeKeeps:
		return entry{"tetap", "holds"}, true
	case ExplainRangeAbout:
		return entry{"sekitar %s berpindah ke %s (perkiraan, tidak diperiksa)", "about %s moves to %s (estimate, not checked)"}, true
	case ExplainRangesHint:
		return entry{"(--detail menampilkan perhitungan pemecah di balik angka ini)", "(--detail shows the solver's working behind these figures)"}, true

	case ExplainFlips:
		return entry{"Titik balik pilihan (%s)", "Where the choice flips (%s)"}, true
	case ExplainFlipNote:
		return entry{"perkiraan berpasangan: bobot saat biaya pilihan lain, dikurangi potensial dual kolomnya, menyamai biaya pilihan ini; tepat hanya bila bagian lain rencana tetap",
			"pairwise estimate: the weight at which the alternative's cost, less the dual potential of its column, meets the chosen one's; exact only if the rest of the plan stays"}, true
	case ExplainFlipTie:
		return entry{"%s: %s; %s sudah sama baiknya (seri)", "%s: %s; %s already scores as well (a tie)"}, true
	case ExplainFlipNever:
		return entry{"%s: %s; tidak ada bobot 0 atau lebih yang membuat %s lebih baik", "%s: %s; no weight of 0 or more makes %s better"}, true
	case ExplainFlipAt:
		return entry{"%s: %s → %s membuat %s pilihan yang lebih baik", "%s: %s → %s makes %s the better choice"}, true
	case ExplainDetailRanges:
		return entry{"Rentang bobot yang mempertahankan pilihan ini (rincian pemecah)", "Weight ranges that keep this choice (the solver's details)"}, true
	case ExplainStabilityNote:
		return entry{"perkiraan berpasangan: potensial dual kolom-kolom rencana dianggap tetap, tepat hanya bila bagian lain rencana tetap",
			"pairwise estimate: the column duals of the plan held fixed, exact only if the rest of the plan stays"}, true
	case ExplainDetailNotes:
		return entry{"  perkiraan: %s\n  dihitung ulang: titik pertama pilihan ini berubah bila seluruh rencana disusun ulang, tepat sampai enam desimal;\n  \"tetap sampai V\": masih sama sampai V, batas pencarian",
			"  estimate: %s\n  re-solved: where re-solving the whole plan first changes this choice, exact to six decimals;\n  \"holds to V\": the same all the way to V, where the search ends"}, true
	case ExplainDetailHeader:
		return entry{"bobot\tsekarang\tperkiraan\tdi bawah\tdi atas", "weight\tnow\testimate\tbelow\tabove"}, true
	case ExplainDetailResolved:
		return entry{"%s; dihitung ulang: %s pada %s", "%s; re-solved: %s at %s"}, true
	case ExplainDetailConfirmed:
		return entry{"%s; dihitung ulang: terkonfirmasi (%s pada %s)", "%s; re-solved: confirmed (%s at %s)"}, true
	case ExplainDetailCheck:
		return entry{"%s; dihitung ulang: %s", "%s; re-solved: %s"}, true
	case ExplainNotChecked:
		return entry{"tidak diperiksa", "not checked"}, true
	case ExplainInterval:
		return entry{"[%s; %s]", "[%s, %s]"}, true
	case ExplainRangesNote:
		return entry{"%s; setiap ujungnya lalu diperiksa dengan menyusun ulang seluruh rencana di sekitarnya", "%s; each end then checked by re-solving the whole plan around it"}, true
	}
	return entry{}, false
}
