package model

import "time"

// Rank is a civil-service rank (golongan/ruang), ordered from I/a (1) to
// IV/e (17): I/a…I/d are 1–4, II/a…II/d 5–8, III/a…III/d 9–12 and
// IV/a…IV/e 13–17. The zero Rank is unknown.
type Rank uint8

// Level is a structural level of posts.
type Level uint8

// The structural levels. The zero Level is unknown.
const (
	LevelJPT           Level = iota + 1 // JPT Pratama, old eselon II
	LevelAdministrator                  // Administrator, old eselon III
	LevelPengawas                       // Pengawas, old eselon IV
)

// Eselon is the eselon code of a structural post. The zero Eselon is unknown.
type Eselon uint8

// The eselon codes, from the highest in local government to the lowest.
const (
	EselonIIa Eselon = iota + 1
	EselonIIb
	EselonIIIa
	EselonIIIb
	EselonIVa
	EselonIVb
)

// Gender is the gender digit of a NIP.
type Gender uint8

// Genders as coded in the NIP (Perka BKN 22/2007). The zero Gender is unknown.
const (
	Male   Gender = 1
	Female Gender = 2
)

// NIP is a parsed civil-servant identification number (Nomor Induk Pegawai,
// Perka BKN 22/2007): birth date, first CPNS appointment month, gender and a
// sequence number, 18 digits in all.
type NIP struct {
	// Raw is the 18 digits as written, without spaces.
	Raw string
	// Birth is the birth date encoded in the first eight digits.
	Birth time.Time
	// Appointed is the first day of the CPNS appointment month.
	Appointed time.Time
	Gender    Gender
	// Seq is the sequence number, 1–999.
	Seq int
}

// Predicate is an SKP performance predicate (PermenPANRB 6/2022). The zero
// Predicate is unknown.
type Predicate uint8

// The five predicates, best first.
const (
	SangatBaik     Predicate = iota + 1 // very good
	Baik                                // good
	ButuhPerbaikan                      // needs improvement
	Kurang                              // poor (misconduct)
	SangatKurang                        // very poor
)

// Performance is an official's performance evaluation: a predicate, either
// given as such or mapped from an old 0–100 score (PP 46/2011 bands).
type Performance struct {
	Predicate Predicate
	// Score is the 0–100 score when one was given; HasScore says so.
	Score    float64
	HasScore bool
}

// Competency indices into a Profile: the eight managerial competencies, the
// socio-cultural one and the technical one of PermenPANRB 38/2017.
const (
	M1 = iota // Integritas
	M2        // Kerjasama
	M3        // Komunikasi
	M4        // Orientasi pada Hasil
	M5        // Pelayanan Publik
	M6        // Pengembangan Diri dan Orang Lain
	M7        // Mengelola Perubahan
	M8        // Pengambilan Keputusan
	SK        // Perekat Bangsa (socio-cultural)
	// TK is the technical competency (kompetensi teknis) of the post's
	// field: optional on both sides, and counted in the JPM only when the
	// post sets a level and the official has one (see JPM).
	TK
	NumCompetencies
)

// Profile holds competency levels 1–5 indexed by M1 … TK; a 0 level is
// unknown (not assessed) for an official and not required for a post.
type Profile [NumCompetencies]uint8

// Training is a leadership training (pelatihan kepemimpinan). The zero
// Training is none or unknown.
type Training uint8

// Leadership trainings, from the lowest level to the highest. Old names
// (Diklatpim IV/III/II) map to PKP/PKA/PKN II.
const (
	PKP   Training = iota + 1 // Pelatihan Kepemimpinan Pengawas (Diklatpim IV)
	PKA                       // Pelatihan Kepemimpinan Administrator (Diklatpim III)
	PKNII                     // Pelatihan Kepemimpinan Nasional Tingkat II (Diklatpim II)
)

// Education is the highest education level. The zero Education is unknown.
type Education uint8

// Education levels in increasing order.
const (
	SMA Education = iota + 1
	D3
	D4
	S1
	S2
	S3
)

// Sanction is a discipline sanction (hukuman disiplin, PP 94/2021). The zero
// Sanction is none.
type Sanction uint8

// Sanction severities.
const (
	Ringan Sanction = iota + 1 // light
	Sedang                     // moderate
	Berat                      // heavy
)

// SanctionKind is the kind of a discipline sanction, as PP 94/2021 Pasal 8
// lists them under each severity. The zero SanctionKind is unknown (only
// the severity was given).
type SanctionKind uint8

