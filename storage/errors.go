package storage

import (
	"errors"
	"fmt"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// Typed errors, so the UI and the command line can say what happened in the
// user's words and tests can check which case they hit.
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
		"Update Kairos to open it; the file was not changed", e.Path, e.Found, e.Latest)
}

// userError is a whole sentence for the user that still matches its kind
// with errors.Is, so the message needs no ": not found" tail.
type userError struct {
	msg  string
	kind error
}

func (e userError) Error() string { return e.msg }
func (e userError) Unwrap() error { return e.kind }

func sentence(kind error, format string, args ...any) error {
	return userError{fmt.Sprintf(format, args...), kind}
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
