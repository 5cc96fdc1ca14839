// Package bench generates synthetic rosters and times the pipeline on them.
//
// Generate builds a fictional but realistic roster — a city (kota), a
// regency (kabupaten), a province (provinsi) or any size up to 50,000
// officials × 40,000 posts as a pooled province — deterministically from a
// seed. WriteOfficialsCSV, WritePositionsCSV and WriteXLSX write it in the
// roster file format of docs/roster-files.md, so that the generated files go through
// the same loader as real ones. The benchmarks of this package time each
// stage of the pipeline (load, rules, score, solve, plan) on generated
// rosters. Measure and MeasureSparse time the pipeline as "mutasi bench"
// runs it, WriteHeader, WriteRow and WriteFooter print its table, and
// Exponent fits how the time grows with the roster's size; "mutasi gen" and
// "mutasi bench" are the command-line faces of this package.
//
// Every name, NIP and place in a generated roster is invented.
package bench
