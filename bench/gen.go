package bench

import (
	"cmp"
	"errors"
	"fmt"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/mutasi-id/mutasi/model"
)

// The presets of Config.Preset, with the sizes local governments have (docs/bench.md).
const (
	// PresetKota is a city: 25–35 JPT and 80–150 administrator posts.
	PresetKota = "kota"
	// PresetKabupaten is a regency: 30–40 JPT and 120–250 administrator posts.
	PresetKabupaten = "kabupaten"
	// PresetProvinsi is a province: 40–60 JPT and 150–250 administrator posts
	// (and, with Config.Pengawas, about 2.8 pengawas posts per administrator
	// post, the proportion of Banten 2016: 552 to 199).
	PresetProvinsi = "provinsi"
)

// The largest custom sizes Generate accepts.
const (
	MaxOfficials = 50000
	MaxPositions = 40000
)

// DefaultDate is the plan date Generate uses when Config.Date is zero.
const DefaultDate = "2026-12-01"

// Config describes the roster to generate.
type Config struct {
	// Preset is PresetKota, PresetKabupaten or PresetProvinsi; empty for a
	// custom size given by Officials and Positions.
	Preset string
	// Officials and Positions are the custom sizes (1 … MaxOfficials and
	// 1 … MaxPositions). With a preset they must be zero: the preset draws
	// its own sizes and about 1.4 officials per post.
	Officials, Positions int
	// Pengawas adds pengawas (eselon IV) posts to a preset. Custom sizes
	// always have them (about 69 % of the posts, as in Banten 2016).
	Pengawas bool
	// Seed makes the roster reproducible: the same Config gives the same
	// roster, byte for byte once written.
	Seed uint64
	// Date is the plan date ages, tenures, retirements and sanctions are
	// drawn against; zero means DefaultDate.
	Date time.Time
}

// Generate returns a synthetic roster for cfg. It is deterministic: the same
// Config gives the same roster. Officials come first as the holders of the
// filled posts (about 90 % of the posts), then the candidates without a post
// in the roster. Every NIP is valid and unique, every rank is within its
// post's eselon range or one step below, and the roster is what rosterfile.Load
// returns for the files WriteOfficialsCSV and WritePositionsCSV write, up to
// Extra and Row.
//
// Its cost is linear in the number of officials and posts.
func Generate(cfg Config) (*model.Roster, error) {
	date := cfg.Date
	if date.IsZero() {
		date, _ = time.Parse(time.DateOnly, DefaultDate)
	}
	g := &generator{
		// The second word of the PCG state is a constant so that seeds 0, 1,
		// 2 … give unrelated streams without the caller mixing them.
		rng:  rand.New(rand.NewPCG(cfg.Seed, 0x6d75746173692121)),
		date: date,
		seq:  make(map[string]int),
	}
	var regions []*region
	officials := cfg.Officials
	switch cfg.Preset {
	case PresetKota, PresetKabupaten, PresetProvinsi:
		if cfg.Officials != 0 || cfg.Positions != 0 {
			return nil, i18n.Errorf(i18n.BenchPresetSizes, cfg.Preset, cfg.Officials, cfg.Positions)
		}
		lo, hi, alo, ahi := 25, 35, 80, 150
		kind := regionKota
		switch cfg.Preset {
		case PresetKabupaten:
			lo, hi, alo, ahi, kind = 30, 40, 120, 250, regionKabupaten
		case PresetProvinsi:
			lo, hi, alo, ahi, kind = 40, 60, 150, 250, regionProvinsi
		}
		r := &region{kind: kind, place: g.places(1)[0]}
		r.jpt = lo + g.rng.IntN(hi-lo+1)
		r.admin = alo + g.rng.IntN(ahi-alo+1)
		if cfg.Pengawas {
			r.pengawas = int(math.Round(2.8 * float64(r.admin)))
		}
		regions = []*region{r}
		m := r.jpt + r.admin + r.pengawas
		officials = m + m*2/5
	case "":
		if cfg.Officials < 1 || cfg.Officials > MaxOfficials {
			return nil, i18n.Errorf(i18n.BenchOfficialsOut, cfg.Officials, MaxOfficials)
		}
		if cfg.Positions < 1 || cfg.Positions > MaxPositions {
			return nil, i18n.Errorf(i18n.BenchPositionsOut, cfg.Positions, MaxPositions)
		}
		regions = g.customRegions(cfg.Positions)
	default:
		return nil, i18n.Errorf(i18n.BenchPresetWant, cfg.Preset, PresetKota, PresetKabupaten, PresetProvinsi)
	}

	r := &model.Roster{}
	for _, rg := range regions {
		g.positions(r, rg, len(regions) > 1)
	}
	hasPengawas := false
	for _, rg := range regions {
		hasPengawas = hasPengawas || rg.pengawas > 0
	}
	if err := g.officials(r, officials, hasPengawas); err != nil {
		return nil, err
	}
	lawFacts(r, cfg.Seed, date)
	return r, nil
}

