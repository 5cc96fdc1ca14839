package i18n

// The messages every area shares: the language flag, the errors of the
// operating system, and the nouns of counts.
const (
	LangUnknown Key = "lang.unknown"

	SysNotExist   Key = "sys.not_exist"
	SysPermission Key = "sys.permission"
	SysExist      Key = "sys.exist"
	SysIsDir      Key = "sys.is_dir"
	SysNotDir     Key = "sys.not_dir"
	SysNoSpace    Key = "sys.no_space"
	SysReadOnly   Key = "sys.read_only"
	SysCanceled   Key = "sys.canceled"
	SysDeadline   Key = "sys.deadline"
	SysNumSyntax  Key = "sys.num_syntax"
	SysNumRange   Key = "sys.num_range"

	UnitMonth     Key = "unit.month"
	UnitYear      Key = "unit.year"
	UnitPost      Key = "unit.post"
	UnitOfficial  Key = "unit.official"
	UnitCandidate Key = "unit.candidate"
	UnitError     Key = "unit.error"
	UnitWarning   Key = "unit.warning"
	UnitProblem   Key = "unit.problem"
	UnitMove      Key = "unit.move"
	UnitPlan      Key = "unit.plan"
	UnitRow       Key = "unit.row"
	UnitPair      Key = "unit.pair"
	UnitByte      Key = "unit.byte"

	WordNone    Key = "word.none"
	WordAnd     Key = "word.and"
	WordWarning Key = "word.warning"
	WordError   Key = "word.error"
)

func commonEntry(k Key) (entry, bool) {
	switch k {
	case LangUnknown:
		return entry{"bahasa %q tidak dikenal: pilih id atau en", "unknown language %q: want id or en"}, true

	case SysNotExist:
		return entry{"berkas atau folder tidak ada", "no such file or folder"}, true
	case SysPermission:
		return entry{"akses ditolak", "permission denied"}, true
	case SysExist:
		return entry{"sudah ada", "already exists"}, true
	case SysIsDir:
		return entry{"ini folder, bukan berkas", "is a folder, not a file"}, true
	case SysNotDir:
		return entry{"bukan folder", "not a folder"}, true
	case SysNoSpace:
		return entry{"ruang disk penuh", "no space left on the disk"}, true
	case SysReadOnly:
		return entry{"sistem berkas hanya dapat dibaca", "read-only file system"}, true
	case SysCanceled:
		return entry{"dibatalkan", "cancelled"}, true
	case SysDeadline:
		return entry{"waktu habis", "timed out"}, true
	case SysNumSyntax:
		return entry{"%q bukan bilangan", "%q is not a number"}, true
	case SysNumRange:
		return entry{"%q di luar jangkauan", "%q is out of range"}, true

	case UnitMonth:
		return entry{"bulan", "month|months"}, true
	case UnitYear:
		return entry{"tahun", "year|years"}, true
	case UnitPost:
		return entry{"jabatan", "post|posts"}, true
	case UnitOfficial:
		return entry{"pejabat", "official|officials"}, true
	case UnitCandidate:
		return entry{"calon", "candidate|candidates"}, true
	case UnitError:
		return entry{"kesalahan", "error|errors"}, true
	case UnitWarning:
		return entry{"peringatan", "warning|warnings"}, true
	case UnitProblem:
		return entry{"masalah", "problem|problems"}, true
	case UnitMove:
		return entry{"mutasi", "move|moves"}, true
	case UnitPlan:
		return entry{"rencana", "plan|plans"}, true
	case UnitRow:
		return entry{"baris", "row|rows"}, true
	case UnitPair:
		return entry{"pasangan", "pair|pairs"}, true
	case UnitByte:
		return entry{"byte", "byte|bytes"}, true

	case WordNone:
		return entry{"tidak ada", "none"}, true
	case WordAnd:
		return entry{"dan", "and"}, true
	case WordWarning:
		return entry{"peringatan", "warning"}, true
	case WordError:
		return entry{"kesalahan", "error"}, true
	}
	return entry{}, false
}
