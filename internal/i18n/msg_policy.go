package i18n

// The errors of the policy file and of the settings that change it
// (--weight, --pin, a scenario's KEY=VALUE, a slider on the page).
const (
	PolicyUnknownKey     Key = "policy.unknown_key"
	PolicyFileHead       Key = "policy.file_head"
	PolicyDefault        Key = "policy.default"
	PolicyDefaultNone    Key = "policy.default_none"
	PolicyDefaultDate    Key = "policy.default_date"
	PolicyKeyErr         Key = "policy.key_err"
	PolicyNotNumber      Key = "policy.not_number"
	PolicyBetween        Key = "policy.between"
	PolicyControl        Key = "policy.control"
	PolicyWantBool       Key = "policy.want_bool"
	PolicyNotWhole       Key = "policy.not_whole"
	PolicyBadDate        Key = "policy.bad_date"
	PolicyNoPlanDate     Key = "policy.no_plan_date"
	PolicyPlanYears      Key = "policy.plan_years"
	PolicyBadNIP         Key = "policy.bad_nip"
	PolicyBadNIPErr      Key = "policy.bad_nip_err"
	PolicyWantDecision   Key = "policy.want_decision"
	PolicyForbidPost     Key = "policy.forbid_post"
	PolicyAt             Key = "policy.at"
	PolicyInFile         Key = "policy.in_file"
	PolicyUnknownSection Key = "policy.unknown_section"
	PolicySectionTwice   Key = "policy.section_twice"
	PolicyUnknownKeyTop  Key = "policy.unknown_key_top"
	PolicyUnknownKeyIn   Key = "policy.unknown_key_in"
	PolicyWantSingle     Key = "policy.want_single"
	PolicyKeyTwice       Key = "policy.key_twice"
	PolicyPinTwice       Key = "policy.pin_twice"
	PolicyWantTitle      Key = "policy.want_title"
	PolicyTooLong        Key = "policy.too_long"
	PolicyBadDecreeDate  Key = "policy.bad_decree_date"
	PolicyOrNone         Key = "policy.or_none"
	PolicyTooLarge       Key = "policy.too_large"
	PolicyArrayTable     Key = "policy.array_table"
	PolicyTOML           Key = "policy.toml"
	PolicyTOMLQuote      Key = "policy.toml_quote"
	PolicyNested         Key = "policy.nested"
	PolicyInlineTable    Key = "policy.inline_table"
	BudgetForced         Key = "policy.budget_forced"
	BudgetLeast          Key = "policy.budget_least"
	BudgetMore           Key = "policy.budget_more"
)