// generator holds the state of one Generate call.
type generator struct {
	rng  *rand.Rand
	date time.Time
	// seq counts the NIPs issued per 15-digit prefix (birth date,
	// appointment month, gender), which makes the sequence numbers unique
	// by construction.
	seq map[string]int
}

type regionKind uint8

const (
	regionKota regionKind = iota + 1
	regionKabupaten
	regionProvinsi
)

// region is one local government of the roster and its quota of posts per
// level.
type region struct {
	kind                  regionKind
	place                 string
	jpt, admin, pengawas  int
	prefix                string
	units                 []*unit
	headTitle, staffTitle string
}

// customRegions splits m posts over levels (6 % JPT, 25 % administrator, the
// rest pengawas: the proportions of Banten 2016) and, beyond 400 posts, over
// regions of about 350 posts each: the province itself first, then regencies
// and cities, as when a province pools all its local governments.
func (g *generator) customRegions(m int) []*region {
	jpt := max(1, int(math.Round(0.06*float64(m))))
	admin := min(int(math.Round(0.25*float64(m))), m-jpt)
	pengawas := m - jpt - admin
	n := 1
	if m > 400 {
		n = (m + 349) / 350
	}
	names := g.places(n)
	regions := make([]*region, n)
	for k := range regions {
		kind := regionKabupaten
		switch {
		case n > 1 && k == 0:
			kind = regionProvinsi
		case k%3 == 0 && k > 0:
			kind = regionKota
		}
		regions[k] = &region{kind: kind, place: names[k],
			jpt:      share(jpt, n, k),
			admin:    share(admin, n, k),
			pengawas: share(pengawas, n, k)}
	}
	return regions
}

// share is the k-th of n near-equal parts of total.
func share(total, n, k int) int {
	s := total / n
	if k < total%n {
		s++
	}
	return s
}

// places returns n distinct fictional place names in a seeded order.
func (g *generator) places(n int) []string {
	all := make([]string, 0, len(placeHeads)*len(placeTails))
	for _, h := range placeHeads {
		for _, t := range placeTails {
			all = append(all, h+" "+t)
		}
	}
	g.rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	out := make([]string, n)
	for k := range out {
		out[k] = all[k%len(all)]
		if k >= len(all) {
			out[k] += fmt.Sprintf(" %d", k/len(all)+1)
		}
	}
	return out
}

type unitKind uint8

const (
	unitSetda unitKind = iota + 1
	unitSetwan
	unitInspektorat
	unitOPD
	unitBiro
	unitKecamatan
)

// unit is one OPD of a region.
type unit struct {
	kind unitKind
	name string // with the region's prefix
	spec *opdSpec
	// place and kelurahan name a kecamatan and its urban villages.
	place     string
	kelurahan []string
}

// draft is a post before it gets its id: posts are drawn level by level
// round-robin over the units and then sorted back into unit order.
type draft struct {
	unit, level, k int
	pos            model.Position
}

