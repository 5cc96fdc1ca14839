package i18n

// The problems of the roster files: a cell that does not read, a column
// missing or given twice, a row that contradicts another, a file that
// cannot be opened or is over its limits.
const (
	RosterProblemRow     Key = "roster.problem_row"
	RosterProblemColumn  Key = "roster.problem_column"
	RosterProblemWarning Key = "roster.problem_warning"

	RosterError               Key = "roster.error"
	RosterRankBad             Key = "roster.rank_bad"
	RosterRankPangkat         Key = "roster.rank_pangkat"
	RosterEselonBad           Key = "roster.eselon_bad"
	RosterNIPNumber           Key = "roster.nip_number"
	RosterNIPDigits           Key = "roster.nip_digits"
	RosterNIPLength           Key = "roster.nip_length"
	RosterNIPBirth            Key = "roster.nip_birth"
	RosterNIPMonth            Key = "roster.nip_month"
	RosterNIPMonthBeforeBirth Key = "roster.nip_month_before_birth"
	RosterNIPGender           Key = "roster.nip_gender"
	RosterNIPSeq              Key = "roster.nip_seq"
	RosterDateBad             Key = "roster.date_bad"
	RosterDateCalendar        Key = "roster.date_calendar"
	RosterYearRange           Key = "roster.year_range"
	RosterNumberBad           Key = "roster.number_bad"
	RosterWholeBad            Key = "roster.whole_bad"
	RosterOutOfRange          Key = "roster.out_of_range"
	RosterWhatLevel           Key = "roster.what_level"
	RosterWhatPriority        Key = "roster.what_priority"
	RosterWhatTalentBox       Key = "roster.what_talent_box"
	RosterWhatRank            Key = "roster.what_rank"
	RosterPotentialNumber     Key = "roster.potential_number"
	RosterPotentialRange      Key = "roster.potential_range"
	RosterPerformanceBad      Key = "roster.performance_bad"
	RosterScoreRange          Key = "roster.score_range"
	RosterPredicateBad        Key = "roster.predicate_bad"
	RosterTrainingBad         Key = "roster.training_bad"
	RosterSanctionBad         Key = "roster.sanction_bad"
	RosterSanctionTukinMonths Key = "roster.sanction_tukin_months"
	RosterSanctionKindBad     Key = "roster.sanction_kind_bad"
	RosterEvaluationBad       Key = "roster.evaluation_bad"
	RosterEducationBad        Key = "roster.education_bad"
	RosterBoolBad             Key = "roster.bool_bad"
	RosterSerialBad           Key = "roster.serial_bad"
	RosterSerialEarly         Key = "roster.serial_early"

	RosterSanctionCellBad      Key = "roster.sanction_cell_bad"
	RosterSanctionKindSeverity Key = "roster.sanction_kind_severity"
	RosterSanctionKindDiffers  Key = "roster.sanction_kind_differs"
	RosterAfterPlanDate        Key = "roster.after_plan_date"
	RosterAfterPlanDateWhy     Key = "roster.after_plan_date_why"
	RosterEvalNotYet           Key = "roster.eval_not_yet"
	RosterAdminFuture          Key = "roster.admin_future"
	RosterPengawasFuture       Key = "roster.pengawas_future"
	RosterSanctionFuture       Key = "roster.sanction_future"
	RosterBeforeBirth          Key = "roster.before_birth"
	RosterPengawasAfterAdmin   Key = "roster.pengawas_after_admin"
	RosterAdminAfterPost       Key = "roster.admin_after_post"
	RosterPengawasAfterPost    Key = "roster.pengawas_after_post"
	RosterEvalNoPost           Key = "roster.eval_no_post"
	RosterEvalDateNoOutcome    Key = "roster.eval_date_no_outcome"
	RosterNoSanction           Key = "roster.no_sanction"
	RosterNoSuchPost           Key = "roster.no_such_post"
	RosterNoSuchPostNear       Key = "roster.no_such_post_near"
	RosterNoSuchNIP            Key = "roster.no_such_nip"
	RosterSelectionNotJPT      Key = "roster.selection_not_jpt"
	RosterSelectionRankBad     Key = "roster.selection_rank_bad"
	RosterSelectionRankTwice   Key = "roster.selection_rank_twice"
	RosterSelectionTwice       Key = "roster.selection_twice"
	RosterSelectionHolds       Key = "roster.selection_holds"
	RosterSelectionOver3       Key = "roster.selection_over3"
	RosterSelectionNoRows      Key = "roster.selection_no_rows"

	RosterNoOfficials        Key = "roster.no_officials"
	RosterNoPosts            Key = "roster.no_posts"
	RosterDupPostID          Key = "roster.dup_post_id"
	RosterDupNIP             Key = "roster.dup_nip"
	RosterTwoInOnePost       Key = "roster.two_in_one_post"
	RosterEselonIgnored      Key = "roster.eselon_ignored"
	RosterSinceEmpty         Key = "roster.since_empty"
	RosterSinceColumnMissing Key = "roster.since_column_missing"
	RosterBeforeAppointment  Key = "roster.before_appointment"
	RosterSinceIgnored       Key = "roster.since_ignored"
	RosterBirthDiffers       Key = "roster.birth_differs"
	RosterPlanDateLate       Key = "roster.plan_date_late"
	RosterLateItem           Key = "roster.late_item"
	RosterAndMore            Key = "roster.and_more"

	RosterMoreProblems      Key = "roster.more_problems"
	RosterWorkbookAndFiles  Key = "roster.workbook_and_files"
	RosterBothFilesNeeded   Key = "roster.both_files_needed"
	RosterWorkbookExt       Key = "roster.workbook_ext"
	RosterFileType          Key = "roster.file_type"
	RosterReadFile          Key = "roster.read_file"
	RosterEmptyFile         Key = "roster.empty_file"
	RosterEmptySheet        Key = "roster.empty_sheet"
	RosterNoHeaderColumn    Key = "roster.no_header_column"
	RosterUnknownColumn     Key = "roster.unknown_column"
	RosterSameColumn        Key = "roster.same_column"
	RosterSIASNUnused       Key = "roster.siasn_unused"
	RosterColumnMissing     Key = "roster.column_missing"
	RosterColumnMissingAlso Key = "roster.column_missing_also"
	RosterRankColumnMissing Key = "roster.rank_column_missing"
	RosterSwapped           Key = "roster.swapped"
	RosterControl           Key = "roster.control"
	RosterBidiControl       Key = "roster.bidi_control"
	RosterCellEmpty         Key = "roster.cell_empty"
	RosterRankEmpty         Key = "roster.rank_empty"
	RosterCellBeyond        Key = "roster.cell_beyond"
	RosterAgeAtAppointment  Key = "roster.age_at_appointment"
	RosterEducationNoLevel  Key = "roster.education_no_level"
	RosterNotPangkat        Key = "roster.not_pangkat"
	RosterPangkatMismatch   Key = "roster.pangkat_mismatch"

	RosterNotUTF8          Key = "roster.not_utf8"
	RosterCSVUnreadable    Key = "roster.csv_unreadable"
	RosterCSVQuote         Key = "roster.csv_quote"
	RosterCSVBareQuote     Key = "roster.csv_bare_quote"
	RosterBlankBefore      Key = "roster.blank_before"
	RosterCellTooLong      Key = "roster.cell_too_long"
	RosterXLSXUnreadable   Key = "roster.xlsx_unreadable"
	RosterXLSXPart         Key = "roster.xlsx_part"
	RosterXLSXEncrypted    Key = "roster.xlsx_encrypted"
	RosterXLSXNoSheet      Key = "roster.xlsx_no_sheet"
	RosterXLSXMissingSheet Key = "roster.xlsx_missing_sheet"
	RosterXLSXReadSheet    Key = "roster.xlsx_read_sheet"
	RosterXLSXReadRow      Key = "roster.xlsx_read_row"
	RosterXLSXSheet        Key = "roster.xlsx_sheet"
	RosterXMLRow           Key = "roster.xml_row"
	RosterXMLCell          Key = "roster.xml_cell"
	RosterXMLDoctype       Key = "roster.xml_doctype"
	RosterXMLLongTag       Key = "roster.xml_long_tag"

	LimitOver         Key = "limit.over"
	LimitMoreThan     Key = "limit.more_than"
	LimitPerFile      Key = "limit.per_file"
	LimitColumnsInRow Key = "limit.columns_in_row"
	LimitColumns      Key = "limit.columns"
	LimitRows         Key = "limit.rows"
	LimitRowsPerFile  Key = "limit.rows_per_file"
	LimitRowsPerSheet Key = "limit.rows_per_sheet"
	LimitCells        Key = "limit.cells"
	LimitCellsPerFile Key = "limit.cells_per_file"
	LimitCellsSheet   Key = "limit.cells_per_sheet"
	LimitParts        Key = "limit.parts"
	LimitPartsBook    Key = "limit.parts_book"
	LimitUnzipped     Key = "limit.unzipped"
	LimitUnzippedAll  Key = "limit.unzipped_all"
	LimitUnzippedPer  Key = "limit.unzipped_per"
	LimitPerSheet     Key = "limit.per_sheet"
	LimitPerPart      Key = "limit.per_part"
	LimitStrings      Key = "limit.strings"
	LimitCellColumn   Key = "limit.cell_column"
)

