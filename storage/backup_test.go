package storage

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"kairos/model"
)

func TestBackupWritesACheckedSelfContainedCopy(t *testing.T) {
	s := mustOpen(t)
	fillPosts(t, s, "Olive", 3000)
	defer func(n int) { stepPages = n }(stepPages)
	stepPages = 32
	out := filepath.Join(t.TempDir(), "plans.db")
	var calls, last, lastTotal int
	err := s.Backup(out, func(done, total int) {
		if done < last && total == lastTotal {
			t.Errorf("progress went back from %d to %d of %d", last, done, total)
		}
		calls, last, lastTotal = calls+1, done, total
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 2 || last != lastTotal || lastTotal == 0 {
		t.Errorf("progress: %d calls, last %d of %d; want several, ending at the total", calls, last, lastTotal)
	}
	info, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %o, want 600", info.Mode().Perm())
	}
	head := make([]byte, 20)
	f, _ := os.Open(out)
	f.Read(head)
	f.Close()
	if head[18] != 1 || head[19] != 1 {
		t.Errorf("backup header says journal versions %d/%d, want 1/1 (no -wal file needed)", head[18], head[19])
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("the backup folder holds %d files, want just the backup", len(entries))
	}
	copy := openCopy(t, out)
	if got, want := contents(t, copy), contents(t, s); got["Olive"] != 3000 || len(got) != len(want) {
		t.Errorf("backup holds %v, want %v", got, want)
	}
}

// openCopy opens a backup file as a store of its own, in a new folder.
func openCopy(t *testing.T, backup string) *Store {
	t.Helper()
	dir := t.TempDir()
	if err := copyFile(backup, filepath.Join(dir, FileName), nil); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestBackupRefusesTheLiveFile(t *testing.T) {
	s := mustOpen(t)
	mustClient(t, s, "Olive")
	for _, path := range []string{s.Path(), s.Path() + "-wal", filepath.Join(filepath.Dir(s.Path()), ".", FileName)} {
		if err := s.Backup(path, nil); err == nil || !strings.Contains(err.Error(), "the database Kairos is using") {
			t.Errorf("Backup(%s) = %v, want a refusal", path, err)
		}
	}
	if got := contents(t, s); got["Olive"] != 0 || len(got) != 1 {
		t.Errorf("data after the refusals: %v", got)
	}
}

func TestFailedBackupLeavesNoFile(t *testing.T) {
	s := mustOpen(t)
	mustClient(t, s, "Olive")
	dir := t.TempDir()
	// The copy is made, but cannot take the name of a folder in its place.
	target := filepath.Join(dir, "plans.db")
	os.MkdirAll(filepath.Join(target, "inside"), 0o700)
	if err := s.Backup(target, nil); err == nil {
		t.Fatal("a backup over a folder succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the failed backup left %d files beside the folder", len(entries)-1)
	}
	if err := s.Backup(filepath.Join(dir, "no such folder", "plans.db"), nil); err == nil ||
		!strings.Contains(err.Error(), "Cannot write a backup in") {
		t.Errorf("backup into a missing folder: %v", err)
	}
}

// Writes keep going while a backup runs: the copy is still consistent, and
// the writer is never refused.
func TestBackupWhileWriting(t *testing.T) {
	s := mustOpen(t)
	fillPosts(t, s, "Olive", 4000)
	c := mustClient(t, s, "Sea")
	ig := mustChannel(t, s, c.ID, model.Instagram, "@sea")
	p := mustPost(t, s, model.Post{ClientID: c.ID, ChannelIDs: []int64{ig.ID}, Date: model.NewDate(2027, 1, 1),
		Time: model.At(9, 0), Status: model.Draft, Type: model.Photo, Text: "moving"})
	var stop atomic.Bool
	var wg sync.WaitGroup
	var moves int
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; !stop.Load(); i++ {
			if _, _, err := s.MovePost(p.ID, model.NewDate(2027, 1, 1).AddDays(i%300), model.At(9, 0)); err != nil {
				t.Error(err)
				return
			}
			moves++
		}
	}()
	out := filepath.Join(t.TempDir(), "plans.db")
	err := s.Backup(out, nil)
	stop.Store(true)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if got := contents(t, openCopy(t, out)); got["Olive"] != 4000 || got["Sea"] != 1 {
		t.Errorf("backup holds %v", got)
	}
	t.Logf("%d moves during the backup", moves)
}

func TestBackUpNowRotatesKeepingTheNewest(t *testing.T) {
	s := mustOpen(t)
	mustClient(t, s, "Olive")
	if got := s.BackupsKept(); got != DefaultBackupsKept {
		t.Errorf("default kept = %d, want %d", got, DefaultBackupsKept)
	}
	if err := s.SetBackupsKept(3); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBackupsKept(0); err == nil {
		t.Error("keeping 0 backups was accepted")
	}
	// A copy kept before a restore is never rotated away.
	os.MkdirAll(s.BackupsDir(), 0o700)
	kept := filepath.Join(s.BackupsDir(), "before-restore-20260101-080000.db")
	os.WriteFile(kept, []byte("kept"), 0o600)
	stranger := filepath.Join(s.BackupsDir(), "notes.txt")
	os.WriteFile(stranger, []byte("mine"), 0o600)

	start := time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local)
	var made []string
	for i := range 5 {
		b, err := s.BackUpNow(start.Add(time.Duration(i)*time.Hour), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !b.Time.Equal(start.Add(time.Duration(i)*time.Hour)) || b.Size == 0 || b.BeforeRestore {
			t.Errorf("backup %d = %+v", i, b)
		}
		made = append(made, b.Path)
	}
	// Two in the same second get different names.
	same, err := s.BackUpNow(start.Add(4*time.Hour), nil)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(same.Path) != "kairos-20261125-130000-2.db" {
		t.Errorf("second backup in one second named %s", filepath.Base(same.Path))
	}
	list, err := s.Backups()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range list {
		got = append(got, filepath.Base(b.Path))
	}
	want := []string{"kairos-20261125-130000-2.db", "kairos-20261125-130000.db", "kairos-20261125-120000.db",
		"before-restore-20260101-080000.db"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("backups = %v\nwant      %v", got, want)
	}
	for _, path := range []string{kept, stranger} {
		if _, err := os.Stat(path); err != nil {
			t.Errorf("rotation removed %s", path)
		}
	}
	if _, err := os.Stat(made[0]); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the oldest backup is still there")
	}
}