// positions appends the posts of one region to r.
func (g *generator) positions(r *model.Roster, rg *region, pooled bool) {
	switch rg.kind {
	case regionKota:
		rg.headTitle, rg.staffTitle = "Kota", "Wali Kota"
	case regionKabupaten:
		rg.headTitle, rg.staffTitle = "Kab.", "Bupati"
	default:
		rg.headTitle, rg.staffTitle = "Prov.", "Gubernur"
	}
	if pooled {
		rg.prefix = rg.headTitle + " " + rg.place + " — "
	}
	g.units(rg)

	var drafts []draft
	jpt := g.jptPosts(rg)
	if len(jpt) < rg.jpt {
		// More JPT posts than the agencies have heads: the surplus becomes
		// administrator posts, never invented JPT titles.
		rg.admin += rg.jpt - len(jpt)
		rg.jpt = len(jpt)
	}
	drafts = append(drafts, jpt[:rg.jpt]...)
	drafts = append(drafts, g.roundRobin(rg, 2, rg.admin, adminSlot)...)
	drafts = append(drafts, g.roundRobin(rg, 3, rg.pengawas, pengawasSlot)...)
	slices.SortStableFunc(drafts, func(a, b draft) int {
		return cmp.Or(cmp.Compare(a.unit, b.unit), cmp.Compare(a.level, b.level), cmp.Compare(a.k, b.k))
	})
	for _, d := range drafts {
		p := d.pos
		p.ID = fmt.Sprintf("JAB-%05d", len(r.Positions)+1)
		p.Row = len(r.Positions) + 2
		lvl := p.Eselon.Level()
		for k := range model.TK {
			p.Required[k] = lvl.DefaultRequired()
		}
		// A post of a specific family sets a technical standard at the
		// level's usual level; generalist posts set none.
		if !model.IsGeneralist(p.Family) {
			p.Required[model.TK] = lvl.DefaultRequired()
		}
		// About one post in eight sets its own competency standard, one
		// level above or below the default on a few competencies.
		if g.rng.IntN(8) == 0 {
			for range 3 {
				k := g.rng.IntN(int(model.TK))
				if g.rng.IntN(2) == 0 {
					p.Required[k] = min(5, p.Required[k]+1)
				} else {
					p.Required[k] = max(1, p.Required[k]-1)
				}
			}
		}
		if p.Priority == 0 {
			p.Priority = g.priority()
		}
		r.Positions = append(r.Positions, p)
	}
}

// units lays out the agencies of a region.
func (g *generator) units(rg *region) {
	add := func(u *unit) { rg.units = append(rg.units, u) }
	add(&unit{kind: unitSetda, name: rg.prefix + "Sekretariat Daerah"})
	add(&unit{kind: unitSetwan, name: rg.prefix + "Sekretariat DPRD"})
	add(&unit{kind: unitInspektorat, name: rg.prefix + "Inspektorat"})
	for k := range opds {
		if opds[k].province && rg.kind != regionProvinsi {
			continue
		}
		add(&unit{kind: unitOPD, name: rg.prefix + opds[k].name, spec: &opds[k]})
	}
	if rg.kind == regionProvinsi {
		for k := range biros {
			add(&unit{kind: unitBiro, name: rg.prefix + "Sekretariat Daerah — " + biros[k].name, spec: &biros[k]})
		}
		return
	}
	// A city of 80–150 administrator posts has about 6–12 districts, a
	// regency of 120–250 about 10–20.
	nk := min(45, max(2, int(math.Round(0.08*float64(rg.admin)))))
	names := g.places(nk * 4)
	for k := range nk {
		add(&unit{kind: unitKecamatan, name: rg.prefix + "Kecamatan " + names[k], place: names[k],
			kelurahan: names[nk+3*k : nk+3*k+3]})
	}
}

