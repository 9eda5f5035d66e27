package storage

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestOpenCreatesPrivateFolderAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "kairos")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for path, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, FileName): 0o600} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", path, got, want)
		}
	}
}

func TestOpenSetsWALForeignKeysAndSchema(t *testing.T) {
	s := mustOpen(t)
	var mode string
	var fk int
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if err := s.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
	if v, err := schemaVersion(s.db); err != nil || v != LatestSchema() || v < 1 {
		t.Errorf("schema version = %d, %v; want %d", v, err, LatestSchema())
	}
	if verdict, err := s.IntegrityCheck(); err != nil || verdict != "ok" {
		t.Errorf("integrity = %q, %v", verdict, err)
	}
}

func TestReopenKeepsDataAndAppliesNothingTwice(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	mustClient(t, s, "Olive & Sea")
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var applied int
	s.db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&applied)
	if applied != LatestSchema() {
		t.Errorf("%d migrations recorded, want %d", applied, LatestSchema())
	}
	if list, _ := s.Clients(); len(list) != 1 || list[0].Name != "Olive & Sea" {
		t.Errorf("clients after reopen = %+v", list)
	}
}

func TestOpenRefusesFutureSchemaUntouched(t *testing.T) {
	dir := t.TempDir()
	// A database as a newer Kairos would leave it, in rollback-journal mode.
	db, err := sql.Open("sqlite3", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);
		INSERT INTO schema_migrations VALUES (1, 'initial', 'x'), (99, 'from_the_future', 'y')`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	_, err = Open(dir)
	var future *FutureSchemaError
	if !errors.As(err, &future) || future.Found != 99 || future.Latest != LatestSchema() {
		t.Fatalf("Open = %v, want FutureSchemaError 99", err)
	}
	if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
		t.Errorf("folder changed: before %v, after %v", before, after)
	}
}

func TestOpenRefusesNonSQLiteFileUntouched(t *testing.T) {
	for name, content := range map[string]string{
		"text":  "these are my notes, not a database\n",
		"short": "SQL",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, FileName), []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, dir)
			_, err := Open(dir)
			if !errors.Is(err, ErrNotDatabase) {
				t.Fatalf("Open = %v, want ErrNotDatabase", err)
			}
			if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
				t.Error("folder changed")
			}
		})
	}
}

func TestOpenRefusesReadOnlyFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	_, err := Open(dir)
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open = %v, want ErrReadOnly", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("read-only folder gained %d files", len(entries))
	}
}

func TestOpenRefusesReadOnlyFile(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, FileName)
	os.Chmod(path, 0o400)
	before := snapshot(t, dir)
	if _, err := Open(dir); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open = %v, want ErrReadOnly", err)
	}
	if after := snapshot(t, dir); !reflect.DeepEqual(before, after) {
		t.Error("folder changed")
	}
}

func TestOpenRefusesAFileAsFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plain-file")
	os.WriteFile(path, []byte("x"), 0o600)
	if _, err := Open(path); err == nil {
		t.Fatal("Open on a file succeeded")
	}
	if _, err := Open(""); err == nil {
		t.Fatal("Open with no folder succeeded")
	}
}

func TestMigrationsAreNumberedWithoutGaps(t *testing.T) {
	list, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range list {
		if m.version != i+1 || m.name == "" || m.sql == "" {
			t.Errorf("migration %d = %+v", i, m)
		}
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	s := mustOpen(t)
	if v, err := s.Setting("week_start"); err != nil || v != "" {
		t.Fatalf("unset setting = %q, %v", v, err)
	}
	s.SetSetting("week_start", "monday")
	s.SetSetting("week_start", "sunday")
	if v, _ := s.Setting("week_start"); v != "sunday" {
		t.Errorf("setting = %q, want sunday", v)
	}
}