func policyEntry(k Key) (entry, bool) {
	switch k {
	case PolicyFileHead:
		return entry{"kebijakan mutasi: bobot skor, sakelar aturan dan keputusan analis.\nUbah lalu pakai dengan --policy BERKAS; opsi baris perintah menimpanya.",
			"mutasi policy: weights of the score, switches of the rules and the\nanalyst's decisions. Edit and pass with --policy FILE; flags override it."}, true
	case PolicyDefault:
		return entry{"bawaan: %s", "default: %s"}, true
	case PolicyDefaultNone:
		return entry{"tidak ada", "none"}, true
	case PolicyDefaultDate:
		return entry{"hari ini, atau tanggal data contoh untuk data contoh", "today, or the sample's date for the embedded sample"}, true
	case PolicyUnknownKey:
		return entry{"kunci kebijakan %q tidak dikenal", "unknown policy key %q"}, true
	case PolicyKeyErr:
		return entry{"%s: %v", "%s: %v"}, true
	case PolicyNotNumber:
		return entry{"nilai %q tidak sah: bukan bilangan", "bad value %q: not a number"}, true
	case PolicyBetween:
		return entry{"nilai %q tidak sah: harus antara %s dan %s", "bad value %q: must be between %s and %s"}, true
	case PolicyControl:
		return entry{"nilai %q tidak sah: karakter kontrol tidak diperbolehkan", "bad value %q: control characters are not allowed"}, true
	case PolicyWantBool:
		return entry{"nilai %q tidak sah: pilih true atau false", "bad value %q: want true or false"}, true
	case PolicyNotWhole:
		return entry{"nilai %q tidak sah: bukan bilangan bulat", "bad value %q: not a whole number"}, true
	case PolicyBadDate:
		return entry{"tanggal %q tidak sah: tulis YYYY-MM-DD", "bad date %q: want YYYY-MM-DD"}, true
	case PolicyNoPlanDate:
		return entry{"tanggal rencana belum diisi", "the plan date is not set"}, true
	case PolicyPlanYears:
		return entry{"tanggal %q tidak sah: tanggal rencana berada antara %d-01-01 dan %d-12-31", "bad date %q: a plan date lies between %d-01-01 and %d-12-31"}, true
	case PolicyBadNIP:
		return entry{"NIP %q tidak sah: harus 18 digit", "bad NIP %q: want 18 digits"}, true
	case PolicyBadNIPErr:
		return entry{"NIP %q tidak sah: %v", "bad NIP %q: %v"}, true
	case PolicyWantDecision:
		return entry{"nilai %q tidak sah: tulis NIP=JABATAN", "bad value %q: want NIP=POST"}, true
	case PolicyForbidPost:
		return entry{"nilai %q tidak sah: larangan menyebut suatu jabatan", "bad value %q: a forbid names a post"}, true
	case PolicyAt:
		return entry{"%s:%d: %v", "%s:%d: %v"}, true
	case PolicyInFile:
		return entry{"%s: %v", "%s: %v"}, true
	case PolicyUnknownSection:
		return entry{"bagian [%s] tidak dikenal (pilih [weights], [rules], [decisions], [calendar] atau [decree])",
			"unknown section [%s] (want [weights], [rules], [decisions], [calendar] or [decree])"}, true
	case PolicySectionTwice:
		return entry{"bagian [%s] tertulis dua kali", "section [%s] given twice"}, true
	case PolicyUnknownKeyTop:
		return entry{"kunci %q tidak dikenal di tingkat teratas", "unknown key %q at the top level"}, true
	case PolicyUnknownKeyIn:
		return entry{"kunci %q tidak dikenal di [%s]", "unknown key %q in [%s]"}, true
	case PolicyWantSingle:
		return entry{"perlu satu nilai, bukan daftar", "want a single value, got a list"}, true
	case PolicyKeyTwice:
		return entry{"tertulis dua kali (pertama di baris %d)", "given twice (first at line %d)"}, true
	case PolicyPinTwice:
		return entry{"pin: NIP %s ditetapkan dua kali (pertama di baris %d)", "pin: NIP %s pinned twice (first at line %d)"}, true
	case PolicyWantTitle:
		return entry{"nilai %q tidak sah: pilih WALI KOTA, BUPATI atau GUBERNUR", "bad value %q: want WALI KOTA, BUPATI or GUBERNUR"}, true
	case PolicyTooLong:
		return entry{"nilai tidak sah: %d karakter, paling banyak %d", "bad value: %d characters, at most %d"}, true
	case PolicyOrNone:
		return entry{"%v; boleh juga none", "%v; none is also accepted"}, true
	case PolicyTooLarge:
		return entry{"%s: lebih dari %d MiB: bukan berkas kebijakan", "%s: larger than %d MiB: not a policy file"}, true
	case PolicyArrayTable:
		return entry{"[[%s]]: berkas kebijakan tidak memakai larik tabel", "[[%s]]: a policy has no arrays of tables"}, true
	case PolicyTOML:
		// The parser's own words (go-toml) stay as it writes them.
		return entry{"TOML tidak sah: %s (kolom %d)", "%s (column %d)"}, true
	case PolicyTOMLQuote:
		return entry{`%v: beri tanda kutip pada teks ("yes", "none"); nilai benar/salah ditulis true atau false`, `%v: quote text ("yes", "none"); booleans are true or false`}, true
	case PolicyNested:
		return entry{"tulis daftar nilai, bukan %s bersarang", "want a list of values, got a nested %s"}, true
	case PolicyInlineTable:
		return entry{"tulis satu nilai, bukan tabel sebaris", "want a value, got an inline table"}, true
	case BudgetForced:
		return entry{"batas %d mutasi lebih kecil daripada %d pemangku yang oleh aturan harus meninggalkan jabatannya: %s%s",
			"max moves %d is below the %d holders the rules force to leave their post: %s%s"}, true
	case BudgetLeast:
		return entry{"batas %d mutasi lebih kecil daripada %d mutasi yang terjadi di setiap rencana: %d pemangku harus meninggalkan jabatannya (%s%s) dan penetapan serta larangan memindahkan %d lagi",
			"max moves %d is below the %d moves every plan makes: %d holders must leave their post (%s%s) and the pins and forbids move %d more"}, true
	case BudgetMore:
		return entry{" dan %d lainnya", " and %d more"}, true
	case PolicyBadDecreeDate:
		return entry{"tanggal %q tidak sah: tulis YYYY-MM-DD atau 1 Maret 2028", "bad date %q: want YYYY-MM-DD or 1 Maret 2028"}, true
	}
	return entry{}, false
}
