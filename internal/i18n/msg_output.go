package i18n

// The words of the plan's outputs: the move types (the lampiran's
// Keterangan, the table's groups, the page's labels), the terminal table,
// the lampiran SK and its decree blocks, the workbook's second sheet and
// the score's components.
const (
	MovePromote  Key = "move.promote"
	MoveRotate   Key = "move.rotate"
	MoveFill     Key = "move.fill"
	MoveDemote   Key = "move.demote"
	MoveRelease  Key = "move.release"
	MoveRetire   Key = "move.retire"
	MoveUnplaced Key = "move.unplaced"
	MoveStay     Key = "move.stay"

	GroupPromote  Key = "group.promote"
	GroupRotate   Key = "group.rotate"
	GroupFill     Key = "group.fill"
	GroupDemote   Key = "group.demote"
	GroupRelease  Key = "group.release"
	GroupRetire   Key = "group.retire"
	GroupUnplaced Key = "group.unplaced"
	GroupStay     Key = "group.stay"

	CauseEvaluation Key = "cause.evaluation"
	CauseSanction   Key = "cause.sanction"
	CauseDecision   Key = "cause.decision"
	CauseWith       Key = "cause.with"

	ComponentPerformance Key = "component.performance"
	ComponentFit         Key = "component.fit"
	ComponentTenure      Key = "component.tenure"
	ComponentTalent      Key = "component.talent"
	ComponentFamily      Key = "component.family"
	ComponentRelease     Key = "component.release"
	ComponentVacancy     Key = "component.vacancy"

	TablePlanHead       Key = "table.plan_head"
	TableOptimal        Key = "table.optimal"
	TableNotOptimal     Key = "table.not_optimal"
	TableHeader         Key = "table.header"
	TableStays          Key = "table.stays"
	TableStay1          Key = "table.stay1"
	TableUnplaced       Key = "table.unplaced"
	TableUnplaced1      Key = "table.unplaced1"
	TableAllHint        Key = "table.all_hint"
	TableVacant         Key = "table.vacant"
	TableVacantHeader   Key = "table.vacant_header"
	TableUpcoming       Key = "table.upcoming"
	TableUpcomingHeader Key = "table.upcoming_header"
	TableActing         Key = "table.acting"
	TableActingEselon   Key = "table.acting_eselon"
	TableSummary        Key = "table.summary"
	TableMoves          Key = "table.moves"
	TableFilled         Key = "table.filled"
	TableMeanJPM        Key = "table.mean_jpm"
	TableOver5          Key = "table.over5"
	TableObjective      Key = "table.objective"
	TableWarning        Key = "table.warning"
	TableOutside        Key = "table.outside"
	TableBudget         Key = "table.budget"

	ApprovalHead     Key = "approval.head"
	ApprovalLetter   Key = "approval.letter"
	ApprovalNoLetter Key = "approval.no_letter"

	LampiranHeader    Key = "lampiran.header"
	ReasonsSheet      Key = "lampiran.reasons_sheet"
	ReasonsHeaderHead Key = "lampiran.reasons_head"
	ReasonsHeaderTail Key = "lampiran.reasons_tail"
	LampiranLower     Key = "lampiran.lower"

	DecreeAttachment Key = "decree.attachment"
	DecreeNumber     Key = "decree.number"
	DecreeDate       Key = "decree.date"
	DecreeSubject    Key = "decree.subject"
	DecreePage       Key = "decree.page"
	DecreeOffice     Key = "decree.office"
	DecreeWaliKota   Key = "decree.wali_kota"
	DecreeBupati     Key = "decree.bupati"
	DecreeGubernur   Key = "decree.gubernur"
)

