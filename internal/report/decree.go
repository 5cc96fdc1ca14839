package report

import (
	"fmt"

	"github.com/mutasi-id/mutasi/model"
)

// decreeBlank stands for a field of the decree not yet known: a dotted line
// to fill in by hand on the printed lampiran; decreeNameBlank is the longer
// line for the signer's name.
const (
	decreeBlank     = "........................"
	decreeNameBlank = "............................................"
)

// decreeWords are the fixed words of the lampiran's title and signature
// blocks in one language.
type decreeWords struct {
	attachment   string // "LAMPIRAN KEPUTUSAN"
	number, date string // "NOMOR", "TANGGAL"
	subject      string // "TENTANG"
	page         string // "Halaman %s dari %s"
}

func decreeWordsOf(lang string) decreeWords {
	if lang == "en" {
		return decreeWords{attachment: "ATTACHMENT TO THE DECREE OF THE", number: "NUMBER", date: "DATE",
			subject: "CONCERNING", page: "Page %s of %s"}
	}
	return decreeWords{attachment: "LAMPIRAN KEPUTUSAN", number: "NOMOR", date: "TANGGAL",
		subject: "TENTANG", page: "Halaman %s dari %s"}
}

// decreeField is one line of the title block: a label and its value.
type decreeField struct{ label, value string }

// decreeView is the decree's fields as the lampiran prints them, in the
// language of the output, with blanks for the fields not set.
type decreeView struct {
	words decreeWords
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
func decreeOffice(d model.Decree, lang string) string {
	title, region := d.Title, d.Region
	if region == "" {
		region = decreeBlank
	}
	if lang == "en" {
		switch title {
		case "WALI KOTA":
			title = "MAYOR"
		case "BUPATI":
			title = "REGENT"
		case "GUBERNUR":
			title = "GOVERNOR"
		}
	}
	if title == "" {
		if d.Region == "" {
			return decreeBlank
		}
		title = decreeBlank
	}
	if lang == "en" {
		return title + " OF " + region
	}
	return title + " " + region
}

// newDecreeView fills the title and signature blocks of d in lang.
func newDecreeView(d model.Decree, lang string) decreeView {
	w := decreeWordsOf(lang)
	or := func(s string) string {
		if s == "" {
			return decreeBlank
		}
		return s
	}
	date := decreeBlank
	if !d.Date.IsZero() {
		date = model.FormatDate(d.Date, lang)
	}
	office := decreeOffice(d, lang)
	v := decreeView{words: w, heading: w.attachment + " " + office,
		fields: []decreeField{{w.number, or(d.Number)}, {w.date, date}, {w.subject, or(d.Subject)}},
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
	return fmt.Sprintf(v.words.page, page, total)
}

// groupedNIP writes a NIP in the groups of decrees, "19660801 198803 1
// 001"; a value that is no NIP unchanged.
func groupedNIP(nip string) string {
	if n, err := model.ParseNIP(nip); err == nil {
		return n.String()
	}
	return nip
}
