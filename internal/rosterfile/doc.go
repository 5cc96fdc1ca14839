// Package rosterfile reads the roster files an analyst brings: the
// officials and the positions as CSV or XLSX (or one workbook with both),
// and the results of the open selections. Every problem is named by file,
// row, column and value, in the user's language, with the header aliases of
// the regional agencies' exports and of SIASN; hostile files (zip bombs,
// oversized sheets, control characters) are refused cheaply within
// ReadLimits. What a cell means (a rank, a NIP, a date) is package model's
// (model.ParseRank and its siblings); this package finds the cells, checks
// the rows against each other and builds the model.Roster. The columns are
// a contract (docs/roster-files.md), defined once here (OfficialColumns,
// PositionColumns, SelectionColumns): the writers of rosters (bench's
// generator, the sample's maker) take their names, and how a workbook holds
// their cells (Column.Cell), from the same definition.
package rosterfile
