package storage

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"kairos/model/msg"
)

// BackupsFolder holds the backups, inside the data folder.
const BackupsFolder = "backups"

// DefaultBackupsKept is how many rotating backups are kept unless the user
// chose another number.
const DefaultBackupsKept = 10

// settingBackupsKept stores the user's choice of how many to keep.
const settingBackupsKept = "backups_kept"

// Rotating backups are named kairos-YYYYMMDD-HHMMSS.db in local time
// (with -2, -3… for a second one in the same second); the copies made just
// before a restore are before-restore-YYYYMMDD-HHMMSS.db and are never
// removed by rotation.
const (
	rotatingPrefix      = "kairos-"
	beforeRestorePrefix = "before-restore-"
	stampLayout         = "20060102-150405"
)

// BackupFile is one backup in the backups folder.
type BackupFile struct {
	Path          string
	Time          time.Time // when it was made, from its name
	Size          int64
	BeforeRestore bool // the copy kept just before a restore
	seq           int
}

// BackupsDir is the folder that holds this store's backups.
func (s *Store) BackupsDir() string { return filepath.Join(filepath.Dir(s.path), BackupsFolder) }

// Backups lists this store's backups, newest first.
func (s *Store) Backups() ([]BackupFile, error) { return ListBackups(filepath.Dir(s.path)) }

// ListBackups lists the backups of the data folder dataDir, newest first.
// Files in the backups folder not named by Kairos are left out.
func ListBackups(dataDir string) ([]BackupFile, error) {
	dir := filepath.Join(dataDir, BackupsFolder)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, sentence(unwrapPathError(err), "Cannot read the backups folder \"{{.Dir}}\": {{.Reason}}.", "Dir", dir, "Reason", msg.Cause(err))
	}
	var list []BackupFile
	for _, e := range entries {
		b, ok := parseBackupName(e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil {
			b.Size = info.Size()
		}
		b.Path = filepath.Join(dir, e.Name())
		list = append(list, b)
	}
	sort.SliceStable(list, func(i, j int) bool {
		if !list[i].Time.Equal(list[j].Time) {
			return list[i].Time.After(list[j].Time)
		}
		return list[i].seq > list[j].seq
	})
	return list, nil
}

// parseBackupName reads a backup's time from its file name.
func parseBackupName(name string) (BackupFile, bool) {
	var b BackupFile
	rest, ok := strings.CutSuffix(name, ".db")
	if !ok {
		return b, false
	}
	if r, ok := strings.CutPrefix(rest, beforeRestorePrefix); ok {
		rest, b.BeforeRestore = r, true
	} else if rest, ok = strings.CutPrefix(rest, rotatingPrefix); !ok {
		return b, false
	}
	if len(rest) < len(stampLayout) {
		return b, false
	}
	stamp, seq := rest[:len(stampLayout)], rest[len(stampLayout):]
	t, err := time.ParseInLocation(stampLayout, stamp, time.Local)
	if err != nil {
		return b, false
	}
	b.Time, b.seq = t, 1
	if seq != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(seq, "-"))
		if err != nil || !strings.HasPrefix(seq, "-") || n < 2 {
			return b, false
		}
		b.seq = n
	}
	return b, true
}

// newBackupPath is a free name in the backups folder for a backup made at
// now, creating the folder (mode 0700) if needed.
func (s *Store) newBackupPath(prefix string, now time.Time) (string, error) {
	dir := s.BackupsDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", sentence(unwrapPathError(err), "Cannot create the backups folder \"{{.Dir}}\": {{.Reason}}.", "Dir", dir, "Reason", msg.Cause(err))
	}
	base := prefix + now.In(time.Local).Format(stampLayout)
	for n := 1; ; n++ {
		name := base + ".db"
		if n > 1 {
			name = fmt.Sprintf("%s-%d.db", base, n)
		}
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
	}
}

// BackUpNow makes a rotating backup in the backups folder and then removes
// the oldest rotating backups beyond the number kept.
func (s *Store) BackUpNow(now time.Time, progress Progress) (BackupFile, error) {
	s.bk.running.Lock()
	defer s.bk.running.Unlock()
	return s.backUpRotating(now, progress)
}

func (s *Store) backUpRotating(now time.Time, progress Progress) (BackupFile, error) {
	path, err := s.newBackupPath(rotatingPrefix, now)
	if err != nil {
		return BackupFile{}, err
	}
	removeStaleTemps(s.BackupsDir(), ".kairos-backup-*")
	if err := s.backupTo(path, progress); err != nil {
		return BackupFile{}, err
	}
	defer s.backupsChanged()
	if err := s.prune(s.BackupsKept()); err != nil {
		return BackupFile{}, err
	}
	b, _ := parseBackupName(filepath.Base(path))
	b.Path = path
	if info, err := os.Stat(path); err == nil {
		b.Size = info.Size()
	}
	return b, nil
}

