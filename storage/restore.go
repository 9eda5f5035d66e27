package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"kairos/model/msg"
)

// RestoreFrom replaces the store's data with the Kairos database in the
// file src, and returns where the copy of the data it replaced was kept.
//
// src is first copied into the data folder and checked there (SQLite's
// integrity check, Kairos's schema, not from a newer Kairos); anything else
// is refused with nothing changed. Then the current data is backed up to
// backups/before-restore-<time>.db, and the checked copy is written over
// the live database with SQLite's backup API in a single transaction: a
// crash part-way leaves the current data whole, and the live database's own
// -wal and -shm files are kept consistent by SQLite. The store stays open
// and from then on reads the restored data. A database from an older Kairos
// is brought up to date on the way in; src itself is only read.
func (s *Store) RestoreFrom(src string, now time.Time, progress Progress) (kept string, err error) {
	if err := s.Checked(); err != nil {
		return "", err // a damaged file is moved aside by RecoverDamaged, never overwritten
	}
	s.bk.running.Lock()
	defer s.bk.running.Unlock()
	if same, err := s.isLiveFile(src); err != nil || same {
		if err == nil {
			err = msg.Errorf("\"{{.Path}}\" is the database Kairos is using now; choose a backup to restore.", "Path", src)
		}
		return "", err
	}
	size, err := restoreSource(src)
	if err != nil {
		return "", refused(err)
	}
	var livePages int
	if err := s.db.QueryRow(`PRAGMA page_count`).Scan(&livePages); err != nil {
		return "", err
	}
	p := &phases{progress: progress, total: 2*pages(size) + livePages}
	removeStaleTemps(filepath.Dir(s.path), ".restore-*")
	staged, err := stage(src, filepath.Dir(s.path), p.phase(pages(size)))
	if err != nil {
		return "", refused(err)
	}
	defer removeDB(staged)
	if kept, err = s.newBackupPath(beforeRestorePrefix, now); err != nil {
		return "", err
	}
	if err := s.backupTo(kept, p.phase(livePages)); err != nil {
		return "", sentence(err, "Kairos could not keep a copy of your current plans, so nothing was restored. {{.Reason}}", "Reason", explain(err))
	}
	defer s.backupsChanged()
	if err := s.copyFrom(staged, p.phase(pages(size))); err != nil {
		return kept, sentence(err, "The restore failed and your plans are unchanged. {{.Reason}}", "Reason", explain(err))
	}
	return kept, nil
}

// RecoverDamaged puts the backup src in place of the damaged database in
// dataDir, for when Open reported a *DamagedError. src is copied and
// checked first, as by RestoreFrom. The damaged file is never overwritten
// or deleted: it is renamed to kairos.db.damaged-<time> (with its -wal and
// -shm files, if any, renamed to match), and its path is returned. Open the
// store afterwards as usual.
func RecoverDamaged(dataDir, src string, now time.Time, progress Progress) (movedTo string, err error) {
	size, err := restoreSource(src)
	if err != nil {
		return "", refused(err)
	}
	p := &phases{progress: progress, total: pages(size)}
	removeStaleTemps(dataDir, ".restore-*")
	staged, err := stage(src, dataDir, p.phase(pages(size)))
	if err != nil {
		return "", refused(err)
	}
	defer removeDB(staged)
	if err := syncFile(staged); err != nil {
		return "", err
	}
	live := filepath.Join(dataDir, FileName)
	if _, err := os.Stat(live); err == nil {
		movedTo = live + ".damaged-" + now.In(time.Local).Format(stampLayout)
		if err := moveDB(live, movedTo); err != nil {
			return "", sentence(err, "Cannot move the damaged \"{{.Path}}\" aside, so nothing was restored: {{.Reason}}.", "Path", live, "Reason", msg.Cause(err))
		}
	}
	if err := os.Rename(staged, live); err != nil {
		if movedTo != "" {
			moveDB(movedTo, live)
		}
		return "", sentence(unwrapPathError(err), "Cannot put the backup in place of \"{{.Path}}\": {{.Reason}}.", "Path", live, "Reason", msg.Cause(err))
	}
	return movedTo, syncDir(dataDir)
}

// moveDB renames a database file and its -wal and -shm companions, which
// keeps them together (SQLite finds them by name).
func moveDB(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return unwrapPathError(err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Rename(from+suffix, to+suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.Rename(to, from)
			return unwrapPathError(err)
		}
	}
	return nil
}

// restoreSource checks that src exists and starts like an SQLite file,
// before anything is copied, and returns its size.
func restoreSource(src string) (int64, error) {
	info, err := os.Stat(src)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, sentence(err, "The file \"{{.Path}}\" does not exist.", "Path", src)
	}
	if err != nil {
		return 0, cannotRead(src, err)
	}
	if info.IsDir() {
		return 0, msg.Errorf("\"{{.Path}}\" is a folder, not a Kairos database.", "Path", src)
	}
	ok, err := hasSQLiteHeader(src)
	if err != nil {
		return 0, cannotRead(src, err)
	}
	if !ok {
		return 0, sentence(ErrNotDatabase, "\"{{.Path}}\" is not a Kairos database (it is not an SQLite file).", "Path", src)
	}
	return info.Size(), nil
}

