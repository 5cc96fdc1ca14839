package report

import (
	"fmt"
	"io"
	"strconv"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
	"github.com/mutasi-id/mutasi/model"
)

// The lampiran's page, in millimetres: A4 landscape with 15 mm margins and
// the page number in the bottom margin.
const (
	pdfPageW, pdfPageH = 297.0, 210.0
	pdfMargin          = 15.0
	pdfFont            = "LiberationSans"
	pdfFontSize        = 9.0  // points, the table
	pdfTitleSize       = 10.0 // points, the title and signature blocks
	pdfLine            = 4.2  // mm, one line of the table
	pdfPad             = 1.0  // mm above and below a row's text
	pdfTitleWidth      = 125.0
	pdfSignWidth       = 95.0
	pdfSignSpace       = 24.0 // mm left free for the signature
	pdfSignGap         = 8.0  // mm between the table and the signature block
	pdfTitleLine       = 4.7  // mm, a line of the title and signature blocks
)

// WritePlanPDF writes the lampiran SK as a PDF ready to print and sign: A4
// landscape, the decree's title block on the first page, the table of moves
// with its header repeated on every page and long names wrapped (never
// cut), the signature block after the table, and "Halaman 1 dari 3" at the
// foot of each page. The fonts (Liberation Sans) are embedded, so every
// name prints as written. The same plan and decree give the same bytes.
func WritePlanPDF(w io.Writer, p *model.Plan, o Options) error {
	v := newDecreeView(o.Decree, o.Lang)
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	pdf.SetAutoPageBreak(false, pdfMargin)
	pdf.AddUTF8FontFromBytes(pdfFont, "", liberationsansregular.TTF)
	pdf.AddUTF8FontFromBytes(pdfFont, "B", liberationsansbold.TTF)
	// Fixed dates and metadata: the same input gives the same file.
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(p.Date)
	pdf.SetModificationDate(p.Date)
	pdf.SetCreator("mutasi", true)
	pdf.SetTitle(v.heading, true)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetFont(pdfFont, "", 8)
		pdf.SetXY(pdfMargin, pdfPageH-pdfMargin+4)
		pdf.CellFormat(pdfPageW-2*pdfMargin, 4, v.pageLabel(strconv.Itoa(pdf.PageNo()), "{nb}"), "", 0, "C", false, 0, "")
	})

	header := LampiranHeader(o.Lang)
	ms := LampiranMoves(p, o.All)
	rows := make([][]string, len(ms))
	for k, m := range ms {
		rows[k] = lampiranRow(k+1, m, &o)
		rows[k][1] = groupedNIP(rows[k][1])
	}
	pdf.SetFont(pdfFont, "", pdfFontSize)
	widths := pdfColumnWidths(pdf, header, rows)

	pdf.AddPage()
	y := pdfTitleBlock(pdf, v)
	bottom := pdfPageH - pdfMargin
	y = pdfRow(pdf, y, header, widths, true)
	// A plan that needs the Minister's approval says so under the table,
	// where the decree's signer reads it.
	approval := ApprovalLines(p.Approval, o.Lang)
	pdf.SetFont(pdfFont, "", pdfFontSize)
	note := 0.0
	for _, l := range approval {
		note += float64(len(pdf.SplitText(l, pdfPageW-2*pdfMargin))) * pdfLine
	}
	for k, r := range rows {
		need := pdfRowHeight(pdf, r, widths)
		if k == len(rows)-1 {
			// The last row goes with the signature: a signature alone on
			// its page would sign nothing.
			need += note + pdfSignGap + pdfSignHeight(v)
		}
		if y+need > bottom {
			pdf.AddPage()
			y = pdfRow(pdf, pdfMargin, header, widths, true)
		}
		y = pdfRow(pdf, y, r, widths, false)
	}
	if len(approval) > 0 {
		y += pdfLine / 2
		pdf.SetFont(pdfFont, "B", pdfFontSize)
		for k, l := range approval {
			if k == 1 {
				pdf.SetFont(pdfFont, "", pdfFontSize)
			}
			for _, s := range pdf.SplitText(l, pdfPageW-2*pdfMargin) {
				pdf.SetXY(pdfMargin, y)
				pdf.CellFormat(pdfPageW-2*pdfMargin, pdfLine, s, "", 0, "L", false, 0, "")
				y += pdfLine
			}
		}
	}
	pdfSignature(pdf, y+pdfSignGap, v)
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return nil
}

// pdfTitleBlock writes the title block at the top right of the first page
// ("LAMPIRAN KEPUTUSAN …", then NOMOR, TANGGAL, TENTANG with their values
// aligned after the colons) and returns the y below it.
func pdfTitleBlock(pdf *fpdf.Fpdf, v decreeView) float64 {
	x := pdfPageW - pdfMargin - pdfTitleWidth
	y := pdfMargin
	line := pdfTitleLine
	pdf.SetFont(pdfFont, "", pdfTitleSize)
	for _, l := range pdf.SplitText(v.heading, pdfTitleWidth) {
		pdf.SetXY(x, y)
		pdf.CellFormat(pdfTitleWidth, line, l, "", 0, "L", false, 0, "")
		y += line
	}
	labelW := 0.0
	for _, f := range v.fields {
		labelW = max(labelW, pdf.GetStringWidth(f.label)+2*pdf.GetCellMargin())
	}
	colonW := pdf.GetStringWidth(":") + 2*pdf.GetCellMargin()
	valueW := pdfTitleWidth - labelW - colonW
	for _, f := range v.fields {
		pdf.SetXY(x, y)
		pdf.CellFormat(labelW, line, f.label, "", 0, "L", false, 0, "")
		pdf.CellFormat(colonW, line, ":", "", 0, "L", false, 0, "")
		for _, l := range pdf.SplitText(f.value, valueW) {
			pdf.SetXY(x+labelW+colonW, y)
			pdf.CellFormat(valueW, line, l, "", 0, "L", false, 0, "")
			y += line
		}
	}
	pdf.SetFont(pdfFont, "", pdfFontSize)
	return y + 6
}