func rosterEntry(k Key) (entry, bool) {
	switch k {
	case RosterProblemRow:
		return entry{"%s:%d", "%s:%d"}, true
	case RosterProblemColumn:
		return entry{"kolom %s", "column %s"}, true
	case RosterProblemWarning:
		return entry{"peringatan", "warning"}, true

	case RosterError:
		return entry{"%v", "%v"}, true
	case RosterRankBad:
		return entry{"bukan golongan (I/a … IV/e)", "not a rank (I/a … IV/e)"}, true
	case RosterRankPangkat:
		return entry{"pangkat %s adalah %s, bukan %s", "pangkat %s is %s, not %s"}, true
	case RosterEselonBad:
		return entry{"bukan eselon (II.a … IV.b)", "not an eselon (II.a … IV.b)"}, true
	case RosterNIPNumber:
		return entry{"NIP tersimpan sebagai angka: lembar kerja hanya menyimpan 15 digit bermakna sehingga digit terakhirnya hilang; jadikan kolomnya berformat teks lalu ketik ulang NIP-nya",
			"NIP stored as a number: a spreadsheet keeps only 15 significant digits, so its last digits are lost; format the column as text and type the NIP again"}, true
	case RosterNIPDigits:
		return entry{"NIP hanya terdiri atas angka", "a NIP has only digits"}, true
	case RosterNIPLength:
		return entry{"NIP terdiri atas 18 digit, yang ini %d", "a NIP has 18 digits, this one %d"}, true
	case RosterNIPBirth:
		return entry{"tanggal lahir %s dalam NIP bukan tanggal yang sah", "birth date %s in the NIP is not a date"}, true
	case RosterNIPMonth:
		return entry{"bulan pengangkatan %s dalam NIP bukan bulan yang sah", "appointment month %s in the NIP is not a month"}, true
	case RosterNIPMonthBeforeBirth:
		return entry{"bulan pengangkatan %s dalam NIP mendahului tanggal lahir", "appointment month %s in the NIP is before the birth date"}, true
	case RosterNIPGender:
		return entry{"digit jenis kelamin %c dalam NIP bukan 1 atau 2", "gender digit %c in the NIP is not 1 or 2"}, true
	case RosterNIPSeq:
		return entry{"nomor urut 000 dalam NIP tidak dipakai (bila NIP pernah tersimpan sebagai angka di lembar kerja, digit terakhirnya hilang: simpan sebagai teks)",
			"sequence number 000 in the NIP is not used (if the NIP went through a spreadsheet number, its last digits were lost: store it as text)"}, true
	case RosterDateBad:
		return entry{"bukan tanggal (YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY atau 1 Maret 2021)", "not a date (YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or 1 Maret 2021)"}, true
	case RosterDateCalendar:
		return entry{"tanggal itu tidak ada di kalender", "not a date in the calendar"}, true
	case RosterYearRange:
		return entry{"tahun %d di luar rentang (1900–2199)", "year %d is out of range (1900–2199)"}, true
	case RosterNumberBad:
		return entry{"bukan bilangan", "not a number"}, true
	case RosterWholeBad:
		return entry{"bukan bilangan bulat (%s %d–%d)", "not a whole number (%s %d–%d)"}, true
	case RosterOutOfRange:
		return entry{"di luar rentang (%s %d–%d)", "out of range (%s %d–%d)"}, true
	case RosterWhatLevel:
		return entry{"tingkat", "level"}, true
	case RosterWhatPriority:
		return entry{"prioritas", "priority"}, true
	case RosterWhatTalentBox:
		return entry{"kotak talenta", "talent box"}, true
	case RosterWhatRank:
		return entry{"peringkat", "rank"}, true
	case RosterPotentialNumber:
		return entry{"bukan bilangan (potensi 0–100)", "not a number (potential 0–100)"}, true
	case RosterPotentialRange:
		return entry{"di luar rentang (potensi 0–100)", "out of range (potential 0–100)"}, true
	case RosterPerformanceBad:
		return entry{"bukan predikat kinerja (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) dan bukan nilai 0–100",
			"not a predicate (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) nor a score 0–100"}, true
	case RosterScoreRange:
		return entry{"nilai di luar rentang (0–100)", "score out of range (0–100)"}, true
	case RosterPredicateBad:
		return entry{"bukan predikat kinerja (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)",
			"not a predicate (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang)"}, true
	case RosterTrainingBad:
		return entry{"bukan diklat kepemimpinan (PKN II, PKA, PKP; Diklatpim II/III/IV)", "not a leadership training (PKN II, PKA, PKP; Diklatpim II/III/IV)"}, true
	case RosterSanctionBad:
		return entry{"bukan tingkat hukuman disiplin (ringan, sedang, berat)", "not a sanction (ringan, sedang, berat)"}, true
	case RosterSanctionTukinMonths:
		return entry{"pemotongan tunjangan kinerja (sedang) berlaku 6, 9 atau 12 bulan: sebutkan yang mana",
			"a cut of allowance (sedang) lasts 6, 9 or 12 months: say which"}, true
	case RosterSanctionKindBad:
		return entry{"bukan jenis hukuman disiplin PP 94/2021 Pasal 8 (teguran lisan, teguran tertulis, pernyataan tidak puas, pemotongan tunjangan kinerja 6/9/12 bulan, penurunan jabatan, pembebasan dari jabatan, pemberhentian)",
			"not a kind of sanction of PP 94/2021 Pasal 8 (teguran lisan, teguran tertulis, pernyataan tidak puas, pemotongan tunjangan kinerja 6/9/12 bulan, penurunan jabatan, pembebasan dari jabatan, pemberhentian)"}, true
	case RosterEvaluationBad:
		return entry{"bukan hasil evaluasi (tetap, rotasi, istirahat)", "not an evaluation outcome (tetap, rotasi, istirahat)"}, true
	case RosterEducationBad:
		return entry{"bukan jenjang pendidikan (SMA, D3, D4, S1, S2, S3)", "not an education level (SMA, D3, D4, S1, S2, S3)"}, true
	case RosterBoolBad:
		return entry{"bukan ya atau tidak (ya/tidak, yes/no, 1/0)", "not yes or no (ya/tidak, yes/no, 1/0)"}, true
	case RosterSerialBad:
		return entry{"bukan nomor seri tanggal", "not a date serial"}, true
	case RosterSerialEarly:
		return entry{"nomor seri tanggal %d sebelum 1900-03-01", "date serial %d is before 1900-03-01"}, true

	case RosterSanctionCellBad:
		return entry{"bukan hukuman disiplin (ringan, sedang, berat, atau jenis dalam PP 94/2021 Pasal 8 seperti penurunan jabatan)",
			"not a sanction (ringan, sedang, berat, or a kind of PP 94/2021 Pasal 8 such as penurunan jabatan)"}, true
	case RosterSanctionKindSeverity:
		return entry{"hukuman disiplin tingkat %s (PP 94/2021 Pasal 8), tetapi kolom sanction menyebut %s",
			"a %s sanction (PP 94/2021 Pasal 8), but the sanction column says %s"}, true
	case RosterSanctionKindDiffers:
		return entry{"berbeda dengan jenis hukuman di kolom sanction (%s)", "differs from the kind in the sanction column (%s)"}, true
	case RosterAfterPlanDate:
		return entry{"sesudah tanggal rencana %s", "after the plan date %s"}, true
	case RosterAfterPlanDateWhy:
		return entry{"sesudah tanggal rencana %s: %s", "after the plan date %s: %s"}, true
	case RosterEvalNotYet:
		return entry{"evaluasi yang belum dilaksanakan belum mempunyai hasil", "an evaluation not yet held has no outcome"}, true
	case RosterAdminFuture:
		return entry{"jabatan administrator pertama mestinya sudah dimulai", "the first administrator post starts before today"}, true
	case RosterPengawasFuture:
		return entry{"jabatan pengawas pertama mestinya sudah dimulai", "the first pengawas post starts before today"}, true
	case RosterSanctionFuture:
		return entry{"sesudah tanggal rencana %s: hukuman dianggap sudah berlaku", "after the plan date %s: the sanction is taken to be in force already"}, true
	case RosterBeforeBirth:
		return entry{"sebelum tanggal lahir dalam NIP", "before the birth date in the NIP"}, true
	case RosterPengawasAfterAdmin:
		return entry{"sesudah administrator_since %s: jabatan pengawas pertama biasanya lebih dahulu", "after administrator_since %s: the first pengawas post usually comes first"}, true
	case RosterAdminAfterPost:
		return entry{"sesudah mulai jabatan administrator saat ini %s: jabatan administrator pertama tidak mungkin dimulai lebih kemudian",
			"after the start of the current administrator post %s: the first administrator post cannot start later"}, true
	case RosterPengawasAfterPost:
		return entry{"sesudah mulai jabatan pengawas saat ini %s: jabatan pengawas pertama tidak mungkin dimulai lebih kemudian",
			"after the start of the current pengawas post %s: the first pengawas post cannot start later"}, true
	case RosterEvalNoPost:
		return entry{"diabaikan: hasil evaluasi menyangkut pemangku jabatan yang ada dalam data", "ignored: the outcome of an evaluation concerns the holder of a post of the roster"}, true
	case RosterEvalDateNoOutcome:
		return entry{"diabaikan: hasil evaluasi tidak diisi", "ignored: no evaluation outcome is set"}, true
	case RosterNoSanction:
		return entry{"diabaikan: hukuman disiplin tidak diisi", "ignored: no sanction is set"}, true
	case RosterNoSuchPost:
		return entry{"tidak ada jabatan dengan id ini di berkas jabatan", "no post with this id in the positions file"}, true
	case RosterNoSuchPostNear:
		return entry{"tidak ada jabatan dengan id ini di berkas jabatan (maksudnya %q?)", "no post with this id in the positions file (did you mean %q?)"}, true
	case RosterNoSuchNIP:
		return entry{"tidak ada pejabat dengan NIP ini di berkas pejabat", "no official with this NIP in the officials file"}, true
	case RosterSelectionNotJPT:
		return entry{"eselon %s bukan jabatan JPT: seleksi terbuka mengisi jabatan JPT Pratama", "eselon %s is not a JPT post: open selection (seleksi terbuka) fills JPT Pratama posts"}, true
	case RosterSelectionRankBad:
		return entry{"bukan peringkat seleksi (1, 2 atau 3)", "not a rank of the selection (1, 2 or 3)"}, true
	case RosterSelectionRankTwice:
		return entry{"peringkat %d jabatan %s juga tercantum di baris %d", "rank %d of post %s is also given in row %d"}, true
	case RosterSelectionTwice:
		return entry{"NIP %s tercantum dua kali untuk jabatan %s (juga di baris %d)", "NIP %s is listed for post %s twice (also in row %d)"}, true
	case RosterSelectionHolds:
		return entry{"sudah memangku %s", "already holds %s"}, true
	case RosterSelectionOver3:
		return entry{"lebih dari tiga nama untuk satu jabatan: panitia seleksi mengusulkan tiga nama (UU 5/2014 Pasal 113 ayat (2))",
			"more than three names for one post: the selection committee proposes three (UU 5/2014 Pasal 113 ayat (2))"}, true
	case RosterSelectionNoRows:
		return entry{"tidak ada baris: belum ada jabatan dengan hasil seleksi terbuka", "no rows: no post has open-selection results"}, true

	case RosterNoOfficials:
		return entry{"tidak ada pejabat: berkas memiliki judul kolom tetapi tidak ada barisnya", "no officials: the file has a header but no rows"}, true
	case RosterNoPosts:
		return entry{"tidak ada jabatan: berkas memiliki judul kolom tetapi tidak ada barisnya", "no posts: the file has a header but no rows"}, true
	case RosterDupPostID:
		return entry{"id jabatan ganda: juga di baris %d", "duplicate post id: also in row %d"}, true
	case RosterDupNIP:
		return entry{"NIP ganda: juga di baris %d", "duplicate NIP: also in row %d"}, true
	case RosterTwoInOnePost:
		return entry{"dua pejabat pada satu jabatan: baris %d juga memangkunya", "two officials in one post: row %d holds it too"}, true
	case RosterEselonIgnored:
		return entry{"diabaikan: jabatan %s tercantum di berkas jabatan dengan eselon %s", "ignored: the post %s is in the positions file with eselon %s"}, true
	case RosterSinceEmpty:
		return entry{"kosong: wajib diisi bila position diisi", "empty: needed when position is set"}, true
	case RosterSinceColumnMissing:
		return entry{"kolom wajib tidak ada padahal position diisi (juga diterima sebagai tmt_jabatan)", "required column missing when position is set (also accepted as tmt_jabatan)"}, true
	case RosterBeforeAppointment:
		return entry{"sebelum bulan pengangkatan CPNS %s dalam NIP", "before the CPNS appointment month %s in the NIP"}, true
	case RosterSinceIgnored:
		return entry{"diabaikan: position dan eselon tidak diisi", "ignored: no position nor eselon is set"}, true
	case RosterBirthDiffers:
		return entry{"berbeda dengan tanggal lahir %s dalam NIP", "differs from the birth date %s in the NIP"}, true
	case RosterPlanDateLate:
		return entry{"tanggal %q tidak dapat dipakai: mendahului position_since %s%s: tanggal rencana jatuh sesudah setiap pejabat menduduki jabatannya",
			"bad date %q: before the position_since of %s%s: a plan date comes after every official took their post"}, true
	case RosterLateItem:
		return entry{"%s (baris %d, sejak %s)", "%s (row %d, since %s)"}, true
	case RosterAndMore:
		return entry{" dan %d lainnya", " and %d more"}, true

	case RosterMoreProblems:
		return entry{"dan %d masalah lain (%d kesalahan) tidak dicantumkan", "and %d more problems (%d errors) not listed"}, true
	case RosterWorkbookAndFiles:
		return entry{"berikan satu buku kerja atau berkas pejabat dan jabatan, bukan keduanya", "give either a workbook or officials and positions files, not both"}, true
	case RosterBothFilesNeeded:
		return entry{"berkas pejabat dan berkas jabatan keduanya diperlukan", "both the officials and the positions file are needed"}, true
	case RosterWorkbookExt:
		return entry{"%s: buku kerja data harus berupa berkas .xlsx", "%s: a roster workbook must be an .xlsx file"}, true
	case RosterFileType:
		return entry{"%s: jenis berkas %q tidak dikenal (pilih .csv atau .xlsx)", "%s: unknown file type %q (want .csv or .xlsx)"}, true
	case RosterReadFile:
		return entry{"membaca berkas data: %v", "reading roster file: %v"}, true
	case RosterEmptyFile:
		return entry{"berkas kosong: tidak ada baris judul kolom", "empty file: no header row"}, true
	case RosterEmptySheet:
		return entry{"lembar kosong: tidak ada baris judul kolom", "empty sheet: no header row"}, true
	case RosterNoHeaderColumn:
		return entry{"kolom %d tidak berjudul: sel-selnya diabaikan", "column %d has no header: its cells are ignored"}, true
	case RosterUnknownColumn:
		return entry{"kolom tidak dikenal, disimpan sebagai atribut tambahan", "unknown column, kept as an extra attribute"}, true
	case RosterSameColumn:
		return entry{"kolom yang sama dengan %q (kolom %d)", "the same column as %q (column %d)"}, true
	case RosterSIASNUnused:
		return entry{"%d kolom ekspor SIASN tidak dipakai mutasi dan disimpan sebagai atribut tambahan: %s",
			"%d columns of the SIASN export are not used by mutasi and are kept as extra attributes: %s"}, true
	case RosterColumnMissing:
		return entry{"kolom wajib tidak ada", "required column missing"}, true
	case RosterColumnMissingAlso:
		return entry{"kolom wajib tidak ada (juga diterima sebagai %s)", "required column missing (also accepted as %s)"}, true
	case RosterRankColumnMissing:
		return entry{"kolom wajib tidak ada (juga diterima sebagai golongan, atau kolom pangkat)", "required column missing (also accepted as golongan, or a column pangkat)"}, true
	case RosterSwapped:
		return entry{"berkas ini tampak seperti berkas jabatan dan %s seperti berkas pejabat: apakah keduanya tertukar?",
			"this looks like the positions file and %s like the officials file: are the two swapped?"}, true
	case RosterControl:
		return entry{"berisi karakter kontrol (%U) yang tak terlihat dan dapat menyembunyikan atau mengubah urutan teks di sekitarnya: hapuslah",
			"holds a control character (%U), invisible and able to hide or reorder the text around it: remove it"}, true
	case RosterBidiControl:
		return entry{"berisi karakter kontrol arah teks (%U) yang tak terlihat dan dapat menyembunyikan atau mengubah urutan teks di sekitarnya: hapuslah",
			"holds a bidirectional control character (%U), invisible and able to hide or reorder the text around it: remove it"}, true
	case RosterCellEmpty:
		return entry{"sel wajib kosong", "empty required cell"}, true
	case RosterRankEmpty:
		return entry{"sel wajib kosong: golongan (golongan atau pangkat)", "empty required cell: the rank (golongan or pangkat)"}, true
	case RosterCellBeyond:
		return entry{"sel %d berada di luar %d kolom judul dan diabaikan (ada pemisah yang tidak dikutip?)",
			"cell %d is beyond the %d columns of the header and is ignored (an unquoted separator?)"}, true
	case RosterAgeAtAppointment:
		return entry{"usia saat pengangkatan CPNS %d di luar 18–35: periksa NIP-nya", "age at CPNS appointment %d is outside 18–35: check the NIP"}, true
	case RosterEducationNoLevel:
		return entry{"nama pendidikan tidak menyebut jenjang (SMA, D3, D4, S1, S2, S3): pendidikannya tidak diketahui",
			"no education level (SMA, D3, D4, S1, S2, S3) in the name of the degree: the education is unknown"}, true
	case RosterNotPangkat:
		return entry{"bukan pangkat (Penata Muda … Pembina Utama)", "not a pangkat (Penata Muda … Pembina Utama)"}, true
	case RosterPangkatMismatch:
		return entry{"pangkat %s adalah %s, tetapi kolom golongan menyebut %s", "pangkat %s is %s, but the rank column says %s"}, true

	case RosterNotUTF8:
		return entry{`bukan teks UTF-8: simpan berkasnya sebagai "CSV UTF-8"`, `not UTF-8 text: save the file as "CSV UTF-8"`}, true
	case RosterCSVUnreadable:
		return entry{"CSV tidak terbaca: %v", "unreadable CSV: %v"}, true
	case RosterCSVQuote:
		return entry{`tanda kutip " berlebih atau kurang dalam sel yang dikutip`, `extraneous or missing " in quoted-field`}, true
	case RosterCSVBareQuote:
		return entry{`tanda kutip " di dalam sel yang tidak dikutip`, `bare " in non-quoted-field`}, true
	case RosterBlankBefore:
		return entry{"baris kosong sebelum judul kolom", "blank rows before the header"}, true
	case RosterCellTooLong:
		return entry{"%s karakter, melebihi %s karakter yang dapat dimuat satu sel lembar kerja", "%s characters, more than the %s a spreadsheet cell holds"}, true
	case RosterXLSXUnreadable:
		return entry{"%s: bukan buku kerja XLSX yang dapat dibaca: %v", "%s: not a readable XLSX workbook: %v"}, true
	case RosterXLSXPart:
		return entry{"%s: %s: bukan buku kerja XLSX yang dapat dibaca: %v", "%s: %s: not a readable XLSX workbook: %v"}, true
	case RosterXLSXEncrypted:
		return entry{"%s: buku kerja terenkripsi atau berkas .xls lama: simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi",
			"%s: an encrypted workbook or an old .xls file: save it as an Excel Workbook (.xlsx) without a password"}, true
	case RosterXLSXNoSheet:
		return entry{"%s: buku kerja tidak mempunyai lembar", "%s: the workbook has no sheet"}, true
	case RosterXLSXMissingSheet:
		return entry{"%s: tidak ada lembar bernama %q atau %q (lembar yang ada: %q)", "%s: no sheet named %q or %q (the sheets are %q)"}, true
	case RosterXLSXReadSheet:
		return entry{"%s: membaca lembar %q: %v", "%s: reading sheet %q: %v"}, true
	case RosterXLSXReadRow:
		return entry{"%s: membaca lembar %q di baris %d: %v", "%s: reading sheet %q at row %d: %v"}, true
	case RosterXLSXSheet:
		return entry{"lembar %s", "sheet %s"}, true
	case RosterXMLRow:
		return entry{"baris %q: bukan nomor baris", "row %q: not a row number"}, true
	case RosterXMLCell:
		return entry{"sel %q: bukan alamat sel", "cell %q: not a cell reference"}, true
	case RosterXMLDoctype:
		return entry{"XML-nya memuat deklarasi jenis dokumen, yang tidak dimiliki buku kerja mana pun", "the XML has a document type declaration, which no workbook has"}, true
	case RosterXMLLongTag:
		return entry{"XML-nya memuat tag lebih dari 64 KB, yang tidak dimiliki buku kerja mana pun", "the XML has a tag longer than 64 KB, which no workbook has"}, true

	case LimitOver:
		return entry{"%s: %s, melebihi batas %s untuk berkas data", "%s: %s, over the limit of %s for a roster file"}, true
	case LimitMoreThan:
		return entry{"lebih dari %s", "more than %s"}, true
	case LimitPerFile:
		return entry{"%s per berkas", "%s per file"}, true
	case LimitColumnsInRow:
		return entry{"lebih dari %s kolom di baris %s", "more than %s columns in row %s"}, true
	case LimitColumns:
		return entry{"%s kolom", "%s columns"}, true
	case LimitRows:
		return entry{"%s baris", "%s rows"}, true
	case LimitRowsPerFile:
		return entry{"%s baris per berkas", "%s rows per file"}, true
	case LimitRowsPerSheet:
		return entry{"%s baris per lembar", "%s rows per sheet"}, true
	case LimitCells:
		return entry{"%s sel", "%s cells"}, true
	case LimitCellsPerFile:
		return entry{"%s sel per berkas (barisnya dikali kolomnya)", "%s cells per file (its rows times their columns)"}, true
	case LimitCellsSheet:
		return entry{"%s sel per lembar (barisnya dikali kolomnya)", "%s cells per sheet (its rows times their columns)"}, true
	case LimitParts:
		return entry{"%s bagian", "%s parts"}, true
	case LimitPartsBook:
		return entry{"%s bagian dalam satu buku kerja", "%s parts in a workbook"}, true
	case LimitUnzipped:
		return entry{"%s setelah diekstrak", "%s unzipped"}, true
	case LimitUnzippedAll:
		return entry{"%s setelah diekstrak seluruhnya", "%s unzipped in all"}, true
	case LimitUnzippedPer:
		return entry{"%s setelah diekstrak %s", "%s unzipped %s"}, true
	case LimitPerSheet:
		return entry{"per lembar", "per sheet"}, true
	case LimitPerPart:
		return entry{"per bagian", "per part"}, true
	case LimitStrings:
		return entry{"%s teks bersama", "%s shared strings"}, true
	case LimitCellColumn:
		return entry{"sel di kolom %s", "a cell in column %s"}, true
	}
	return entry{}, false
}
