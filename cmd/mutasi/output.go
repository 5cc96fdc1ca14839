package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/mutasi-id/mutasi/internal/i18n"
)

// writeOutput writes a command's output atomically: to stdout when path is
// "" or "-", otherwise to a temporary file in the same directory that is
// renamed over path only when write succeeds, so that a failed run leaves no
// partial file and an existing file is replaced only on success.
//
// Outputs hold personal data (NIPs, names), so the file gets the mode a new
// file gets under the user's umask, or, when it replaces a file, that
// file's mode; until it is complete it is readable by its owner only. An
// interrupt (SIGINT, SIGTERM) while it is written removes the temporary
// file before the process ends.
func writeOutput(e *env, path string, write func(w io.Writer) error) error {
	if path == "" || path == "-" {
		return write(e.stdout)
	}
	dir := filepath.Dir(path)
	mode := fs.FileMode(0)
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		mode = st.Mode().Perm()
	}
	tmp, err := createTemp(dir, "."+filepath.Base(path)+".tmp")
	if err != nil {
		return i18n.Errorf(i18n.CLIWriting, path, pathErr(err))
	}
	name := tmp.Name()
	stop := removeOnSignal(name)
	defer stop()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	// The mode a new file gets under the umask; the file stays private
	// until it is complete.
	if mode == 0 {
		st, err := tmp.Stat()
		if err != nil {
			return i18n.Errorf(i18n.CLIWriting, path, pathErr(err))
		}
		mode = st.Mode().Perm()
	}
	if err := tmp.Chmod(0o600 & mode); err != nil {
		return i18n.Errorf(i18n.CLIWriting, path, pathErr(err))
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		return i18n.Errorf(i18n.CLIWriting, path, pathErr(err))
	}
	if err := tmp.Close(); err != nil {
		return i18n.Errorf(i18n.CLIWriting, path, pathErr(err))
	}
	if err := os.Rename(name, path); err != nil {
		return i18n.Errorf(i18n.CLIWriting, path, pathErr(err))
	}
	ok = true
	return nil
}

// createTemp creates a new file named prefix and a random suffix in dir,
// with mode 0666 less the umask (os.CreateTemp's is always 0600).
func createTemp(dir, prefix string) (*os.File, error) {
	for range 100 {
		var b [6]byte
		rand.Read(b[:])
		f, err := os.OpenFile(filepath.Join(dir, prefix+hex.EncodeToString(b[:])), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, i18n.Errorf(i18n.CLINoTempName, dir)
}

// pathErr drops the file name of a *fs.PathError, which would name the
// temporary file instead of the user's.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// removeOnSignal removes the file name when the process gets SIGINT or
// SIGTERM before stop is called, then ends the process by that signal as it
// would have ended without this handler.
func removeOnSignal(name string) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			os.Remove(name)
			signal.Reset(sig)
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				p.Signal(sig)
			}
			os.Exit(exitInterrupted)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// exitInterrupted is the exit code when the signal that interrupted a write
// does not end the process by itself (128 + SIGINT, as shells report it).
const exitInterrupted = 130

// checkOutPath refuses, before any work is done, an output path that is
// one of the input files (a run never overwrites its own input) or whose
// folder is missing or cannot be written.
func checkOutPath(out string, inputs ...string) error {
	if out == "" || out == "-" {
		return nil
	}
	ao, err := filepath.Abs(out)
	if err != nil {
		return usagef(i18n.CLIOutFile, out, err)
	}
	for _, in := range inputs {
		if in == "" {
			continue
		}
		if ai, err := filepath.Abs(in); err == nil && ai == ao {
			return usagef(i18n.CLIOutIsInput, out)
		}
	}
	dir := filepath.Dir(out)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usagef(i18n.CLIOutNoFolder, out, dir)
	case err != nil:
		return usagef(i18n.CLIInCommand, out, pathErr(err))
	case !st.IsDir():
		return usagef(i18n.CLIOutNotFolder, out, dir)
	}
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		return usagef(i18n.CLIOutIsFolder, out)
	}
	probe, err := createTemp(dir, ".mutasi-probe-")
	if err != nil {
		return usagef(i18n.CLIOutCannotWrite, out, dir, pathErr(err))
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}
