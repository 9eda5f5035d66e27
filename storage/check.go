package storage

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"kairos/model/msg"
)

// ErrDamaged: SQLite's check found damage in a database file.
var ErrDamaged = errors.New("damaged database")

// DamagedError: the data file failed SQLite's check when Kairos opened it.
// Nothing was written to it. Backup is the newest backup that passed the
// same check, or nil when there is none.
type DamagedError struct {
	Path   string
	Detail string // SQLite's first finding, for support
	Backup *BackupFile
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("%s is damaged (SQLite's check of the file failed: %s); it was not changed", e.Path, e.Detail)
}

func (e *DamagedError) Unwrap() error { return ErrDamaged }

// Message is the sentence for the interface.
func (e *DamagedError) Message() msg.Text {
	return msg.New("\"{{.Path}}\" is damaged (SQLite's check of the file failed: {{.Detail}}); it was not changed.",
		"Path", e.Path, "Detail", e.Detail)
}

// quickCheck runs SQLite's quick check, which reads every page of the file
// and writes nothing, and returns a *DamagedError when it finds damage.
func quickCheck(db *sql.DB, path string) error {
	verdict, err := checkVerdict(db, "quick_check")
	if err != nil {
		return err
	}
	if verdict != "ok" {
		return &DamagedError{Path: path, Detail: verdict}
	}
	return nil
}

// checkVerdict runs PRAGMA quick_check or integrity_check and returns "ok"
// or its first finding on one line. The check stops at that finding.
func checkVerdict(q querier, pragma string) (string, error) {
	rows, err := q.Query(`PRAGMA ` + pragma + `(1)`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", err
		}
		line = strings.TrimPrefix(strings.TrimSpace(line), "*** in database main ***")
		found = append(found, strings.Join(strings.Fields(line), " "))
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	if len(found) == 0 {
		return "", errors.New("SQLite's check gave no verdict") // i18n:internal
	}
	return strings.Join(found, "; "), nil
}

// hasSQLiteHeader reports whether the file at path starts like an SQLite
// database, reading only its first bytes.
func hasSQLiteHeader(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil {
		return false, nil
	}
	return bytes.Equal(head, sqliteHeader), nil
}

// checkKairosDB tells whether db is a sound Kairos database this build can
// use, and returns its schema version. name is the file as the user knows
// it, for the sentences. full runs integrity_check rather than quick_check.
func checkKairosDB(db *sql.DB, name string, full bool) (int, error) {
	found, err := schemaVersion(db)
	if err != nil {
		return 0, friendlyCheck(name, err)
	}
	if found == 0 {
		return 0, sentence(ErrNotDatabase, "\"{{.Path}}\" is not a Kairos database (it is an SQLite file, but without Kairos's tables).", "Path", name)
	}
	if latest := LatestSchema(); found > latest {
		return 0, &FutureSchemaError{Path: name, Found: found, Latest: latest}
	}
	if err := sameMigrations(db, name); err != nil {
		return 0, err
	}
	pragma := "quick_check"
	if full {
		pragma = "integrity_check"
	}
	verdict, err := checkVerdict(db, pragma)
	if err != nil {
		return 0, friendlyCheck(name, err)
	}
	if verdict != "ok" {
		return 0, &DamagedError{Path: name, Detail: verdict}
	}
	return found, nil
}

// sameMigrations makes sure the migrations recorded in db are this build's,
// by number and name: another program's schema_migrations table is refused.
func sameMigrations(db *sql.DB, name string) error {
	list, err := migrations()
	if err != nil {
		return err
	}
	rows, err := db.Query(`SELECT version, name FROM schema_migrations ORDER BY version`)
	if err != nil {
		return friendlyCheck(name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var v int
		var n string
		if err := rows.Scan(&v, &n); err != nil {
			return notKairos(name)
		}
		if v < 1 || v > len(list) || list[v-1].name != n {
			return notKairos(name)
		}
	}
	return friendlyCheck(name, rows.Err())
}

// notKairos refuses an SQLite file whose schema records are another
// program's.
func notKairos(name string) error {
	return sentence(ErrNotDatabase, "\"{{.Path}}\" is not a Kairos database (its schema records are not Kairos's).", "Path", name)
}

// friendlyCheck words SQLite's errors about a file being checked.
func friendlyCheck(name string, err error) error {
	if err == nil {
		return nil
	}
	var d *DamagedError
	switch err := friendly(name, err); {
	case errors.As(err, &d), errors.Is(err, ErrNotDatabase):
		return err
	default:
		return sentence(err, "Cannot read \"{{.Path}}\": {{.Reason}}.", "Path", name, "Reason", msg.Cause(err))
	}
}