// stage copies src (and its -wal file, so committed changes still in it
// come along) to a temporary file in dataDir, checks the copy with SQLite's
// integrity check and Kairos's schema, brings an older schema up to date and
// leaves the copy self-contained. The caller removes it with removeDB.
func stage(src, dataDir string, progress Progress) (string, error) {
	tmp, err := os.CreateTemp(dataDir, ".restore-*.db")
	if err != nil {
		return "", sentence(unwrapPathError(err), "Cannot write in the data folder \"{{.Dir}}\": {{.Reason}}.", "Dir", dataDir, "Reason", msg.Cause(err))
	}
	staged := tmp.Name()
	tmp.Close()
	ok := false
	defer func() {
		if !ok {
			removeDB(staged)
		}
	}()
	half := func(done, total int) { report(progress, done, 2*total) }
	if err := copyFile(src, staged, half); err != nil {
		return "", err
	}
	if err := copyFile(src+"-wal", staged+"-wal", nil); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	if err := checkStaged(staged, src); err != nil {
		return "", err
	}
	report(progress, 1, 1)
	ok = true
	return staged, nil
}

// checkStaged checks the staged copy of src, migrates it to this build's
// schema and leaves it in rollback-journal mode, with no -wal file.
func checkStaged(staged, src string) error {
	db, err := sql.Open("sqlite3", fileURI(staged)+"?_foreign_keys=on&_busy_timeout=5000&_txlock=immediate")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	version, err := checkKairosDB(db, src, true)
	if err != nil {
		return err
	}
	if err := migrate(db, version); err != nil {
		return sentence(err, "Cannot bring \"{{.Path}}\" up to date: {{.Reason}}.", "Path", src, "Reason", msg.Cause(err))
	}
	_, err = db.Exec(`PRAGMA journal_mode = DELETE`)
	return err
}

// copyFrom writes the staged database over the live one with the backup
// API, in one write transaction on the live database.
func (s *Store) copyFrom(staged string, progress Progress) error {
	db, err := sql.Open("sqlite3", fileURI(staged))
	if err != nil {
		return err
	}
	defer db.Close()
	if err := matchPageSize(db, s.db); err != nil {
		return err
	}
	ctx := context.Background()
	sconn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer sconn.Close()
	dconn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer dconn.Close()
	return copyDB(dconn, sconn, progress)
}

// matchPageSize rebuilds the staged database with the live one's page size
// when they differ: SQLite cannot copy between page sizes into a database
// in WAL mode.
func matchPageSize(staged, live *sql.DB) error {
	var want, got int
	if err := live.QueryRow(`PRAGMA page_size`).Scan(&want); err != nil {
		return err
	}
	if err := staged.QueryRow(`PRAGMA page_size`).Scan(&got); err != nil {
		return err
	}
	if got == want {
		return nil
	}
	_, err := staged.Exec(fmt.Sprintf(`PRAGMA page_size = %d; VACUUM`, want))
	return err
}

// copyFile copies the file src to dst, which it creates or truncates,
// reporting progress in 4 KiB pages.
func copyFile(src, dst string, progress Progress) error {
	in, err := os.Open(src)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return cannotRead(src, err)
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return cannotWrite(dst, err)
	}
	total := pages(info.Size())
	buf := make([]byte, 1<<20)
	var done int64
	for {
		n, rerr := in.Read(buf)
		if n > 0 {
			if _, err := out.Write(buf[:n]); err != nil {
				out.Close()
				return cannotWrite(dst, err)
			}
			done += int64(n)
			report(progress, min(pages(done), total), total)
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			out.Close()
			return cannotRead(src, rerr)
		}
	}
	return out.Close()
}

// pages is a size in 4 KiB pages, at least 1.
func pages(size int64) int { return max(1, int((size+4095)/4096)) }

// phases maps the progress of the steps of a longer job onto one bar.
type phases struct {
	progress    Progress
	done, total int
}

// phase is the Progress of the next step, worth span of the total.
func (p *phases) phase(span int) Progress {
	offset := p.done
	p.done += span
	return func(done, total int) {
		if total > 0 {
			report(p.progress, min(offset+done*span/total, p.total), p.total)
		}
	}
}

// refusedError is a file refused for restoring; it still matches its cause
// with errors.Is and errors.As.
type refusedError struct{ err error }

func (e refusedError) Error() string { return e.Message().String() }

// Message is the sentence for the interface: why, then that nothing changed.
func (e refusedError) Message() msg.Text {
	return msg.New("{{.Reason}} Nothing was restored; your current plans are unchanged.", "Reason", explain(e.err))
}
func (e refusedError) Unwrap() error { return e.err }

func refused(err error) error { return refusedError{err} }

// cannotRead and cannotWrite say that a file could not be read or written,
// and why; they match the failure with errors.Is.
func cannotRead(path string, err error) error {
	return sentence(unwrapPathError(err), "Cannot read \"{{.Path}}\": {{.Reason}}.", "Path", path, "Reason", msg.Cause(err))
}

func cannotWrite(path string, err error) error {
	return sentence(unwrapPathError(err), "Cannot write \"{{.Path}}\": {{.Reason}}.", "Path", path, "Reason", msg.Cause(err))
}
