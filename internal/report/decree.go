package report

import (
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/model"
)

// decreeBlank stands for a field of the decree not yet known: a dotted line
// to fill in by hand on the printed lampiran; decreeNameBlank is the longer
// line for the signer's name.
const (
	decreeBlank     = "........................"
	decreeNameBlank = "............................................"
)

// decreeField is one line of the title block: a label and its value.
type decreeField struct{ label, value string }

// decreeView is the decree's fields as the lampiran prints them, in the
// language of the output, with blanks for the fields not set.
type decreeView struct {
	lang i18n.Lang
	// heading is the attachment line: "LAMPIRAN KEPUTUSAN WALI KOTA CONTOH".
	heading string
	fields  []decreeField
	// office heads the signature block: "WALI KOTA CONTOH,".
	office string
	// signer is the name under the signature; nip its "NIP. …" line, ""
	// when the signer has none.
	signer, nip string
}

// decreeOffice names the signer's office in the language: "WALI KOTA
// CONTOH" or "MAYOR OF CONTOH", with blanks for what is not set.
func decreeOffice(d model.Decree, lang i18n.Lang) string {
	title, region := d.Title, d.Region
	if region == "" {
		region = decreeBlank
	}
	switch title {
	case "WALI KOTA":
		title = lang.T(i18n.DecreeWaliKota)
	case "BUPATI":
		title = lang.T(i18n.DecreeBupati)
	case "GUBERNUR":
		title = lang.T(i18n.DecreeGubernur)
	}
	if title == "" {
		if d.Region == "" {
			return decreeBlank
		}
		title = decreeBlank
	}
	return lang.T(i18n.DecreeOffice, title, region)
}

// newDecreeView fills the title and signature blocks of d in lang.
func newDecreeView(d model.Decree, lang i18n.Lang) decreeView {
	or := func(s string) string {
		if s == "" {
			return decreeBlank
		}
		return s
	}
	date := decreeBlank
	if !d.Date.IsZero() {
		date = lang.Date(d.Date)
	}
	office := decreeOffice(d, lang)
	v := decreeView{lang: lang, heading: lang.T(i18n.DecreeAttachment, office),
		fields: []decreeField{{lang.T(i18n.DecreeNumber), or(d.Number)}, {lang.T(i18n.DecreeDate), date},
			{lang.T(i18n.DecreeSubject), or(d.Subject)}},
		office: office + ",", signer: d.Signer}
	if v.signer == "" {
		v.signer = decreeNameBlank
	}
	if d.SignerNIP != "" {
		v.nip = "NIP. " + groupedNIP(d.SignerNIP)
	}
	return v
}

// pageLabel is the page footer, "Halaman 2 dari 5"; page and total may be
// the fields a writer fills in ("&P", "&N").
func (v decreeView) pageLabel(page, total string) string {
	return v.lang.T(i18n.DecreePage, page, total)
}

// groupedNIP writes a NIP in the groups of decrees, "19660801 198803 1
// 001"; a value that is no NIP unchanged.
func groupedNIP(nip string) string {
	if n, err := model.ParseNIP(nip); err == nil {
		return n.String()
	}
	return nip
}