// jptPosts returns the region's JPT posts in the order they are created:
// the secretary, inspector, council secretary and assistants first, then the
// heads of agencies with the expert staff among them.
func (g *generator) jptPosts(rg *region) []draft {
	prov := rg.kind == regionProvinsi
	head := model.EselonIIb
	if prov {
		head = model.EselonIIa
	}
	var out []draft
	add := func(u int, name string, es model.Eselon, prio int, family string) {
		approval := "Pertimbangan teknis BKN"
		if len(out) == 0 {
			approval = "Persetujuan Gubernur; pertimbangan teknis BKN"
			if prov {
				approval = "Persetujuan Presiden; pertimbangan teknis BKN"
			}
		}
		out = append(out, draft{unit: u, level: 1, k: len(out), pos: model.Position{
			Name: name, Unit: rg.units[u].name, Eselon: es, Priority: prio,
			Family: family, Approval: approval}})
	}
	add(0, "Sekretaris Daerah", model.EselonIIa, 5, familyGeneralist)
	add(2, "Inspektur", head, 4, "pengawasan")
	add(1, "Sekretaris DPRD", head, 0, familyGeneralist)
	for _, a := range assistants {
		add(0, "Asisten "+a, head, 0, familyGeneralist)
	}
	opdSeen := 0
	for u, un := range rg.units {
		if un.kind != unitOPD || un.spec.province {
			continue
		}
		add(u, un.spec.head+" "+un.spec.name, head, un.spec.prio, un.spec.family)
		opdSeen++
		if opdSeen == 10 {
			for _, s := range staffAdvisers {
				add(0, "Staf Ahli "+rg.staffTitle+" Bidang "+s, head, 2, familyGeneralist)
			}
		}
	}
	for u, un := range rg.units {
		if un.kind == unitBiro {
			add(u, "Kepala "+un.spec.name, model.EselonIIb, un.spec.prio, un.spec.family)
		}
	}
	for u, un := range rg.units {
		if un.kind == unitOPD && un.spec.province {
			add(u, un.spec.head+" "+un.spec.name, head, un.spec.prio, un.spec.family)
		}
	}
	return out
}

// slotFunc returns the k-th post of a level in a unit: its name, eselon and
// priority (0 = drawn), or ok=false when the unit has no k-th post.
type slotFunc func(rg *region, u *unit, k int) (name string, es model.Eselon, prio int, ok bool)

// roundRobin draws n posts of one level, one per unit in turn, so that every
// agency gets its secretary before any gets a second division head.
func (g *generator) roundRobin(rg *region, level, n int, slot slotFunc) []draft {
	var out []draft
	for k := 0; len(out) < n; k++ {
		progress := false
		for u, un := range rg.units {
			if len(out) == n {
				break
			}
			name, es, prio, ok := slot(rg, un, k)
			if !ok {
				continue
			}
			progress = true
			out = append(out, draft{unit: u, level: level, k: k, pos: model.Position{
				Name: name, Unit: un.name, Eselon: es, Priority: prio, Family: postFamily(un, name)}})
		}
		if !progress {
			// Agencies have unbounded slots (technical units), so this
			// cannot happen while the region has an agency.
			break
		}
	}
	return out
}

// bagianFamilies are the job families of the sections of the regional and
// the council's secretariats, by a part of their name; the others (Umum,
// Protokol) are generalist.
var bagianFamilies = []struct{ part, family string }{
	{"Tata Pemerintahan", "pemerintahan"}, {"Hukum", "hukum"}, {"Organisasi", "kepegawaian"},
	{"Perekonomian", "ekonomi"}, {"Pengadaan Barang dan Jasa", "keuangan"},
	{"Kesejahteraan Rakyat", "sosial"}, {"Umum dan Keuangan", "keuangan"},
	{"Persidangan dan Perundang-undangan", "hukum"}, {"Fasilitasi Penganggaran", "keuangan"},
}

// postFamily is the job family (rumpun) of an administrator or pengawas
// post of a unit: generalist (umum) for secretaries, camat and the
// secretariat's subsections, the section's field in the secretariats, the
// agency's field elsewhere.
func postFamily(u *unit, name string) string {
	if strings.HasPrefix(name, "Sekretaris ") || strings.HasPrefix(name, "Camat ") {
		return familyGeneralist
	}
	switch u.kind {
	case unitSetda, unitSetwan:
		for _, b := range bagianFamilies {
			if strings.Contains(name, b.part) {
				return b.family
			}
		}
		return familyGeneralist
	case unitInspektorat:
		if strings.HasPrefix(name, "Kepala Subbagian") {
			return familyGeneralist
		}
		return "pengawasan"
	case unitOPD:
		if strings.HasPrefix(name, "Kepala Subbagian") && !strings.Contains(name, "UPT") {
			return familyGeneralist
		}
		return u.spec.family
	case unitBiro:
		return u.spec.family
	case unitKecamatan:
		return "pemerintahan"
	}
	return familyGeneralist
}

