// Package storage keeps Kairos data in one local SQLite file. It is the only
// package that speaks SQL; every user action is one transaction.
package storage

import (
	"bytes"
	"database/sql"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	sqlite3 "github.com/mattn/go-sqlite3"

	"kairos/model/msg"
)

// FileName is the database file inside the data folder.
const FileName = "kairos.db"

// sqliteHeader starts every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00") // i18n:internal (the file header)

// Store is an open Kairos database.
type Store struct {
	db   *sql.DB
	path string
	// check is closed once the file's quick_check has given its verdict,
	// checkErr; until then every change and backup waits for it.
	check    chan struct{}
	checkErr error
	// startCheck begins a deferred check, once (nil when the check ran
	// while opening).
	startCheck func()
	bk         backupState // serialises backups and restores; see backup.go
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Open opens (creating if needed) the database in dir. The folder is created
// with mode 0700 and the file with 0600. A file that is not SQLite, a
// database from a newer Kairos, or a read-only folder is refused before
// anything is written.
func Open(dir string) (*Store, error) { return open(dir, false) }

// OpenInBackground is Open for the window: when the file needs no upgrade,
// the check of every page (quick_check, about 0.1 s per 100,000 posts) is
// left for later, so that it does not compete with the window for the
// processor: it starts with StartCheck, or with the first change or
// backup. Until it passes, every change and backup waits for it; if it
// finds damage, they are refused with its *DamagedError, so a damaged file
// is still never written. Checked gives the verdict.
func OpenInBackground(dir string) (*Store, error) { return open(dir, true) }

// StartCheck begins the check that OpenInBackground left for later, on a
// second connection; it does nothing when the check has begun or is done.
func (s *Store) StartCheck() {
	if s.startCheck != nil {
		s.startCheck()
	}
}

// Checked starts the check if it has not begun, waits for it and returns
// its verdict: nil, or a *DamagedError.
func (s *Store) Checked() error {
	s.StartCheck()
	<-s.check
	return s.checkErr
}

func open(dir string, background bool) (*Store, error) {
	if dir == "" {
		return nil, msg.Errorf("No data folder was given.")
	}
	if err := prepareDir(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, FileName)
	if err := prepareFile(path); err != nil {
		return nil, err
	}
	// WAL is switched on only after the version check: setting it rewrites
	// the file header, and a newer Kairos's file must stay untouched.
	// _mutex=no drops SQLite's per-connection lock, taken on every column
	// read (about a tenth of reading a month): database/sql already hands a
	// connection to one goroutine at a time.
	dsn := "file:" + path + "?_foreign_keys=on&_busy_timeout=5000&_txlock=immediate&_synchronous=NORMAL&_mutex=no"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, check: make(chan struct{})}
	if err := s.init(background); err != nil {
		db.Close()
		return nil, withNewestBackup(dir, friendly(path, err))
	}
	return s, nil
}

func (s *Store) init(background bool) error {
	found, err := schemaVersion(s.db)
	if err != nil {
		return err
	}
	if latest := LatestSchema(); found > latest {
		return &FutureSchemaError{Path: s.path, Found: found, Latest: latest}
	}
	// A damaged file is refused before anything is written to it. Opening
	// a current file in WAL mode writes nothing, so its check may wait
	// until the window is up: the gate in inTx holds every write back.
	if background && found == LatestSchema() && s.inWAL() {
		s.startCheck = sync.OnceFunc(func() {
			go func() {
				s.checkErr = s.verdict()
				close(s.check)
			}()
		})
		return nil
	}
	err = s.verdict()
	s.checkErr = err
	close(s.check)
	if err != nil {
		return err
	}
	// synchronous=NORMAL in WAL mode keeps every committed transaction across
	// a crash or kill of the process; only a power cut can lose the last few.
	if _, err := s.db.Exec(`PRAGMA journal_mode = WAL`); err != nil {
		return err
	}
	return migrate(s.db, found)
}

