package i18n

// The words of "mutasi matrix" and of the cost files it reads (CSV, .npy).
const (
	MatrixHead         Key = "matrix.head"
	MatrixMinimum      Key = "matrix.minimum"
	MatrixMaximum      Key = "matrix.maximum"
	MatrixColRow       Key = "matrix.col_row"
	MatrixColLabel     Key = "matrix.col_label"
	MatrixColCol       Key = "matrix.col_col"
	MatrixColCost      Key = "matrix.col_cost"
	MatrixTotal        Key = "matrix.total"
	MatrixUnassignRows Key = "matrix.unassigned_rows"
	MatrixUnassignCols Key = "matrix.unassigned_cols"
	MatrixVerified     Key = "matrix.verified"
	MatrixUnverified   Key = "matrix.unverified"
	MatrixMore         Key = "matrix.more"
	MatrixRow          Key = "matrix.row"
	MatrixColumn       Key = "matrix.column"
	MatrixColumnWord   Key = "matrix.column_word"
	MatrixInfeasible   Key = "matrix.infeasible"
	MatrixEveryOne     Key = "matrix.every_one"
	MatrixTheOne       Key = "matrix.the_one"
	MatrixOpenNone     Key = "matrix.open_none"
	MatrixOpenNone1    Key = "matrix.open_none1"
	MatrixOpenOnly     Key = "matrix.open_only"
	MatrixOpenOnly1    Key = "matrix.open_only1"
	MatrixOpenMany     Key = "matrix.open_many"
	MatrixOpenMany1    Key = "matrix.open_many1"
	MatrixReading      Key = "matrix.reading"
	MatrixSolving      Key = "matrix.solving"
	MatrixVerifying    Key = "matrix.verifying"

	CostLabelsMode   Key = "cost.labels_mode"
	CostNPYLabels    Key = "cost.npy_labels"
	CostNotNumber    Key = "cost.not_number"
	CostRange        Key = "cost.range"
	CostNaN          Key = "cost.nan"
	CostReading      Key = "cost.reading"
	CostEmpty        Key = "cost.empty"
	CostCSVAt        Key = "cost.csv_at"
	CostInFile       Key = "cost.in_file"
	CostWidth        Key = "cost.width"
	CostCell         Key = "cost.cell"
	CostNPYBad       Key = "cost.npy_bad"
	CostNPYNot2D     Key = "cost.npy_not_2d"
	CostNPYTooLarge  Key = "cost.npy_too_large"
	CostNPYTruncated Key = "cost.npy_truncated"
	CostNPYTrailing  Key = "cost.npy_trailing"
	CostNPYCutIn     Key = "cost.npy_cut_in"
	CostNPYNaN       Key = "cost.npy_nan"
	CostNPYForbidden Key = "cost.npy_forbidden"
	CostNPYDtype     Key = "cost.npy_dtype"
	CostMaximising   Key = "cost.maximising"
	CostMinimising   Key = "cost.minimising"
)