// adminSlot is the k-th administrator post of a unit. Agencies have an
// unbounded supply (the heads of technical units, UPT) so that any quota can
// be met.
func adminSlot(rg *region, u *unit, k int) (string, model.Eselon, int, bool) {
	prov := rg.kind == regionProvinsi
	bidang := model.EselonIIIb
	if prov {
		bidang = model.EselonIIIa
	}
	switch u.kind {
	case unitSetda:
		if !prov && k < len(setdaBagian) {
			return "Kepala Bagian " + setdaBagian[k], model.EselonIIIa, 0, true
		}
	case unitSetwan:
		if k < len(setwanBagian) {
			return "Kepala Bagian " + setwanBagian[k], model.EselonIIIa, 0, true
		}
	case unitInspektorat:
		if k == 0 {
			return "Sekretaris Inspektorat", model.EselonIIIa, 0, true
		}
		if k <= 4 {
			return "Inspektur Pembantu Wilayah " + roman(k), bidang, 0, true
		}
	case unitOPD:
		switch {
		case k == 0:
			return "Sekretaris " + u.spec.name, model.EselonIIIa, 0, true
		case k <= len(u.spec.bidang):
			return "Kepala Bidang " + u.spec.bidang[k-1], bidang, 0, true
		}
		return fmt.Sprintf("Kepala UPT Wilayah %s", roman(k-len(u.spec.bidang))), model.EselonIIIb, 0, true
	case unitBiro:
		if k < len(u.spec.bidang) {
			return "Kepala Bagian " + u.spec.bidang[k], model.EselonIIIa, 0, true
		}
	case unitKecamatan:
		switch k {
		case 0:
			return "Camat " + u.place, model.EselonIIIa, 4, true
		case 1:
			return "Sekretaris Kecamatan " + u.place, model.EselonIIIb, 0, true
		}
	}
	return "", 0, 0, false
}

// pengawasSlot is the k-th pengawas post of a unit; agencies again have an
// unbounded supply (administration heads of technical units).
func pengawasSlot(rg *region, u *unit, k int) (string, model.Eselon, int, bool) {
	sections := func(kind string, parts []string) (string, bool) {
		if k < len(parts)*len(seksiOf) {
			return kind + " " + seksiOf[k%len(seksiOf)] + " " + parts[k/len(seksiOf)], true
		}
		return "", false
	}
	switch u.kind {
	case unitSetda:
		if rg.kind != regionProvinsi {
			if n, ok := sections("Kepala Subbagian", setdaBagian); ok {
				return n, model.EselonIVa, 0, true
			}
		}
	case unitSetwan:
		if n, ok := sections("Kepala Subbagian", setwanBagian); ok {
			return n, model.EselonIVa, 0, true
		}
	case unitInspektorat:
		if k < len(opdSubbagian) {
			return "Kepala Subbagian " + opdSubbagian[k], model.EselonIVa, 0, true
		}
	case unitBiro:
		if n, ok := sections("Kepala Subbagian", u.spec.bidang); ok {
			return n, model.EselonIVa, 0, true
		}
	case unitOPD:
		if k < len(opdSubbagian) {
			return "Kepala Subbagian " + opdSubbagian[k], model.EselonIVa, 0, true
		}
		k -= len(opdSubbagian)
		if k < len(u.spec.bidang)*len(seksiOf) {
			return "Kepala Seksi " + seksiOf[k%len(seksiOf)] + " " + u.spec.bidang[k/len(seksiOf)], model.EselonIVa, 0, true
		}
		k -= len(u.spec.bidang) * len(seksiOf)
		return fmt.Sprintf("Kepala Subbagian Tata Usaha UPT Wilayah %s", roman(k+1)), model.EselonIVb, 0, true
	case unitKecamatan:
		if k < len(kecamatanSeksi) {
			return kecamatanSeksi[k], model.EselonIVa, 0, true
		}
		k -= len(kecamatanSeksi)
		if k < 2*len(u.kelurahan) {
			if k%2 == 0 {
				return "Lurah " + u.kelurahan[k/2], model.EselonIVa, 0, true
			}
			return "Sekretaris Kelurahan " + u.kelurahan[k/2], model.EselonIVb, 0, true
		}
	}
	return "", 0, 0, false
}

// roman writes 1 … 3999 in Roman numerals, as unit numbers are written.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	s := ""
	for i, v := range vals {
		for n >= v {
			s += syms[i]
			n -= v
		}
	}
	return s
}

