// Package report writes a plan in the forms its readers use: the terminal
// table, the lampiran SK (the decree's attachment) as CSV, XLSX and PDF, and
// JSON, with the next-best plans after it; and, in JSON and in words, what
// goes with a plan: the problems of the roster files (with the roster's
// overview, mutasi validate's report), the explanation of one official's
// move, the officials and posts that make a plan infeasible. It
// only formats: the plan, its reasons and its alternatives come from the
// pipeline. The lampiran's columns and the JSON fields are a contract
// (docs/cli.md).
package report
