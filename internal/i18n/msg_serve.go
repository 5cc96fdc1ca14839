package i18n

// The answers of the page's server (mutasi serve) that a person reads: its
// errors, in the language the page asks for (?lang=).
const (
	ServeLangWant       Key = "serve.lang_want"
	ServeWrongHost      Key = "serve.wrong_host"
	ServeWrongToken     Key = "serve.wrong_token"
	ServeMethod         Key = "serve.method"
	ServeNoSession      Key = "serve.no_session"
	ServeUploadTooLarge Key = "serve.upload_too_large"
	ServeUploadSlow     Key = "serve.upload_slow"
	ServeRosterErrors   Key = "serve.roster_errors"
	ServeFileUnreadable Key = "serve.file_unreadable"
	ServeNotMultipart   Key = "serve.not_multipart"
	ServeReadingUpload  Key = "serve.reading_upload"
	ServeUnknownField   Key = "serve.unknown_field"
	ServeSampleOrFiles  Key = "serve.sample_or_files"
	ServeNoFile         Key = "serve.no_file"
	ServeSelectionAlone Key = "serve.selection_alone"
	ServeWorkbookOrBoth Key = "serve.workbook_or_both"
	ServeNoOfficials    Key = "serve.no_officials"
	ServeNoPositions    Key = "serve.no_positions"
	ServeUnknownSetting Key = "serve.unknown_setting"
	ServeBadRequest     Key = "serve.bad_request"
	ServeBadJSON        Key = "serve.bad_json"
	ServeUnknownJSON    Key = "serve.unknown_json_field"
	ServeJSONType       Key = "serve.json_type"
	ServeNoRoster       Key = "serve.no_roster"
	ServeSeq            Key = "serve.seq"
	ServeSuperseded     Key = "serve.superseded"
	ServeCancelled      Key = "serve.cancelled"
	ServeNoPlan         Key = "serve.no_plan"
	ServeUnknownNIP     Key = "serve.unknown_nip"
	ServeAltsK          Key = "serve.alts_k"
	ServeWhatWant       Key = "serve.what_want"
	ServeClientFull     Key = "serve.client_full"
	ServeFull           Key = "serve.full"
)

