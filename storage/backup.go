package storage

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"kairos/model/msg"
)

// Progress hears how far a long copy has got: done of total pages. It may
// be nil, and is called from the goroutine doing the work.
type Progress func(done, total int)

// backupState is the Store's share of backup work: one backup or restore
// at a time, and whom to tell when the backups folder changes.
type backupState struct {
	running sync.Mutex
	hookMu  sync.Mutex
	changed func()
}

// stepPages is how many pages (4 KiB each) one backup step copies: small
// enough for a smooth progress bar, large enough to cost little. Tests
// lower it.
var stepPages = 512

// Backup writes a consistent copy of the database to path with SQLite's
// online backup API, while the store stays usable. The copy is written to
// a temporary file beside path, checked with SQLite's quick check, flushed
// to disk and only then renamed to path, so a failed backup never leaves a
// half-written file. The copy is a self-contained file with mode 0600; an
// existing file at path is replaced.
func (s *Store) Backup(path string, progress Progress) error {
	s.bk.running.Lock()
	defer s.bk.running.Unlock()
	return s.backupTo(path, progress)
}

func (s *Store) backupTo(path string, progress Progress) error {
	if err := s.Checked(); err != nil {
		return err // a damaged file's copy would push good backups out
	}
	if same, err := s.isLiveFile(path); err != nil || same {
		if err == nil {
			err = msg.Errorf("\"{{.Path}}\" is the database Kairos is using; choose another file for the backup.", "Path", path)
		}
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".kairos-backup-*.db")
	if err != nil {
		return sentence(unwrapPathError(err), "Cannot write a backup in \"{{.Dir}}\": {{.Reason}}.", "Dir", filepath.Dir(path), "Reason", msg.Cause(err))
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer removeDB(tmpPath) // gone after the rename; cleans up on failure
	if err := s.copyInto(tmpPath, progress); err != nil {
		return err
	}
	if err := syncFile(tmpPath); err != nil {
		return err
	}
	if err := os.Rename(tmpPath, path); err != nil {
		return sentence(unwrapPathError(err), "Cannot write the backup \"{{.Path}}\": {{.Reason}}.", "Path", path, "Reason", msg.Cause(err))
	}
	return syncDir(filepath.Dir(path))
}

// copyInto copies the live database into the empty file dest, leaves it in
// rollback-journal mode (no -wal file needed beside it) and checks it.
func (s *Store) copyInto(dest string, progress Progress) error {
	db, err := sql.Open("sqlite3", fileURI(dest))
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	dconn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	sconn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	err = copyDB(dconn, sconn, progress)
	sconn.Close()
	if err != nil {
		return sentence(err, "The backup failed. {{.Reason}}", "Reason", explain(err))
	}
	if _, err := dconn.ExecContext(ctx, `PRAGMA journal_mode = DELETE`); err != nil {
		return err
	}
	verdict, err := connVerdict(ctx, dconn)
	if err != nil {
		return err
	}
	if verdict != "ok" {
		return msg.Errorf("The backup copy failed SQLite's check ({{.Detail}}), so it was not kept.", "Detail", verdict)
	}
	return nil
}

// connVerdict runs quick_check on one connection.
func connVerdict(ctx context.Context, c *sql.Conn) (string, error) {
	var verdict string
	err := c.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&verdict)
	return verdict, err
}

// copyDB copies src's main database over dest's with the online backup API,
// stepPages at a time. Changes made to src by other connections between
// steps restart the copy; after a few restarts the rest is copied in one
// step, which in WAL mode holds no lock that blocks writers.
func copyDB(dest, src *sql.Conn, progress Progress) error {
	return dest.Raw(func(d any) error {
		return src.Raw(func(sc any) error {
			dc, ok1 := d.(*sqlite3.SQLiteConn)
			scc, ok2 := sc.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("not an SQLite connection")
			}
			b, err := dc.Backup("main", scc, "main")
			if err != nil {
				return err
			}
			return stepBackup(b, progress)
		})
	})
}

// busyLimit is how long a backup waits for a lock held by someone else.
const busyLimit = 10 * time.Second

func stepBackup(b *sqlite3.SQLiteBackup, progress Progress) error {
	step, restarts, lastCopied := stepPages, 0, -1
	stuckSince := time.Now()
	for {
		done, err := b.Step(step)
		if err != nil {
			b.Finish()
			return err
		}
		total := b.PageCount()
		if done {
			report(progress, total, total)
			return b.Finish()
		}
		copied := total - b.Remaining()
		switch {
		case copied == lastCopied: // busy or locked: nothing was copied
			if time.Since(stuckSince) > busyLimit {
				b.Finish()
				return msg.Errorf("The database stayed busy for too long; try again in a moment.")
			}
			time.Sleep(20 * time.Millisecond)
			continue
		case copied < lastCopied: // restarted: another connection wrote
			if restarts++; restarts >= 3 {
				step = -1
			}
		}
		lastCopied, stuckSince = copied, time.Now()
		report(progress, copied, total)
	}
}

func report(progress Progress, done, total int) {
	if progress != nil {
		progress(done, total)
	}
}

// isLiveFile reports whether path is the store's database or one of its
// companion files.
func (s *Store) isLiveFile(path string) (bool, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false, err
	}
	live, err := filepath.Abs(s.path)
	if err != nil {
		return false, err
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if abs == live+suffix {
			return true, nil
		}
	}
	a, errA := os.Stat(abs)
	b, errB := os.Stat(live)
	return errA == nil && errB == nil && os.SameFile(a, b), nil
}

// fileURI is an SQLite URI for path: % ? and # in folder names would
// otherwise be read as URI syntax.
func fileURI(path string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(filepath.ToSlash(path))
}

// removeDB removes a database file and any companion files SQLite left.
func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}

// syncFile flushes a file's contents to the disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes a folder's entries, so a rename survives a power cut.
// Some systems cannot sync a folder; that is not an error.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	f.Sync()
	return f.Close()
}