func outputEntry(k Key) (entry, bool) {
	switch k {
	case MovePromote:
		return entry{"Promosi", "Promotion"}, true
	case MoveRotate:
		return entry{"Rotasi", "Rotation"}, true
	case MoveFill:
		return entry{"Pengangkatan dalam jabatan", "Appointment"}, true
	case MoveDemote:
		return entry{"Penurunan jabatan", "Demotion"}, true
	case MoveRelease:
		return entry{"Dibebaskan dari jabatan (non-job)", "Released (non-job)"}, true
	case MoveRetire:
		return entry{"Pensiun", "Retires"}, true
	case MoveUnplaced:
		return entry{"Tidak ditempatkan", "Not placed"}, true
	case MoveStay:
		return entry{"Tetap", "Stays"}, true

	case GroupPromote:
		return entry{"PROMOSI", "PROMOTE"}, true
	case GroupRotate:
		return entry{"ROTASI", "ROTATE"}, true
	case GroupFill:
		return entry{"PENGANGKATAN", "FILL"}, true
	case GroupDemote:
		return entry{"PENURUNAN JABATAN", "DEMOTE"}, true
	case GroupRelease:
		return entry{"DIBEBASKAN (NON-JOB)", "RELEASE (NON-JOB)"}, true
	case GroupRetire:
		return entry{"PENSIUN", "RETIRE"}, true
	case GroupUnplaced:
		return entry{"TIDAK DITEMPATKAN", "NOT PLACED"}, true
	case GroupStay:
		return entry{"TETAP", "STAY"}, true

	case CauseEvaluation:
		return entry{"hasil evaluasi: diistirahatkan", "evaluation: rest (istirahat)"}, true
	case CauseSanction:
		return entry{"hukuman disiplin", "discipline sanction"}, true
	case CauseDecision:
		return entry{"keputusan pejabat pembina kepegawaian", "decision of the appointing official"}, true
	case CauseWith:
		return entry{"%s — %s", "%s — %s"}, true

	case ComponentPerformance:
		return entry{"kinerja", "performance"}, true
	case ComponentFit:
		return entry{"kesesuaian", "fit"}, true
	case ComponentTenure:
		return entry{"masa jabatan", "tenure"}, true
	case ComponentTalent:
		return entry{"talenta", "talent"}, true
	case ComponentFamily:
		return entry{"rumpun", "family"}, true
	case ComponentRelease:
		return entry{"pembebasan", "release"}, true
	case ComponentVacancy:
		return entry{"kekosongan", "vacancy"}, true

	case TablePlanHead:
		return entry{"Rencana mutasi per %s: %d pejabat, %d jabatan, %s", "Plan at %s: %d officials, %d posts, %s"}, true
	case TableOptimal:
		return entry{"optimal (sertifikat terverifikasi)", "optimal (certificate verified)"}, true
	case TableNotOptimal:
		return entry{"TIDAK terbukti optimal", "NOT proven optimal"}, true
	case TableHeader:
		return entry{"NIP\tNama\tGol\tJabatan lama\tJabatan baru\tSkor\tJPM", "NIP\tName\tRank\tFrom\tTo\tScore\tJPM"}, true
	case TableStays:
		return entry{"%d pejabat tetap di jabatannya", "%d officials stay in their posts"}, true
	case TableStay1:
		return entry{"1 pejabat tetap di jabatannya", "1 official stays in the post"}, true
	case TableUnplaced:
		return entry{"%d calon tidak ditempatkan", "%d candidates not placed"}, true
	case TableUnplaced1:
		return entry{"1 calon tidak ditempatkan", "1 candidate not placed"}, true
	case TableAllHint:
		return entry{"(--all untuk daftarnya)", "(--all lists them)"}, true
	case TableVacant:
		return entry{"LOWONG", "VACANT"}, true
	case TableVacantHeader:
		return entry{"ID\tJabatan\tAlasan", "ID\tPost\tReason"}, true
	case TableUpcoming:
		return entry{"AKAN LOWONG (pensiun dalam jangka perencanaan)", "UPCOMING VACANCIES (retirement within the horizon)"}, true
	case TableUpcomingHeader:
		return entry{"ID\tJabatan\tTanggal\tPemangku", "ID\tPost\tDate\tHolder"}, true
	case TableActing:
		return entry{"Plt", "acting (Plt)"}, true
	case TableActingEselon:
		return entry{"eselon %s", "eselon %s"}, true
	case TableSummary:
		return entry{"RINGKASAN", "SUMMARY"}, true
	case TableMoves:
		return entry{"Mutasi", "Moves"}, true
	case TableFilled:
		return entry{"Jabatan: %d, terisi %d, lowong %d", "Posts: %d, filled %d, vacant %d"}, true
	case TableMeanJPM:
		return entry{"Rata-rata JPM pemangku: %s → %s", "Mean JPM of holders: %s → %s"}, true
	case TableOver5:
		return entry{"Pemangku > 5 tahun di jabatan: %d → %d", "Holders over 5 years in post: %d → %d"}, true
	case TableObjective:
		return entry{"Nilai total: %s, %s", "Objective: %s, %s"}, true
	case TableWarning:
		return entry{"peringatan", "warning"}, true
	case TableBudget:
		return entry{"Batas mutasi: paling banyak %d pemangku pindah, %d pindah (harga per mutasi %s); rencana terbaik dalam batas itu bernilai paling tinggi %s (selisih %s)",
			"Move budget: at most %d holders change post, %d do (a price of %s per move); the best plan within the budget scores at most %s (gap %s)"}, true
	case TableOutside:
		return entry{"%s (eselon %s)", "%s (eselon %s)"}, true

	case ApprovalHead:
		return entry{"PERLU PERSETUJUAN: persetujuan tertulis Menteri Dalam Negeri", "APPROVAL REQUIRED: written approval of the Minister of Home Affairs"}, true
	case ApprovalLetter:
		return entry{"surat: %s", "letter: %s"}, true
	case ApprovalNoLetter:
		return entry{"surat persetujuan belum dicatat (calendar.approval_letter)", "no approval letter given yet (calendar.approval_letter)"}, true

	case LampiranHeader:
		return entry{"No|NIP|Nama|Pangkat/Gol|Jabatan Lama|Jabatan Baru|Keterangan", "No|NIP|Name|Rank|Current post|New post|Remarks"}, true
	case LampiranLower:
		return entry{"Jabatan setingkat lebih rendah", "A post one level lower"}, true
	case ReasonsSheet:
		return entry{"Alasan dan Skor", "Reasons and Scores"}, true
	case ReasonsHeaderHead:
		return entry{"No|NIP|Nama|Jenis|Jabatan Baru|Skor", "No|NIP|Name|Type|New post|Score"}, true
	case ReasonsHeaderTail:
		return entry{"JPM|Kategori JPM|Alasan|Peringatan", "JPM|JPM category|Reasons|Warnings"}, true

	case DecreeAttachment:
		return entry{"LAMPIRAN KEPUTUSAN %s", "ATTACHMENT TO THE DECREE OF THE %s"}, true
	case DecreeNumber:
		return entry{"NOMOR", "NUMBER"}, true
	case DecreeDate:
		return entry{"TANGGAL", "DATE"}, true
	case DecreeSubject:
		return entry{"TENTANG", "CONCERNING"}, true
	case DecreePage:
		return entry{"Halaman %s dari %s", "Page %s of %s"}, true
	case DecreeOffice:
		return entry{"%s %s", "%s OF %s"}, true
	case DecreeWaliKota:
		return entry{"WALI KOTA", "MAYOR"}, true
	case DecreeBupati:
		return entry{"BUPATI", "REGENT"}, true
	case DecreeGubernur:
		return entry{"GUBERNUR", "GOVERNOR"}, true
	}
	return entry{}, false
}
