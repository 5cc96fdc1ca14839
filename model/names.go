package model

import "fmt"

// rankNames are the golongan/ruang codes in rank order, starting at Rank 1.
var rankNames = [...]string{"", "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
	"III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"}

// Rank values used by the eselon table.
const (
	RankIIIa Rank = 9
	RankIIIb Rank = 10
	RankIIIc Rank = 11
	RankIIId Rank = 12
	RankIVa  Rank = 13
	RankIVb  Rank = 14
	RankIVc  Rank = 15
	RankIVd  Rank = 16
	RankIVe  Rank = 17
)

// String returns the rank as written in decrees, e.g. "IV/b", or "?" when
// the rank is unknown or out of range.
func (r Rank) String() string {
	if r == 0 || int(r) >= len(rankNames) {
		return "?"
	}
	return rankNames[r]
}

// Valid reports whether r is one of I/a … IV/e.
func (r Rank) Valid() bool { return r >= 1 && int(r) < len(rankNames) }

// pangkatNames are the rank titles (pangkat) of each golongan/ruang, in rank
// order from Rank 1 (PP 99/2000 Lampiran I).
var pangkatNames = [...]string{"", "Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I",
	"Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I",
	"Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I",
	"Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama"}

// Pangkat returns the rank's title as decrees write it next to the code,
// e.g. "Pembina Tingkat I" for IV/b, or "" when the rank is unknown.
func (r Rank) Pangkat() string {
	if !r.Valid() {
		return ""
	}
	return pangkatNames[r]
}

// String returns the eselon code as rosters write it, e.g. "III.a".
func (e Eselon) String() string {
	switch e {
	case EselonIIa:
		return "II.a"
	case EselonIIb:
		return "II.b"
	case EselonIIIa:
		return "III.a"
	case EselonIIIb:
		return "III.b"
	case EselonIVa:
		return "IV.a"
	case EselonIVb:
		return "IV.b"
	}
	return "?"
}

// Level returns the structural level of the eselon: II is JPT Pratama, III
// Administrator, IV Pengawas.
func (e Eselon) Level() Level {
	switch e {
	case EselonIIa, EselonIIb:
		return LevelJPT
	case EselonIIIa, EselonIIIb:
		return LevelAdministrator
	case EselonIVa, EselonIVb:
		return LevelPengawas
	}
	return 0
}

// RankRange returns the lowest and highest rank of the eselon (PP 13/2002).
func (e Eselon) RankRange() (lowest, highest Rank) {
	switch e {
	case EselonIIa:
		return RankIVc, RankIVd
	case EselonIIb:
		return RankIVb, RankIVc
	case EselonIIIa:
		return RankIVa, RankIVb
	case EselonIIIb:
		return RankIIId, RankIVa
	case EselonIVa:
		return RankIIIc, RankIIId
	case EselonIVb:
		return RankIIIb, RankIIIc
	}
	return 0, 0
}

// MinRank returns the lowest rank allowed to hold a post of the eselon: one
// step below the lowest rank of its range (PP 100/2000 Pasal 5 jo PP
// 13/2002), the R-RANK rule.
func (e Eselon) MinRank() Rank {
	lo, _ := e.RankRange()
	if lo == 0 {
		return 0
	}
	return lo - 1
}

// String returns the level's name: "JPT Pratama", "Administrator" or
// "Pengawas".
func (l Level) String() string {
	switch l {
	case LevelJPT:
		return "JPT Pratama"
	case LevelAdministrator:
		return "Administrator"
	case LevelPengawas:
		return "Pengawas"
	}
	return "?"
}

// DefaultRequired returns the competency level a post of this level expects
// by default (PermenPANRB 38/2017): 4 for JPT, 3 for administrator, 2 for
// pengawas.
func (l Level) DefaultRequired() uint8 {
	switch l {
	case LevelJPT:
		return 4
	case LevelAdministrator:
		return 3
	case LevelPengawas:
		return 2
	}
	return 0
}

// String returns the predicate's Indonesian name, e.g. "Sangat Baik".
func (p Predicate) String() string {
	switch p {
	case SangatBaik:
		return "Sangat Baik"
	case Baik:
		return "Baik"
	case ButuhPerbaikan:
		return "Butuh Perbaikan"
	case Kurang:
		return "Kurang"
	case SangatKurang:
		return "Sangat Kurang"
	}
	return "?"
}

