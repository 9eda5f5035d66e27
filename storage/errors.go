package storage

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	sqlite3 "github.com/mattn/go-sqlite3"

	"kairos/model"
	"kairos/model/msg"
)

// Typed errors, so the UI and the command line can say what happened in the
// user's words and tests can check which case they hit. Their short texts
// are never shown alone: the sentences that carry them are.
var (
	// ErrNotFound: the record asked for does not exist (or was deleted).
	ErrNotFound = errors.New("not found")
	// ErrNotDatabase: the data file exists but is not an SQLite database.
	ErrNotDatabase = errors.New("not a Kairos database")
	// ErrReadOnly: the data folder or file cannot be written.
	ErrReadOnly = errors.New("data folder is read-only")
	// ErrDuplicate: a unique name is already taken.
	ErrDuplicate = errors.New("already exists")
	// ErrChanged: a post was edited after the action being undone.
	ErrChanged = errors.New("changed since")
)

// FutureSchemaError: the database was written by a newer Kairos.
type FutureSchemaError struct {
	Path          string
	Found, Latest int
}

func (e *FutureSchemaError) Error() string {
	return fmt.Sprintf("%s was created by a newer version of Kairos (schema %d; this version knows up to %d). "+
		"Update Kairos to open it; the file was not changed", e.Path, e.Found, e.Latest) // i18n:cli (Message is the interface's)
}

// Message is the sentence for the interface.
func (e *FutureSchemaError) Message() msg.Text {
	return msg.New("\"{{.Path}}\" was created by a newer version of Kairos (schema {{.Found}}; this version knows up to {{.Latest}}). "+
		"Update Kairos to open it; the file was not changed.", "Path", e.Path, "Found", e.Found, "Latest", e.Latest)
}

var (
	_ msg.Localized = (*FutureSchemaError)(nil)
	_ msg.Localized = (*DamagedError)(nil)
	_ msg.Localized = (*ImportError)(nil)
	_ msg.Localized = refusedError{}
)

// sentence is a whole sentence for the user (an English template and its
// values, see package msg) that still matches kind with errors.Is and
// errors.As: one of the kinds above, or the failure the sentence explains.
func sentence(kind error, key string, pairs ...any) error {
	return &msg.Error{Text: msg.New(key, pairs...), Kind: kind}
}

// explain is err as a sentence of its own, to follow another sentence: a
// Kairos sentence as its Text, every problem of a validation, any other
// failure in its own words, as a sentence.
func explain(err error) any {
	var problems model.Problems
	if errors.As(err, &problems) && len(problems) > 0 {
		return msg.Lines(problems.Texts()...)
	}
	var local msg.Localized
	if errors.As(err, &local) {
		return local.Message()
	}
	s := strings.TrimSpace(err.Error())
	if r, n := utf8.DecodeRuneInString(s); n > 0 {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	if s != "" && !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// clientGone turns a foreign-key failure on a client's row into a sentence:
// the client was deleted (perhaps in another window) while the user worked.
func clientGone(err error) error {
	if isForeignKey(err) {
		return sentence(ErrNotFound, "That client no longer exists (it was deleted), so nothing was saved.")
	}
	return err
}

// isForeignKey reports a row whose parent row does not exist.
func isForeignKey(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintForeignKey
}