func serveEntry(k Key) (entry, bool) {
	switch k {
	case ServeLangWant:
		return entry{"lang=%q: pilih id atau en", "lang=%q: want id or en"}, true
	case ServeWrongHost:
		return entry{"host %q bukan server ini: buka URL yang dicetak mutasi serve", "host %q is not this server: open the URL mutasi serve printed"}, true
	case ServeWrongToken:
		return entry{"token tidak ada atau salah: buka URL yang dicetak mutasi serve", "missing or wrong token: open the URL mutasi serve printed"}, true
	case ServeMethod:
		return entry{"metode %s tidak diperbolehkan", "method %s not allowed"}, true
	case ServeNoSession:
		return entry{"sesi tidak dikenal atau kedaluwarsa: muat ulang halaman", "unknown or expired session: reload the page"}, true
	case ServeUploadTooLarge:
		return entry{"unggahan lebih dari %d MB: kirim hanya berkas pejabat dan jabatan", "the upload is larger than %d MB: send only the officials and positions"}, true
	case ServeUploadSlow:
		return entry{"unggahan tidak terbaca: terlalu lama, atau halaman sudah ditutup", "the upload was not read: it took too long, or the page went away"}, true
	case ServeRosterErrors:
		return entry{"data memuat %s: tidak ada yang dimuat; perbaiki sel yang tercantum lalu unggah lagi", "the roster has %s: nothing was loaded; fix the cells listed and upload again"}, true
	case ServeFileUnreadable:
		return entry{"berkas tidak dapat dibaca (%v)", "the file could not be read (%v)"}, true
	case ServeNotMultipart:
		return entry{"pemuatan harus berupa unggahan multipart/form-data", "a load must be a multipart/form-data upload"}, true
	case ServeReadingUpload:
		return entry{"membaca unggahan: %v", "reading the upload: %v"}, true
	case ServeUnknownField:
		return entry{"isian %q dalam unggahan tidak dikenal (pilih officials, positions, workbook, selection atau sample)", "unknown field %q in the upload (want officials, positions, workbook, selection or sample)"}, true
	case ServeSampleOrFiles:
		return entry{"pilih data contoh atau berkas Anda, bukan keduanya", "choose either the sample or your files, not both"}, true
	case ServeNoFile:
		return entry{"tidak ada berkas dalam unggahan: pilih berkas pejabat dan jabatan, atau satu buku kerja", "no file in the upload: choose the officials and positions files, or one workbook"}, true
	case ServeSelectionAlone:
		return entry{"hasil seleksi diunggah bersama data: unggah juga berkas pejabat dan jabatan, atau satu buku kerja", "the selection results go with a roster: upload the officials and positions files, or one workbook, with it"}, true
	case ServeWorkbookOrBoth:
		return entry{"unggah satu buku kerja atau berkas pejabat dan jabatan, bukan keduanya", "upload either one workbook or the officials and positions files, not both"}, true
	case ServeNoOfficials:
		return entry{"berkas pejabat tidak ada (atau unggah satu buku kerja berisi kedua lembar)", "the officials file is missing (or upload one workbook with both sheets)"}, true
	case ServeNoPositions:
		return entry{"berkas jabatan tidak ada (atau unggah satu buku kerja berisi kedua lembar)", "the positions file is missing (or upload one workbook with both sheets)"}, true
	case ServeUnknownSetting:
		return entry{"pengaturan %q tidak dikenal", "unknown setting %q"}, true
	case ServeBadJSON:
		return entry{"permintaan tidak sah: bukan JSON yang sah", "bad request: not valid JSON"}, true
	case ServeJSONType:
		return entry{"permintaan tidak sah: kolom JSON %s berjenis salah", "bad request: JSON field %s has the wrong type"}, true
	case ServeUnknownJSON:
		return entry{"permintaan tidak sah: kolom JSON %s tidak dikenal", "bad request: unknown JSON field %s"}, true
	case ServeBadRequest:
		return entry{"permintaan tidak sah: %v", "bad request: %v"}, true
	case ServeNoRoster:
		return entry{"belum ada data yang dimuat", "no roster is loaded"}, true
	case ServeSeq:
		return entry{"seq %d: pilih bilangan 0 sampai %d (halaman menomori permintaannya mulai dari seq keadaan)", "seq %d: want a number from 0 to %d (the page numbers its requests from the state's seq)"}, true
	case ServeSuperseded:
		return entry{"digantikan oleh permintaan yang lebih baru", "superseded by a newer request"}, true
	case ServeCancelled:
		return entry{"penghitungan dibatalkan (ada permintaan yang lebih baru, atau terlalu lama)", "the solve was cancelled (a newer one was asked for, or it took too long)"}, true
	case ServeNoPlan:
		return entry{"belum ada rencana: muat data dulu", "no plan yet: load a roster first"}, true
	case ServeUnknownNIP:
		return entry{"tidak ada pejabat dengan NIP %q dalam data", "no official with NIP %q in the roster"}, true
	case ServeAltsK:
		return entry{"k=%q: pilih 1 sampai %d", "k=%q: want 1 to %d"}, true
	case ServeWhatWant:
		return entry{"what=%q: pilih salah satu dari %s", "what=%q: want %s"}, true
	case ServeClientFull:
		return entry{"terlalu banyak halaman terbuka dari komputer ini: tutup satu tab mutasi, atau tunggu beberapa menit", "too many pages are open from this computer: close a tab of mutasi, or wait a few minutes"}, true
	case ServeFull:
		return entry{"terlalu banyak halaman terbuka: tutup satu tab mutasi, atau tunggu beberapa menit", "too many pages are open: close a tab of mutasi, or wait a few minutes"}, true
	}
	return entry{}, false
}
