package storage

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A page damaged in the middle of the file (not the header, which the
// first check would catch) is found on open, and nothing in the data
// folder is written: not the database, not a -wal or -shm file.
func TestOpenDetectsADamagedPageAndChangesNothing(t *testing.T) {
	dir := closedDB(t, 1500)
	page := corruptMiddlePage(t, filepath.Join(dir, FileName))
	before := treeSnapshot(t, dir)
	_, err := Open(dir)
	var d *DamagedError
	if !errors.As(err, &d) || !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open with page %d damaged = %v, want a DamagedError", page, err)
	}
	if d.Backup != nil {
		t.Errorf("offered a backup %+v where there is none", d.Backup)
	}
	if msg := err.Error(); !strings.Contains(msg, filepath.Join(dir, FileName)) || !strings.Contains(msg, "it was not changed") {
		t.Errorf("message %q should name the file and say it was not changed", msg)
	}
	sameTree(t, before, treeSnapshot(t, dir))
	// Asked again, the answer is the same: the first try repaired nothing.
	if _, err := Open(dir); !errors.Is(err, ErrDamaged) {
		t.Errorf("second Open = %v", err)
	}
	sameTree(t, before, treeSnapshot(t, dir))
}

func TestOpenNamesTheNewestGoodBackup(t *testing.T) {
	dir := closedDB(t, 1500)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.BackUpNow(time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local), nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	corruptMiddlePage(t, filepath.Join(dir, FileName))
	before := treeSnapshot(t, dir)
	_, err = Open(dir)
	var d *DamagedError
	if !errors.As(err, &d) || d.Backup == nil || d.Backup.Path != b.Path {
		t.Fatalf("Open = %v, want a DamagedError naming %s", err, b.Path)
	}
	sameTree(t, before, treeSnapshot(t, dir))
}

// A sound database passes the check on open, leftover -wal and all.
func TestOpenAcceptsASoundDatabase(t *testing.T) {
	dir := closedDB(t, 300)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := contents(t, s); got["Olive"] != 300 {
		t.Errorf("contents %v", got)
	}
}

// BenchmarkQuickCheck100k times the check Open runs, on the 100,000-post
// benchmark database.
func BenchmarkQuickCheck100k(b *testing.B) {
	s := benchStore(b)
	for b.Loop() {
		if err := quickCheck(s.db, s.path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen100k times opening the 100,000-post database, check included.
func BenchmarkOpen100k(b *testing.B) {
	dir := filepath.Dir(benchStore(b).path)
	for b.Loop() {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// In the background the check finds the same damage after Open has
// returned, and every change and backup is refused until then and after:
// the folder is left exactly as it was.
func TestBackgroundCheckRefusesEveryWriteToADamagedFile(t *testing.T) {
	dir := closedDB(t, 1500)
	corruptMiddlePage(t, filepath.Join(dir, FileName))
	before := treeSnapshot(t, dir)
	s, err := OpenInBackground(dir)
	if err != nil {
		t.Fatalf("OpenInBackground = %v; the check should run after it", err)
	}
	if err := s.Checked(); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Checked = %v, want the damage", err)
	}
	if err := s.SetSetting("x", "y"); !errors.Is(err, ErrDamaged) {
		t.Errorf("a change to the damaged file = %v, want it refused", err)
	}
	if err := s.Backup(filepath.Join(t.TempDir(), "copy.db"), nil); !errors.Is(err, ErrDamaged) {
		t.Errorf("a backup of the damaged file = %v, want it refused", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	sameTree(t, before, treeSnapshot(t, dir))
}

func TestBackgroundCheckLetsASoundFileBeUsed(t *testing.T) {
	dir := closedDB(t, 300)
	s, err := OpenInBackground(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SetSetting("x", "y"); err != nil {
		t.Fatalf("a change once the check passed: %v", err)
	}
	if err := s.Checked(); err != nil {
		t.Errorf("Checked = %v", err)
	}
}

// The check waits for StartCheck, but a change made before it starts the
// check itself and waits for the verdict: a damaged file is never written.
func TestDeferredCheckStartsWithTheFirstChange(t *testing.T) {
	dir := closedDB(t, 1500)
	corruptMiddlePage(t, filepath.Join(dir, FileName))
	before := treeSnapshot(t, dir)
	s, err := OpenInBackground(dir)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.check:
		t.Fatal("the check ran before anyone asked for it")
	default:
	}
	if err := s.SetSetting("x", "y"); !errors.Is(err, ErrDamaged) {
		t.Errorf("the first change to a damaged file = %v, want it refused", err)
	}
	s.StartCheck() // already done: nothing more happens
	if err := s.Checked(); !errors.Is(err, ErrDamaged) {
		t.Errorf("Checked = %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	sameTree(t, before, treeSnapshot(t, dir))
}