// priority draws a post priority 1–5, mostly the default 3.
func (g *generator) priority() int {
	switch u := g.rng.Float64(); {
	case u < 0.05:
		return 1
	case u < 0.20:
		return 2
	case u < 0.75:
		return 3
	case u < 0.92:
		return 4
	}
	return 5
}

// errNIPSpace is returned when a NIP prefix runs out of its 999 sequence
// numbers even after moving the birth date: impossible at the sizes
// Generate accepts, but checked rather than assumed.
var errNIPSpace = errors.New("bench: NIP sequence numbers exhausted")

// officials appends n officials to r: holders for about 90 % of the posts
// (fewer when n is smaller), then candidates without a post in the roster.
func (g *generator) officials(r *model.Roster, n int, hasPengawas bool) error {
	m := len(r.Positions)
	holders := min(n, int(math.Round(0.9*float64(m))))
	perm := g.rng.Perm(m)[:holders]
	slices.Sort(perm)
	for _, j := range perm {
		p := &r.Positions[j]
		o, err := g.official(p.Eselon.Level(), p.Eselon, p.Family, true)
		if err != nil {
			return err
		}
		o.Position = p.ID
		r.Officials = append(r.Officials, o)
	}
	for range n - holders {
		// Candidates: administrators and pengawas from posts outside the
		// roster (the eselon column), or functional staff without one.
		var es model.Eselon
		u := g.rng.Float64()
		switch {
		case u < 0.15:
			es = model.EselonIIIa + model.Eselon(g.rng.IntN(2))
		case !hasPengawas && u < 0.85:
			es = model.EselonIVa
			if g.rng.IntN(8) == 0 {
				es = model.EselonIVb
			}
		}
		lvl := es.Level()
		if lvl == 0 {
			lvl = model.LevelPengawas
		}
		o, err := g.official(lvl, es, "", false)
		if err != nil {
			return err
		}
		o.Eselon = es
		r.Officials = append(r.Officials, o)
	}
	for i := range r.Officials {
		r.Officials[i].Row = i + 2
	}
	return nil
}