func TestAutoBackupIsDueByAge(t *testing.T) {
	s := mustOpen(t)
	mustClient(t, s, "Olive")
	var changed atomic.Int32
	s.OnBackupsChanged(func() { changed.Add(1) })
	start := time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local)
	steps := []struct {
		at     time.Duration
		minAge time.Duration
		made   bool
	}{
		{0, StartBackupAge, true},                          // the first start
		{30 * time.Minute, StartBackupAge, false},          // a restart soon after
		{2 * time.Hour, StartBackupAge, true},              // a later start
		{3 * time.Hour, DailyBackupAge, false},             // running: a day has not passed
		{26 * time.Hour, DailyBackupAge, true},             // running: a day has passed
		{25*time.Hour + time.Minute, DailyBackupAge, true}, // the clock went back: do not wait a day
	}
	made := 0
	for _, st := range steps {
		path, err := s.AutoBackup(start.Add(st.at), st.minAge)
		if err != nil {
			t.Fatal(err)
		}
		if (path != "") != st.made {
			t.Errorf("at +%s (min age %s): made %q, want made=%v", st.at, st.minAge, path, st.made)
		}
		if path != "" {
			made++
		}
	}
	if int(changed.Load()) != made {
		t.Errorf("told of %d changes, want %d", changed.Load(), made)
	}
}

func TestNewestGoodBackupSkipsDamagedOnes(t *testing.T) {
	dir := closedDB(t, 1500)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local)
	older, err := s.BackUpNow(start, nil)
	if err != nil {
		t.Fatal(err)
	}
	newer, err := s.BackUpNow(start.Add(time.Hour), nil)
	if err != nil {
		t.Fatal(err)
	}
	if b := NewestGoodBackup(dir); b == nil || b.Path != newer.Path {
		t.Fatalf("newest good = %+v, want %s", b, newer.Path)
	}
	corruptMiddlePage(t, newer.Path)
	// Not SQLite at all, and newest by name.
	os.WriteFile(filepath.Join(s.BackupsDir(), "kairos-20261125-230000.db"), []byte("junk"), 0o600)
	before := treeSnapshot(t, s.BackupsDir())
	if b := NewestGoodBackup(dir); b == nil || b.Path != older.Path {
		t.Fatalf("newest good = %+v, want %s", b, older.Path)
	}
	sameTree(t, before, treeSnapshot(t, s.BackupsDir()))
}

func TestBackupNamesParse(t *testing.T) {
	for name, ok := range map[string]bool{
		"kairos-20261125-090000.db":         true,
		"kairos-20261125-090000-3.db":       true,
		"before-restore-20261125-090000.db": true,
		"kairos-20261125-090000-1.db":       false,
		"kairos-20261125-0900.db":           false,
		"kairos-20261125-090000.db-wal":     false,
		"kairos.db":                         false,
		"kairos-2026112x-090000.db":         false,
		".kairos-backup-123.db":             false,
	} {
		if _, got := parseBackupName(name); got != ok {
			t.Errorf("parseBackupName(%q) ok = %v, want %v", name, got, ok)
		}
	}
}

// sqlExec runs statements on a database file outside the store.
func sqlExec(t *testing.T, path, stmts string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmts); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkBackup100k times a backup of the 100,000-post database, its
// check included.
func BenchmarkBackup100k(b *testing.B) {
	s := benchStore(b)
	out := filepath.Join(b.TempDir(), "plans.db")
	for b.Loop() {
		if err := s.Backup(out, nil); err != nil {
			b.Fatal(err)
		}
	}
	info, _ := os.Stat(out)
	b.ReportMetric(float64(info.Size())/(1<<20), "MB")
}

// A backup killed part-way leaves its temporary file; the next backup
// removes it once it is old enough not to be another Kairos's work.
func TestBackupRemovesStaleTemporaryFiles(t *testing.T) {
	s := mustOpen(t)
	os.MkdirAll(s.BackupsDir(), 0o700)
	stale := filepath.Join(s.BackupsDir(), ".kairos-backup-123.db")
	fresh := filepath.Join(s.BackupsDir(), ".kairos-backup-456.db")
	for _, p := range []string{stale, fresh} {
		os.WriteFile(p, []byte("half"), 0o600)
	}
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(stale, old, old)
	if _, err := s.BackUpNow(time.Now(), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Error("the stale temporary file is still there")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a fresh temporary file was removed")
	}
}
