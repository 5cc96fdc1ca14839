package i18n

import (
	"context"
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// Error is an error whose text is a message of the catalogue, so that it
// reads in the user's language: an output renders it with ErrorText (or
// Text). Error itself gives the English form, for developers and logs, as
// Go's errors do. The errors among the message's arguments are the errors
// it wraps: errors.Is and errors.As see through it.
type Error struct {
	Msg Msg
}

// Errorf returns the message k with args as an error.
func Errorf(k Key, args ...any) error { return &Error{Msg: M(k, args...)} }

// Error renders the message in English (see Error).
func (e *Error) Error() string { return e.Msg.Text(EN) }

// Text renders the message in l.
func (e *Error) Text(l Lang) string { return e.Msg.Text(l) }

// Unwrap returns the errors among the message's arguments.
func (e *Error) Unwrap() []error {
	var errs []error
	for _, a := range e.Msg.Args {
		if err, ok := a.(error); ok {
			errs = append(errs, err)
		}
	}
	return errs
}

// ErrorText renders err in l. An error that words itself through the
// catalogue (a Localizer, such as *Error) gives its own text; the errors of
// the operating system and of the standard library that reach a user (a
// missing file, a refused permission, a full disk, a cancelled request, a
// number that does not parse, a stray quote in a CSV file) are worded by
// the catalogue; any other error keeps its own text.
func ErrorText(err error, l Lang) string {
	if err == nil {
		return ""
	}
	if t, ok := err.(Localizer); ok {
		return t.Text(l)
	}
	// Errors joined (errors.Join): each on a line of its own, each in l.
	if j, ok := err.(interface{ Unwrap() []error }); ok && err.Error() == joinedText(j.Unwrap()) {
		parts := make([]string, 0, len(j.Unwrap()))
		for _, e := range j.Unwrap() {
			parts = append(parts, ErrorText(e, l))
		}
		return strings.Join(parts, "\n")
	}
	switch e := err.(type) {
	case *fs.PathError:
		return e.Path + ": " + sysText(e.Err, l)
	case *os.LinkError:
		return e.New + ": " + sysText(e.Err, l)
	case *os.SyscallError:
		return sysText(e.Err, l)
	case *strconv.NumError:
		return l.T(numErrKey(e), e.Num)
	}
	// Only the bare errors: a wrapped one keeps the words around it.
	switch err.(type) {
	case syscall.Errno:
		return sysText(err, l)
	}
	switch err {
	case context.Canceled, context.DeadlineExceeded:
		return sysText(err, l)
	case csv.ErrQuote:
		return l.T(RosterCSVQuote)
	case csv.ErrBareQuote:
		return l.T(RosterCSVBareQuote)
	}
	return err.Error()
}

// joinedText is the text errors.Join gives errs: one line each.
func joinedText(errs []error) string {
	parts := make([]string, 0, len(errs))
	for _, e := range errs {
		if e != nil {
			parts = append(parts, e.Error())
		}
	}
	return strings.Join(parts, "\n")
}

// numErrKey words a number that does not parse.
func numErrKey(e *strconv.NumError) Key {
	if errors.Is(e.Err, strconv.ErrRange) {
		return SysNumRange
	}
	return SysNumSyntax
}

// sysText words an error of the operating system.
func sysText(err error, l Lang) string {
	if s, ok := sysKnown(err, l); ok {
		return s
	}
	if t, ok := err.(Localizer); ok {
		return t.Text(l)
	}
	return err.Error()
}

// sysKnown words the errors the catalogue knows.
func sysKnown(err error, l Lang) (string, bool) {
	var k Key
	switch {
	case errors.Is(err, fs.ErrNotExist):
		k = SysNotExist
	case errors.Is(err, fs.ErrPermission):
		k = SysPermission
	case errors.Is(err, fs.ErrExist):
		k = SysExist
	case errors.Is(err, syscall.EISDIR):
		k = SysIsDir
	case errors.Is(err, syscall.ENOTDIR):
		k = SysNotDir
	case errors.Is(err, syscall.ENOSPC):
		k = SysNoSpace
	case errors.Is(err, syscall.EROFS):
		k = SysReadOnly
	case errors.Is(err, context.Canceled):
		k = SysCanceled
	case errors.Is(err, context.DeadlineExceeded):
		k = SysDeadline
	default:
		return "", false
	}
	return l.T(k), true
}