// Value returns the number the score uses for the predicate: 1, 0.75, 0.5,
// 0.25 and 0 from Sangat Baik to Sangat Kurang (a documented choice of ours,
// DOMAIN.md "Performance"). An unknown predicate counts as Butuh Perbaikan's
// 0.5 so that a missing rating neither rewards nor ruins an official.
func (p Predicate) Value() float64 {
	switch p {
	case SangatBaik:
		return 1
	case Baik:
		return 0.75
	case ButuhPerbaikan:
		return 0.5
	case Kurang:
		return 0.25
	case SangatKurang:
		return 0
	}
	return 0.5
}

// String returns the training's current name.
func (t Training) String() string {
	switch t {
	case PKP:
		return "PKP"
	case PKA:
		return "PKA"
	case PKNII:
		return "PKN II"
	}
	return ""
}

// String returns the sanction's Indonesian name.
func (s Sanction) String() string {
	switch s {
	case Ringan:
		return "ringan"
	case Sedang:
		return "sedang"
	case Berat:
		return "berat"
	}
	return ""
}

// String returns the kind's name as PP 94/2021 Pasal 8 words it, e.g.
// "penurunan jabatan setingkat lebih rendah selama 12 bulan".
func (k SanctionKind) String() string {
	switch k {
	case TeguranLisan:
		return "teguran lisan"
	case TeguranTertulis:
		return "teguran tertulis"
	case PernyataanTidakPuas:
		return "pernyataan tidak puas secara tertulis"
	case PotonganTukin6:
		return "pemotongan tunjangan kinerja 25% selama 6 bulan"
	case PotonganTukin9:
		return "pemotongan tunjangan kinerja 25% selama 9 bulan"
	case PotonganTukin12:
		return "pemotongan tunjangan kinerja 25% selama 12 bulan"
	case PenurunanJabatan:
		return "penurunan jabatan setingkat lebih rendah selama 12 bulan"
	case PembebasanJabatan:
		return "pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan"
	case Pemberhentian:
		return "pemberhentian dengan hormat tidak atas permintaan sendiri"
	}
	return ""
}

// Severity returns the severity (tingkat) the kind belongs to.
func (k SanctionKind) Severity() Sanction {
	switch k {
	case TeguranLisan, TeguranTertulis, PernyataanTidakPuas:
		return Ringan
	case PotonganTukin6, PotonganTukin9, PotonganTukin12:
		return Sedang
	case PenurunanJabatan, PembebasanJabatan, Pemberhentian:
		return Berat
	}
	return 0
}

// Months returns the statutory period of the kind (PP 94/2021 Pasal 8):
// 6, 9 or 12 months for the cuts of allowance, 12 for the demotion and the
// release to a pelaksana post; 0 for the reprimands, which take effect once,
// and for the discharge, which is permanent (Permanent).
func (k SanctionKind) Months() int {
	switch k {
	case PotonganTukin6:
		return 6
	case PotonganTukin9:
		return 9
	case PotonganTukin12, PenurunanJabatan, PembebasanJabatan:
		return 12
	}
	return 0
}

// Permanent reports whether the kind has no end: the discharge.
func (k SanctionKind) Permanent() bool { return k == Pemberhentian }

// String returns the outcome's Indonesian name: "tetap", "rotasi" or
// "istirahat".
func (v Evaluation) String() string {
	switch v {
	case EvalTetap:
		return "tetap"
	case EvalRotasi:
		return "rotasi"
	case EvalIstirahat:
		return "istirahat"
	}
	return ""
}

// String returns the education level's usual abbreviation.
func (e Education) String() string {
	switch e {
	case SMA:
		return "SMA"
	case D3:
		return "D3"
	case D4:
		return "D4"
	case S1:
		return "S1"
	case S2:
		return "S2"
	case S3:
		return "S3"
	}
	return ""
}

// String returns the NIP in the grouped layout of decrees,
// "19660801 198803 1 001".
func (n NIP) String() string {
	if len(n.Raw) != 18 {
		return n.Raw
	}
	return fmt.Sprintf("%s %s %s %s", n.Raw[:8], n.Raw[8:14], n.Raw[14:15], n.Raw[15:])
}
