// Package i18n is the message catalogue: every text an analyst reads, in
// Indonesian (the default) and English, looked up by a stable key, and the
// values whose writing depends on the language (dates, decimals,
// percentages, durations, counts). Messages are kept as Msg values and
// rendered in the language of the output; errors worded by the catalogue
// are *Error. docs/messages.md says how to add a message and which tests
// hold the catalogue complete.
package i18n