// official draws one official at a level. es is the eselon of the post held
// (in or outside the roster), 0 for functional staff; family is the family
// of the roster post held, "" for a candidate.
func (g *generator) official(lvl model.Level, es model.Eselon, family string, holder bool) (model.Official, error) {
	var o model.Official
	rng := g.rng

	// Rank: within the eselon's range, or one step below (R-RANK allows it).
	if es != 0 {
		lo, hi := es.RankRange()
		switch u := rng.Float64(); {
		case u < 0.12:
			o.Rank = lo - 1
		case u < 0.6:
			o.Rank = lo
		default:
			o.Rank = hi
		}
	} else {
		o.Rank = model.RankIIIa + 1 + model.Rank(rng.IntN(4)) // III/b … IV/a
	}

	// Age in months at the plan date, by level; one in twenty reaches the
	// retirement age (BUP: 60 for JPT, 58 otherwise) within 12 months.
	bup, lo, hi := 58, 32, 57
	switch {
	case lvl == model.LevelJPT:
		bup, lo, hi = 60, 44, 59
	case lvl == model.LevelAdministrator:
		lo = 38
	case es == 0:
		lo, hi = 30, 55
	}
	var age int
	if rng.IntN(20) == 0 && es != 0 {
		age = bup*12 - 1 - rng.IntN(11)
	} else {
		age = lo*12 + rng.IntN((hi-lo)*12)
	}
	birth := g.date.AddDate(0, -age, -rng.IntN(28))
	birth = time.Date(birth.Year(), birth.Month(), birth.Day(), 0, 0, 0, 0, time.UTC)
	// First appointment (CPNS) at 22–32, and at least eight years ago.
	apptMonths := 22*12 + rng.IntN(min(10*12, age-30*12)+1)
	gender := model.Male
	if rng.Float64() < 0.38 {
		gender = model.Female
	}
	nip, err := g.nip(birth, apptMonths, gender)
	if err != nil {
		return o, err
	}
	o.NIP = nip
	o.BirthDate = nip.Birth

	// Tenure in the current post, never before eight years of service:
	// within the 5-year limit for most, since agencies rotate by then
	// (PP 11/2017 Pasal 190), and 5–8 years for one holder in eight, the
	// overdue ones a reshuffle is for.
	if holder {
		tenure := rng.IntN(60)
		if rng.IntN(8) == 0 {
			tenure = 60 + rng.IntN(37)
		}
		since := g.date.AddDate(0, -tenure, -rng.IntN(28))
		if earliest := o.NIP.Appointed.AddDate(8, 0, 0); since.Before(earliest) {
			since = earliest
		}
		if since.After(g.date) {
			since = g.date
		}
		o.PositionSince = since
	}

	// Performance skewed to Baik; one in eight written as an old 0–100
	// score in the predicate's band (PP 46/2011).
	var pred model.Predicate
	switch u := rng.Float64(); {
	case u < 0.20:
		pred = model.SangatBaik
	case u < 0.80:
		pred = model.Baik
	case u < 0.92:
		pred = model.ButuhPerbaikan
	case u < 0.98:
		pred = model.Kurang
	default:
		pred = model.SangatKurang
	}
	o.Performance.Predicate = pred
	if rng.IntN(8) == 0 {
		base := [...]int{0, 91, 76, 61, 51, 30}[pred]
		width := [...]int{0, 10, 15, 15, 10, 21}[pred]
		o.Performance.Score = float64(base + rng.IntN(width))
		o.Performance.HasScore = true
	}
	pv := pred.Value()

	// Potential and the 9-box cell (PermenPANRB 3/2020) for most.
	if rng.Float64() < 0.85 {
		pot := math.Round(62 + 24*(pv-0.75) + 12*rng.NormFloat64())
		o.Potential = min(99, max(10, pot))
		o.HasPotential = true
		o.TalentBox = talentBox(pred, o.Potential)
	}

	// Competencies 1–5, correlated with level, performance and rank.
	if rng.Float64() < 0.85 {
		base := float64(lvl.DefaultRequired())
		if es == 0 {
			base = 2.3
		}
		rlo := model.RankIIIc
		if es != 0 {
			rlo, _ = es.RankRange()
		}
		shift := 2*(pv-0.75) + 0.3*float64(int(o.Rank)-int(rlo)) + 0.45*rng.NormFloat64()
		for k := range o.Competency {
			v := math.Round(base + shift + 0.6*rng.NormFloat64())
			o.Competency[k] = uint8(min(5, max(1, v)))
		}
	}

	// Education and leadership training by level.
	u := rng.Float64()
	switch lvl {
	case model.LevelJPT:
		o.Education = pick(u, []float64{0.2, 0.9}, model.S1, model.S2, model.S3)
		o.Training = pick(rng.Float64(), []float64{0.15}, model.PKA, model.PKNII)
	case model.LevelAdministrator:
		o.Education = pick(u, []float64{0.05, 0.6}, model.D4, model.S1, model.S2)
		o.Training = pick(rng.Float64(), []float64{0.15, 0.95}, model.PKP, model.PKA, model.PKNII)
	default:
		o.Education = pick(u, []float64{0.05, 0.15, 0.3, 0.85}, model.SMA, model.D3, model.D4, model.S1, model.S2)
		if es != 0 {
			o.Training = pick(rng.Float64(), []float64{0.2, 0.95}, 0, model.PKP, model.PKA)
		} else if rng.IntN(6) == 0 {
			o.Training = model.PKP
		}
	}
	o.TrainingInProgress = rng.Float64() < 0.025

	// Job families: the education's (mostly the post's for the holder of a
	// post of a specific family), the post's as experience, and now and
	// then another field of experience; the technical competency of three
	// in four of the assessed, around the managerial level.
	specific := family != "" && !model.IsGeneralist(family)
	edFamily := family
	if !specific || rng.IntN(100) < 15 {
		edFamily = g.background("")
	}
	o.Families = []string{edFamily}
	if specific && family != edFamily {
		o.Families = append(o.Families, family)
	}
	if rng.IntN(100) < 20 {
		if f := g.background(edFamily); !slices.Contains(o.Families, f) {
			o.Families = append(o.Families, f)
		}
	}
	if rng.Float64() < 0.75 && o.Competency[0] != 0 {
		base := float64(lvl.DefaultRequired()) + 2*(pv-0.75)
		o.Competency[model.TK] = uint8(min(5, max(1, math.Round(base+0.6*rng.NormFloat64()))))
	}

	// A few discipline sanctions, most still in force at the plan date.
	switch u := rng.Float64(); {
	case u < 0.005:
		o.Sanction = model.Berat
	case u < 0.017:
		o.Sanction = model.Sedang
	case u < 0.027:
		o.Sanction = model.Ringan
	}
	if o.Sanction != 0 {
		months := 1 + rng.IntN(24)
		if rng.Float64() < 0.35 {
			months = -months
		}
		o.SanctionUntil = g.date.AddDate(0, months, 0)
	}
	o.Name = g.personName(gender, o.Education, edFamily)
	return o, nil
}