// pdfColumnWidths fits the table to the page: No, NIP and rank to their
// longest value, the remarks to their longest word (they wrap), and the
// rest of the width shared by the name and the two posts.
func pdfColumnWidths(pdf *fpdf.Fpdf, header []string, rows [][]string) []float64 {
	pad := 2*pdf.GetCellMargin() + 0.5
	longest := func(c int, words bool) float64 {
		w := 0.0
		measure := func(s string) {
			if words {
				for _, f := range splitWords(s) {
					w = max(w, pdf.GetStringWidth(f))
				}
				return
			}
			w = max(w, pdf.GetStringWidth(s))
		}
		pdf.SetFont(pdfFont, "B", pdfFontSize)
		for _, f := range splitWords(header[c]) {
			w = max(w, pdf.GetStringWidth(f))
		}
		pdf.SetFont(pdfFont, "", pdfFontSize)
		for _, r := range rows {
			measure(r[c])
		}
		return w + pad
	}
	out := make([]float64, len(header))
	out[0] = longest(0, false)
	out[1] = longest(1, false)
	out[3] = min(longest(3, false), 42)
	out[6] = max(longest(6, true), 24)
	rest := pdfPageW - 2*pdfMargin - out[0] - out[1] - out[3] - out[6]
	out[2], out[4], out[5] = rest*0.26, rest*0.37, rest*0.37
	return out
}

// splitWords splits s at spaces.
func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// pdfRowHeight is the height of a table row: its cell with the most lines.
func pdfRowHeight(pdf *fpdf.Fpdf, cells []string, widths []float64) float64 {
	n := 1
	for c, s := range cells {
		n = max(n, len(pdf.SplitText(s, widths[c])))
	}
	return float64(n)*pdfLine + 2*pdfPad
}

// pdfRow draws one row of the table at y, each cell framed and its text
// wrapped at its width, and returns the y below it. The header is bold on
// a grey ground and centred.
func pdfRow(pdf *fpdf.Fpdf, y float64, cells []string, widths []float64, header bool) float64 {
	style, align := "", "L"
	if header {
		style, align = "B", "C"
		pdf.SetFillColor(231, 233, 236)
	}
	pdf.SetFont(pdfFont, style, pdfFontSize)
	h := pdfRowHeight(pdf, cells, widths)
	x := pdfMargin
	for c, s := range cells {
		fill := "D"
		if header {
			fill = "FD"
		}
		pdf.Rect(x, y, widths[c], h, fill)
		a := align
		if c == 0 && !header {
			a = "R"
		}
		for k, l := range pdf.SplitText(s, widths[c]) {
			pdf.SetXY(x, y+pdfPad+float64(k)*pdfLine)
			pdf.CellFormat(widths[c], pdfLine, l, "", 0, a, false, 0, "")
		}
		x += widths[c]
	}
	pdf.SetFont(pdfFont, "", pdfFontSize)
	return y + h
}

// pdfSignHeight is the height of the signature block.
func pdfSignHeight(v decreeView) float64 {
	return 3*pdfTitleLine + pdfSignSpace
}

// pdfSignature writes the signature block at the right from y, on a new
// page only when the table leaves no room for it (WritePlanPDF keeps the
// last row with it): the office, room for the signature, the name in bold
// and underlined, and the NIP when there is one.
func pdfSignature(pdf *fpdf.Fpdf, y float64, v decreeView) {
	line := pdfTitleLine
	if y+pdfSignHeight(v) > pdfPageH-pdfMargin {
		pdf.AddPage()
		y = pdfMargin
	}
	x := pdfPageW - pdfMargin - pdfSignWidth
	pdf.SetFont(pdfFont, "", pdfTitleSize)
	for _, l := range pdf.SplitText(v.office, pdfSignWidth) {
		pdf.SetXY(x, y)
		pdf.CellFormat(pdfSignWidth, line, l, "", 0, "C", false, 0, "")
		y += line
	}
	y += pdfSignSpace
	pdf.SetFont(pdfFont, "BU", pdfTitleSize)
	pdf.SetXY(x, y)
	pdf.CellFormat(pdfSignWidth, line, v.signer, "", 0, "C", false, 0, "")
	y += line
	if v.nip != "" {
		pdf.SetFont(pdfFont, "", pdfTitleSize)
		pdf.SetXY(x, y)
		pdf.CellFormat(pdfSignWidth, line, v.nip, "", 0, "C", false, 0, "")
	}
}