// The kinds of PP 94/2021 Pasal 8 ayat (2), (3) and (4).
const (
	TeguranLisan        SanctionKind = iota + 1 // ringan: oral reprimand
	TeguranTertulis                             // ringan: written reprimand
	PernyataanTidakPuas                         // ringan: written statement of dissatisfaction
	PotonganTukin6                              // sedang: allowance cut by 25 % for 6 months
	PotonganTukin9                              // sedang: for 9 months
	PotonganTukin12                             // sedang: for 12 months
	PenurunanJabatan                            // berat: demotion one level lower for 12 months
	PembebasanJabatan                           // berat: released to a pelaksana post for 12 months
	Pemberhentian                               // berat: honourable discharge not at one's own request
)

// Evaluation is the outcome of a holder's latest evaluation (evaluasi
// jabatan, uji kompetensi, job fit) as agencies report it. The zero
// Evaluation is "not evaluated".
type Evaluation uint8

// The three outcomes.
const (
	EvalTetap     Evaluation = iota + 1 // stays in the post
	EvalRotasi                          // rotates to another post of the level
	EvalIstirahat                       // rests: released from the post (non-job)
)

// Official is a civil servant in the roster (pejabat): the holder of a post,
// or a candidate without one.
type Official struct {
	NIP  NIP
	Name string
	Rank Rank
	// Position is the id of the current post; empty when the official holds
	// no structural post in the roster.
	Position string
	// Eselon is the eselon of a current post outside the roster's posts
	// (e.g. a pengawas who is a candidate for promotion): optional column
	// "eselon" of the officials file. Zero when the official holds a post of
	// the roster (its eselon is the post's) or no structural post.
	Eselon Eselon
	// PositionSince is the TMT of the current post; zero when unknown.
	PositionSince time.Time
	Performance   Performance
	// Potential is 0–100 when HasPotential.
	Potential    float64
	HasPotential bool
	// TalentBox is the 9-box cell 1–9 (PermenPANRB 3/2020); 0 is unknown.
	TalentBox  uint8
	Competency Profile
	// Families are the job families (rumpun) the official belongs to by
	// education and experience, as written in the roster (a cell lists
	// several separated by "|"); nil when unknown.
	Families  []string
	Education Education
	Training  Training
	// TrainingInProgress is true while the official attends leadership
	// training (the kind is Training's next level, or PKN II if unknown).
	TrainingInProgress bool
	Sanction           Sanction
	// SanctionKind is the kind of the sanction (PP 94/2021 Pasal 8); zero
	// when only the severity is known.
	SanctionKind SanctionKind
	// SanctionUntil is the last day the sanction is in force; zero when
	// unknown (then SanctionDate and the kind's statutory period decide, or
	// the sanction is taken to be in force).
	SanctionUntil time.Time
	// SanctionDate is the day the sanction took effect; zero when unknown.
	SanctionDate time.Time
	// Evaluation is the outcome of the latest evaluation of the holder;
	// EvaluationDate its date (zero when unknown).
	Evaluation     Evaluation
	EvaluationDate time.Time
	// AdministratorSince and PengawasSince are the start of the first post
	// at that level (cumulative experience, R-PROMOTION); zero when unknown.
	AdministratorSince time.Time
	PengawasSince      time.Time
	// BirthDate defaults to the NIP's birth date.
	BirthDate time.Time
	// Unit is the unit (OPD) the official works in, when the file says it:
	// informational; the lampiran names it for a post outside the roster.
	Unit string
	// Extra holds the columns the roster had beyond the known ones.
	Extra map[string]string
	// Row is the row of the source file (header = row 1), for messages.
	Row int
}

// Position is a structural post (jabatan).
type Position struct {
	ID   string
	Name string
	// Unit is the regional agency (OPD) of the post.
	Unit   string
	Eselon Eselon
	// Required holds the competency standard of the post; levels left
	// unknown in the file are filled with the eselon's default on load.
	Required Profile
	// Priority is 1–5; the loader applies the default 3.
	Priority int
	// Family is the job family (rumpun) as written: empty when unknown, or
	// "umum" for a generalist post (secretariats, assistants, camat) that
	// suits every family (FamilyGeneralist).
	Family string
	// Approval names an external approval a move into the post needs.
	Approval string
	Extra    map[string]string
	Row      int
}

// Selection is one name the open selection (seleksi terbuka) of a JPT post
// proposes: the committee lists up to three per post.
type Selection struct {
	// Position is the post's id, NIP the candidate's (as in the roster).
	Position string
	NIP      string
	// Rank is the committee's ranking 1–3; 0 when not given.
	Rank int
	// Row is the row of the source file, for messages.
	Row int
}

// Roster is a validated set of officials and positions, with the results
// of the open selections for JPT posts when given.
type Roster struct {
	Officials  []Official
	Positions  []Position
	Selections []Selection
}