// background draws a family from backgrounds, other than not.
func (g *generator) background(not string) string {
	total := 0
	for _, b := range backgrounds {
		if b.family != not {
			total += b.weight
		}
	}
	x := g.rng.IntN(total)
	for _, b := range backgrounds {
		if b.family == not {
			continue
		}
		if x < b.weight {
			return b.family
		}
		x -= b.weight
	}
	return backgrounds[0].family
}

// pick returns the value whose band contains u: vals[k] for cuts[k-1] ≤ u <
// cuts[k].
func pick[T any](u float64, cuts []float64, vals ...T) T {
	for k, c := range cuts {
		if u < c {
			return vals[k]
		}
	}
	return vals[len(cuts)]
}

// talentBox places an official in the 9-box: performance above (Sangat
// Baik), meeting (Baik) or below expectation against potential low (< 60),
// middle (60–79) or high (≥ 80).
func talentBox(p model.Predicate, potential float64) uint8 {
	perf := 0
	switch p {
	case model.SangatBaik:
		perf = 2
	case model.Baik:
		perf = 1
	}
	pot := 0
	switch {
	case potential >= 80:
		pot = 2
	case potential >= 60:
		pot = 1
	}
	boxes := [3][3]uint8{{1, 3, 6}, {2, 5, 8}, {4, 7, 9}}
	return boxes[perf][pot]
}

// nip issues a NIP for the birth date, the appointment apptMonths after it
// and the gender. The sequence is the count of NIPs already issued with the
// same prefix, so two officials never share one; a full prefix moves the
// birth date a day earlier.
func (g *generator) nip(birth time.Time, apptMonths int, gender model.Gender) (model.NIP, error) {
	for range 30 {
		appt := birth.AddDate(0, apptMonths, 0)
		appt = time.Date(appt.Year(), appt.Month(), 1, 0, 0, 0, 0, time.UTC)
		prefix := fmt.Sprintf("%s%s%d", birth.Format("20060102"), appt.Format("200601"), gender)
		if n := g.seq[prefix]; n < 999 {
			g.seq[prefix] = n + 1
			return model.NIP{Raw: fmt.Sprintf("%s%03d", prefix, n+1), Birth: birth,
				Appointed: appt, Gender: gender, Seq: n + 1}, nil
		}
		birth = birth.AddDate(0, 0, -1)
	}
	return model.NIP{}, errNIPSpace
}

// personName draws a fictional name with the academic titles of the
// education level in the family's field, as rosters write them ("Dr. Budi
// Santoso, S.E., M.M.").
func (g *generator) personName(gender model.Gender, ed model.Education, field string) string {
	deg, ok := degrees[field]
	if !ok {
		deg = degrees["pemerintahan"]
	}
	bachelors, masters := deg[0], deg[1]
	rng := g.rng
	given, family := maleNames, familyNames
	if gender == model.Female {
		given = femaleNames
		if rng.IntN(2) == 0 {
			family = femaleFamilyNames
		}
	}
	name := given[rng.IntN(len(given))] + " " + family[rng.IntN(len(family))]
	switch ed {
	case model.D3:
		name += ", A.Md."
	case model.D4:
		name += ", S.Tr.AP."
	case model.S1:
		name += ", " + bachelors[rng.IntN(len(bachelors))]
	case model.S2:
		name += ", " + bachelors[rng.IntN(len(bachelors))] + ", " + masters[rng.IntN(len(masters))]
	case model.S3:
		name = "Dr. " + name + ", " + bachelors[rng.IntN(len(bachelors))] + ", " + masters[rng.IntN(len(masters))]
	}
	return name
}