func matrixEntry(k Key) (entry, bool) {
	switch k {
	case MatrixHead:
		return entry{"%d baris × %d kolom, biaya total %s", "%d rows × %d columns, %s total cost"}, true
	case MatrixMinimum:
		return entry{"minimum", "minimum"}, true
	case MatrixMaximum:
		return entry{"maksimum", "maximum"}, true
	case MatrixColRow:
		return entry{"baris", "row"}, true
	case MatrixColLabel:
		return entry{"label", "label"}, true
	case MatrixColCol:
		return entry{"kolom", "col"}, true
	case MatrixColCost:
		return entry{"biaya", "cost"}, true
	case MatrixTotal:
		return entry{"total: %s", "total: %s"}, true
	case MatrixUnassignRows:
		return entry{"baris tanpa penugasan: %s", "unassigned rows: %s"}, true
	case MatrixUnassignCols:
		return entry{"kolom tanpa penugasan: %s", "unassigned columns: %s"}, true
	case MatrixVerified:
		return entry{"optimal (sertifikat terverifikasi)", "optimal (certificate verified)"}, true
	case MatrixUnverified:
		return entry{"optimal (jalankan dengan --verify untuk memeriksa sertifikat)", "optimal (run with --verify to check the certificate)"}, true
	case MatrixMore:
		return entry{"… dan %d lainnya", "… and %d more"}, true
	case MatrixRow:
		return entry{"baris", "row|rows"}, true
	case MatrixColumn:
		return entry{"kolom", "column|columns"}, true
	case MatrixColumnWord:
		return entry{"kolom", "column"}, true
	case MatrixInfeasible:
		return entry{"tidak layak: tidak ada penugasan yang menempatkan %s: %s", "infeasible: no assignment places %s: %s"}, true
	case MatrixEveryOne:
		return entry{"setiap satu dari %d %s %s", "every one of the %d %s %s"}, true
	case MatrixTheOne:
		return entry{"%s %s", "the %s %s"}, true
	case MatrixOpenNone:
		return entry{"tidak ada %s yang terbuka bagi mereka", "no %s is open to them"}, true
	case MatrixOpenNone1:
		return entry{"tidak ada %s yang terbuka baginya", "no %s is open to it"}, true
	case MatrixOpenOnly:
		return entry{"satu-satunya %s yang terbuka bagi mereka adalah %s", "the only %s open to them is %s"}, true
	case MatrixOpenOnly1:
		return entry{"satu-satunya %s yang terbuka baginya adalah %s", "the only %s open to it is %s"}, true
	case MatrixOpenMany:
		return entry{"hanya %d %s %s yang terbuka bagi mereka", "only the %d %s %s are open to them"}, true
	case MatrixOpenMany1:
		return entry{"hanya %d %s %s yang terbuka baginya", "only the %d %s %s are open to it"}, true
	case MatrixReading:
		return entry{"matrix: membaca %s", "matrix: reading %s"}, true
	case MatrixSolving:
		return entry{"matrix: memecahkan %d×%d", "matrix: solving %d×%d"}, true
	case MatrixVerifying:
		return entry{"matrix: memeriksa sertifikat", "matrix: verifying the certificate"}, true

	case CostLabelsMode:
		return entry{"mode %q tidak dikenal (auto, none, rows, cols atau both)", "unknown mode %q (auto, none, rows, cols or both)"}, true
	case CostNPYLabels:
		return entry{"%s: berkas .npy tidak berlabel (--labels %s berlaku untuk CSV)", "%s: a .npy file has no labels (--labels %s applies to CSV)"}, true
	case CostNotNumber:
		return entry{"bukan bilangan", "is not a number"}, true
	case CostRange:
		return entry{"di luar jangkauan float64", "is out of range for a float64"}, true
	case CostNaN:
		return entry{"NaN bukan biaya (kosongkan selnya atau tulis x untuk melarang pasangan itu)", "is NaN, which is not a cost (leave the cell empty or write x to forbid the pair)"}, true
	case CostReading:
		return entry{"membaca %s: %v", "reading %s: %v"}, true
	case CostEmpty:
		return entry{"%s: berkas kosong: tidak ada matriks biaya", "%s: empty file: no cost matrix"}, true
	case CostCSVAt:
		return entry{"%s: baris %d, kolom %d: %v", "%s: line %d, column %d: %v"}, true
	case CostInFile:
		return entry{"%s: %v", "%s: %v"}, true
	case CostWidth:
		return entry{"%s: baris %d: %d sel, tetapi baris %d memiliki %d (setiap baris perlu jumlah sel yang sama; kosongkan sel untuk melarang pasangan itu)",
			"%s: line %d: %d cells, but line %d has %d (every row needs the same number of cells; leave a cell empty to forbid the pair)"}, true
	case CostCell:
		return entry{"%s: baris %d, kolom %d: %q %v", "%s: line %d, column %d: %q %v"}, true
	case CostNPYBad:
		return entry{"%s: bukan berkas .npy yang sah: %v", "%s: not a valid .npy file: %v"}, true
	case CostNPYNot2D:
		return entry{"%s: larik berbentuk %s; matriks biaya harus 2-D", "%s: the array has shape %s; a cost matrix must be 2-D"}, true
	case CostNPYTooLarge:
		return entry{"%s: bentuk %s terlalu besar", "%s: shape %s is too large"}, true
	case CostNPYTruncated:
		return entry{"%s: data terpotong: bentuk %s dari %s memerlukan %d byte, berkasnya memuat %d", "%s: data truncated: shape %s of %s needs %d bytes, the file holds %d"}, true
	case CostNPYTrailing:
		return entry{"%s: ada byte sesudah akhir larik %s", "%s: bytes after the end of the %s array"}, true
	case CostNPYCutIn:
		return entry{"%s: data terpotong di %s %d dari %d (bentuk %s)", "%s: data truncated in %s %d of %d (shape %s)"}, true
	case CostNPYNaN:
		return entry{"%s: baris %d, kolom %d: NaN bukan biaya (pakai %v untuk melarang pasangan itu)", "%s: row %d, column %d: NaN is not a cost (use %v to forbid the pair)"}, true
	case CostNPYForbidden:
		return entry{"%s: baris %d, kolom %d: %v tidak diperbolehkan %s (%v melarang pasangan)", "%s: row %d, column %d: %v is not allowed %s (%v forbids a pair)"}, true
	case CostMaximising:
		return entry{"bila memaksimumkan", "when maximising"}, true
	case CostMinimising:
		return entry{"bila meminimumkan", "when minimising"}, true
	case CostNPYDtype:
		return entry{"dtype %q tidak didukung (bool, int8–int64, uint8–uint64, float16, float32 dan float64 didukung, little atau big endian)",
			"dtype %q is not supported (bool, int8–int64, uint8–uint64, float16, float32 and float64 are, little or big endian)"}, true
	}
	return entry{}, false
}
