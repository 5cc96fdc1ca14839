package main

import (
	"context"
	"errors"
	"io"
	"math"
	"os"
	"os/signal"

	"github.com/mutasi-id/mutasi/internal/costfile"
	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/solver"
)

// runMatrix is "mutasi matrix": read a cost matrix, solve it exactly and
// print the assignment.
func runMatrix(e *env, args []string) int {
	fs := newFlags(e, "matrix")
	maximize := fs.Bool("maximize", false, use(i18n.FlagMatrixMaximize))
	verify := fs.Bool("verify", false, use(i18n.FlagMatrixVerify))
	format := fs.String("format", "table", use(i18n.FlagMatrixFormat))
	out := fs.String("out", "-", use(i18n.FlagMatrixOut))
	labels := fs.String("labels", string(costfile.LabelsAuto), use(i18n.FlagMatrixLabels))
	if code, done := parseFlags(e, fs, i18n.HelpMatrix, args); done {
		return code
	}
	switch *format {
	case "table", "csv", "json":
	default:
		return failIn(e, exitUsage, "matrix", usagef(i18n.CLIFormatWant, *format, "table, csv, json"))
	}
	labelMode, err := costfile.ParseLabels(*labels)
	if err != nil {
		return fail(e, exitUsage, i18n.CLIMatrixLabels, err)
	}
	if fs.NArg() != 1 {
		return fail(e, exitUsage, i18n.CLIMatrixOneFile, fs.NArg())
	}
	path := fs.Arg(0)

	forbidden := math.Inf(1)
	if *maximize {
		forbidden = math.Inf(-1)
	}
	stop := startProgress(e, i18n.M(i18n.MatrixReading, path))
	cm, code := matrixRead(e, path, *out, forbidden, labelMode)
	stop()
	if cm == nil {
		return code
	}
	defer cm.Close()

	// Ctrl-C cancels a long solve cleanly (no partial output file).
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	opts := []solver.Option{solver.WithContext(ctx)}
	if *maximize {
		opts = append(opts, solver.Maximize())
	}
	cost := cm.Cost()
	stop = startProgress(e, i18n.M(i18n.MatrixSolving, cm.Rows, cm.Cols))
	res, err := solver.Solve(cost, opts...)
	stop()
	var infeasible *solver.InfeasibleError
	var bad *solver.ValueError
	switch {
	case errors.As(err, &infeasible):
		return fail(e, exitInfeasible, i18n.CLIInCommand, "matrix", costfile.Infeasible(infeasible, cm))
	case errors.As(err, &bad):
		// A cost the solver refuses (too large to sum safely) is bad input.
		name := path
		if name == "-" {
			name = "stdin"
		}
		return fail(e, exitUsage, i18n.CLIMatrixCell, name, bad.Row, bad.Col, bad.Value, bad.Reason)
	case err != nil:
		return failIn(e, exitFailure, "matrix", err)
	}
	if *verify {
		stop := startProgress(e, i18n.MatrixVerifying)
		err := solver.Verify(cost, res)
		stop()
		if err != nil {
			return fail(e, exitFailure, i18n.CLIMatrixCertificate, err)
		}
	}

	rep := costfile.NewReport(cm, res, *maximize, *verify)
	err = writeOutput(e, *out, func(w io.Writer) error {
		switch *format {
		case "json":
			return rep.WriteJSON(w)
		case "csv":
			return rep.WriteCSV(w)
		}
		return rep.WriteTable(w, e.lang)
	})
	if err != nil {
		return failIn(e, exitFailure, "matrix", err)
	}
	return exitOK
}

// matrixRead reads the cost matrix at path ("-" = stdin). On failure it
// returns nil and the exit code, the error already printed.
func matrixRead(e *env, path, out string, forbidden float64, labels costfile.Labels) (*costfile.Matrix, int) {
	if path == "-" {
		if err := checkOutPath(out); err != nil {
			return nil, failIn(e, exitUsage, "matrix", err)
		}
		cm, err := costfile.Read("stdin", e.stdin, forbidden, labels)
		if err != nil {
			return nil, failIn(e, exitUsage, "matrix", err)
		}
		return cm, exitOK
	}
	if out != "" && out != "-" {
		// The input is never written: refuse an --out that names it.
		in, err1 := os.Stat(path)
		o, err2 := os.Stat(out)
		if err1 == nil && err2 == nil && os.SameFile(in, o) {
			return nil, fail(e, exitUsage, i18n.CLIMatrixOutIsInput, out)
		}
	}
	if err := checkOutPath(out); err != nil {
		return nil, failIn(e, exitUsage, "matrix", err)
	}
	cm, err := costfile.ReadFile(path, forbidden, labels)
	if err != nil {
		return nil, failIn(e, exitUsage, "matrix", err)
	}
	return cm, exitOK
}