// verdict is the check of every page as open reports it: nil, a
// *DamagedError naming the newest good backup, or why it could not run.
func (s *Store) verdict() error {
	return withNewestBackup(filepath.Dir(s.path), friendly(s.path, quickCheck(s.db, s.path)))
}

// prepareDir makes sure dir exists, is a folder and is writable.
func prepareDir(dir string) error {
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return sentence(unwrapPathError(err), "Cannot create the data folder \"{{.Dir}}\": {{.Reason}}.", "Dir", dir, "Reason", msg.Cause(err))
		}
		return nil
	}
	if err != nil {
		return sentence(unwrapPathError(err), "Cannot read the data folder \"{{.Dir}}\": {{.Reason}}.", "Dir", dir, "Reason", msg.Cause(err))
	}
	if !info.IsDir() {
		return msg.Errorf("The data folder \"{{.Dir}}\" is a file, not a folder.", "Dir", dir)
	}
	// The owner-write bit is checked as well as access, so a folder a user
	// made read-only is respected even by root, who may write anywhere.
	if info.Mode().Perm()&0o200 == 0 || !writable(dir) {
		return sentence(ErrReadOnly, "The data folder \"{{.Dir}}\" is read-only: Kairos needs to write there.", "Dir", dir)
	}
	return nil
}

// prepareFile creates an empty 0600 file (SQLite then makes it a new
// database) or checks that the existing one is SQLite and writable.
func prepareFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return sentence(unwrapPathError(err), "Cannot create \"{{.Path}}\": {{.Reason}}.", "Path", path, "Reason", msg.Cause(err))
		}
		return f.Close()
	}
	if err != nil {
		return sentence(unwrapPathError(err), "Cannot read \"{{.Path}}\": {{.Reason}}.", "Path", path, "Reason", msg.Cause(err))
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	if err != nil && n != 0 {
		return sentence(ErrNotDatabase, "\"{{.Path}}\" is not a Kairos database (it is too short to be SQLite); it was not changed.", "Path", path)
	}
	if n != 0 && !bytes.Equal(head, sqliteHeader) {
		return sentence(ErrNotDatabase, "\"{{.Path}}\" is not a Kairos database (it is not an SQLite file); it was not changed.", "Path", path)
	}
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o200 == 0 {
		return sentence(ErrReadOnly, "\"{{.Path}}\" is read-only: Kairos needs to write to it.", "Path", path)
	}
	if info.Mode().Perm() != 0o600 {
		return os.Chmod(path, 0o600) // the user's plans are private
	}
	return nil
}

// friendly turns SQLite's codes into sentences that name the file.
func friendly(path string, err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrNotADB:
			return sentence(ErrNotDatabase, "\"{{.Path}}\" is not a Kairos database (SQLite cannot read it); it was not changed.", "Path", path)
		case sqlite3.ErrReadonly, sqlite3.ErrPerm:
			return sentence(ErrReadOnly, "\"{{.Path}}\" is read-only: Kairos needs to write to it.", "Path", path)
		case sqlite3.ErrCantOpen:
			return sentence(ErrReadOnly, "Kairos cannot open \"{{.Path}}\" to write to it.", "Path", path)
		case sqlite3.ErrCorrupt:
			return &DamagedError{Path: path, Detail: se.Error()}
		}
	}
	return err
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// inWAL reports whether the file is already in WAL mode (reading the mode
// writes nothing).
func (s *Store) inWAL() bool {
	var mode string
	return s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode) == nil && strings.EqualFold(mode, "wal")
}

// inTx runs fn in one transaction: all of it is stored, or none of it.
// Nothing is written before the file's check has passed.
func (s *Store) inTx(fn func(tx *sql.Tx) error) error {
	if err := s.Checked(); err != nil {
		return err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// IntegrityCheck runs SQLite's full integrity check and returns its verdict
// ("ok" when the file is sound).
func (s *Store) IntegrityCheck() (string, error) {
	var verdict string
	err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&verdict)
	return verdict, err
}