// AutoBackup makes a rotating backup unless the newest one is younger than
// minAge, and returns its path ("" when none was due). Kairos calls it at
// start with StartBackupAge and then hourly with DailyBackupAge.
func (s *Store) AutoBackup(now time.Time, minAge time.Duration) (string, error) {
	s.bk.running.Lock()
	defer s.bk.running.Unlock()
	list, err := s.Backups()
	if err != nil {
		return "", err
	}
	for _, b := range list {
		if b.BeforeRestore {
			continue
		}
		if age := now.Sub(b.Time); age >= 0 && age < minAge {
			return "", nil
		}
		break
	}
	b, err := s.backUpRotating(now, nil)
	return b.Path, err
}

// The ages that make an automatic backup due: at start, unless one was made
// in the last hour (so restarting Kairos a few times does not rotate the
// older backups away); while Kairos runs, once a day.
const (
	StartBackupAge = time.Hour
	DailyBackupAge = 24 * time.Hour
)

// prune removes the oldest rotating backups so that keep remain.
func (s *Store) prune(keep int) error {
	list, err := s.Backups()
	if err != nil {
		return err
	}
	kept := 0
	for _, b := range list {
		if b.BeforeRestore {
			continue
		}
		if kept++; kept > keep {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return sentence(unwrapPathError(err), "Cannot remove the old backup \"{{.Path}}\": {{.Reason}}.", "Path", b.Path, "Reason", msg.Cause(err))
			}
		}
	}
	return nil
}

// removeStaleTemps removes the temporary files matching pattern that a
// backup or restore killed part-way left in dir. Only old ones go: another
// Kairos may be writing a new one.
func removeStaleTemps(dir, pattern string) {
	matches, _ := filepath.Glob(filepath.Join(dir, pattern))
	for _, m := range matches {
		if info, err := os.Stat(m); err == nil && time.Since(info.ModTime()) > time.Hour {
			os.Remove(m)
		}
	}
}

// BackupsKept is how many rotating backups are kept.
func (s *Store) BackupsKept() int {
	v, err := s.Setting(settingBackupsKept)
	n, perr := strconv.Atoi(v)
	if err != nil || perr != nil || n < 1 {
		return DefaultBackupsKept
	}
	return n
}

// SetBackupsKept sets how many rotating backups are kept, from 1 to 100.
// Older ones are removed at the next backup.
func (s *Store) SetBackupsKept(n int) error {
	if n < 1 || n > 100 {
		return msg.Errorf("Keep between 1 and 100 backups, not {{.Count}}.", "Count", n)
	}
	return s.SetSetting(settingBackupsKept, strconv.Itoa(n))
}

// OnBackupsChanged sets f to be called, from the goroutine that did the
// work, whenever this store adds or removes a backup or restores one.
func (s *Store) OnBackupsChanged(f func()) {
	s.bk.hookMu.Lock()
	s.bk.changed = f
	s.bk.hookMu.Unlock()
}

func (s *Store) backupsChanged() {
	s.bk.hookMu.Lock()
	f := s.bk.changed
	s.bk.hookMu.Unlock()
	if f != nil {
		f()
	}
}

// NewestGoodBackup is the newest rotating backup in dataDir that passes the
// check of a Kairos database this build can open, or nil when none does.
// The backups are only read.
func NewestGoodBackup(dataDir string) *BackupFile {
	list, _ := ListBackups(dataDir)
	for _, b := range list {
		if b.BeforeRestore {
			continue
		}
		if checkBackupFile(b.Path) == nil {
			return &b
		}
	}
	return nil
}

// checkBackupFile opens a backup read-only and checks it.
func checkBackupFile(path string) error {
	if ok, err := hasSQLiteHeader(path); err != nil || !ok {
		return sentence(ErrNotDatabase, "\"{{.Path}}\" is not a Kairos database.", "Path", path)
	}
	db, err := sql.Open("sqlite3", fileURI(path)+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = checkKairosDB(db, path, false)
	return err
}

// withNewestBackup names the newest good backup in a *DamagedError.
func withNewestBackup(dataDir string, err error) error {
	var d *DamagedError
	if errors.As(err, &d) && d.Backup == nil {
		d.Backup = NewestGoodBackup(dataDir)
	}
	return err
}
