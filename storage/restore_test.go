package storage

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"kairos/model"
)

var restoreTime = time.Date(2026, 11, 25, 9, 0, 0, 0, time.Local)

func TestBackupAndRestoreRoundTrip(t *testing.T) {
	s := mustOpen(t)
	fillPosts(t, s, "Olive", 2000)
	mustClient(t, s, "Sea")
	s.SetSetting("week_start", "sunday")
	backedUp := contents(t, s)
	out := filepath.Join(t.TempDir(), "plans.db")
	if err := s.Backup(out, nil); err != nil {
		t.Fatal(err)
	}
	outBefore := treeSnapshot(t, filepath.Dir(out))

	// Work goes on after the backup…
	list, _ := s.Clients()
	if err := s.DeleteClient(list[0].ID); err != nil {
		t.Fatal(err)
	}
	fillPosts(t, s, "Later", 10)
	s.SetSetting("week_start", "monday")
	changed := contents(t, s)

	// …and the backup brings the earlier state back.
	var last, total int
	kept, err := s.RestoreFrom(out, restoreTime, func(d, tt int) { last, total = d, tt })
	if err != nil {
		t.Fatal(err)
	}
	if last != total || total == 0 {
		t.Errorf("progress ended at %d of %d", last, total)
	}
	if got := contents(t, s); !reflect.DeepEqual(got, backedUp) {
		t.Errorf("after the restore %v, want %v", got, backedUp)
	}
	if v, _ := s.Setting("week_start"); v != "sunday" {
		t.Errorf("week_start = %q after the restore, want sunday", v)
	}
	// The copy kept first holds the data the restore replaced.
	if filepath.Base(kept) != "before-restore-20261125-090000.db" || filepath.Dir(kept) != s.BackupsDir() {
		t.Errorf("kept the current data at %s", kept)
	}
	if got := contents(t, openCopy(t, kept)); !reflect.DeepEqual(got, changed) {
		t.Errorf("the kept copy holds %v, want %v", got, changed)
	}
	// The restored file was only read; the store goes on working.
	sameTree(t, outBefore, treeSnapshot(t, filepath.Dir(out)))
	mustClient(t, s, "After")
	if verdict, err := s.IntegrityCheck(); err != nil || verdict != "ok" {
		t.Errorf("integrity after the restore: %q, %v", verdict, err)
	}
	if entries, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Path()), ".restore-*")); len(entries) != 0 {
		t.Errorf("the restore left %v", entries)
	}
	// Reopened, the restored data is what the file holds: the old -wal was
	// not replayed over it.
	dir := filepath.Dir(s.Path())
	s.Close()
	s2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	want := backedUp
	want["After"] = 0
	if got := contents(t, s2); !reflect.DeepEqual(got, want) {
		t.Errorf("reopened: %v, want %v", got, want)
	}
}

func TestRestoreRefusesAndChangesNothing(t *testing.T) {
	futureDB := func(t *testing.T, path string) {
		sqlExec(t, path, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);
			INSERT INTO schema_migrations VALUES (1, 'initial', 'x'), (99, 'from_the_future', 'y')`)
	}
	cases := []struct {
		name  string
		make  func(t *testing.T, path string)
		kind  error
		words string
	}{
		{"text", func(t *testing.T, path string) { os.WriteFile(path, []byte("my notes\n"), 0o600) },
			ErrNotDatabase, "is not a Kairos database (it is not an SQLite file)"},
		{"empty", func(t *testing.T, path string) { os.WriteFile(path, nil, 0o600) },
			ErrNotDatabase, "is not a Kairos database"},
		{"other sqlite", func(t *testing.T, path string) { sqlExec(t, path, `CREATE TABLE recipes (name TEXT)`) },
			ErrNotDatabase, "without Kairos's tables"},
		{"other schema_migrations", func(t *testing.T, path string) {
			sqlExec(t, path, `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);
				INSERT INTO schema_migrations VALUES (1, 'create_users', 'x')`)
		}, ErrNotDatabase, "schema records are not Kairos's"},
		{"newer", futureDB, nil, "newer version of Kairos"},
		{"damaged", func(t *testing.T, path string) {
			dir := closedDB(t, 1500)
			copyFile(filepath.Join(dir, FileName), path, nil)
			corruptMiddlePage(t, path)
		}, ErrDamaged, "is damaged"},
		{"missing", func(t *testing.T, path string) {}, nil, "does not exist"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := mustOpen(t)
			fillPosts(t, s, "Olive", 50)
			before := contents(t, s)
			src := filepath.Join(t.TempDir(), "candidate.db")
			c.make(t, src)
			srcDir := filepath.Dir(src)
			srcBefore := treeSnapshot(t, srcDir)
			_, err := s.RestoreFrom(src, restoreTime, nil)
			if err == nil {
				t.Fatal("the restore was accepted")
			}
			if c.kind != nil && !errors.Is(err, c.kind) {
				t.Errorf("error %v is not %v", err, c.kind)
			}
			if c.name == "newer" {
				var future *FutureSchemaError
				if !errors.As(err, &future) || future.Found != 99 {
					t.Errorf("error %v is not a FutureSchemaError", err)
				}
			}
			msg := err.Error()
			if !strings.Contains(msg, c.words) || !strings.Contains(msg, src) || !strings.Contains(msg, "Nothing was restored") {
				t.Errorf("message %q should name the file, say %q and that nothing was restored", msg, c.words)
			}
			if got := contents(t, s); !reflect.DeepEqual(got, before) {
				t.Errorf("data changed to %v", got)
			}
			if list, _ := s.Backups(); len(list) != 0 {
				t.Errorf("a refused restore made backups: %v", list)
			}
			leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Path()), ".restore-*"))
			if len(leftovers) != 0 {
				t.Errorf("left %v", leftovers)
			}
			sameTree(t, srcBefore, treeSnapshot(t, srcDir))
		})
	}
}

func TestRestoreRefusesTheLiveFile(t *testing.T) {
	s := mustOpen(t)
	mustClient(t, s, "Olive")
	if _, err := s.RestoreFrom(s.Path(), restoreTime, nil); err == nil || !strings.Contains(err.Error(), "is using now") {
		t.Errorf("restoring the live file: %v", err)
	}
}

// A database from an older Kairos is brought up to date as it comes in.
func TestRestoreOlderSchema(t *testing.T) {
	list, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", src+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
	for _, m := range list[:1] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatal(err)
		}
		db.Exec(`INSERT INTO schema_migrations VALUES (?, ?, 'then')`, m.version, m.name)
	}
	if _, err := db.Exec(`INSERT INTO clients (name, country, time_zone, color, created_at)
		VALUES ('Old Friend', 'GR', 'Europe/Athens', '#2E86AB', '2020-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s := mustOpen(t)
	mustClient(t, s, "Current")
	if _, err := s.RestoreFrom(src, restoreTime, nil); err != nil {
		t.Fatal(err)
	}
	if got := contents(t, s); !reflect.DeepEqual(got, map[string]int{"Old Friend": 0}) {
		t.Errorf("after the restore: %v", got)
	}
	if v, err := schemaVersion(s.db); err != nil || v != LatestSchema() {
		t.Errorf("schema %d, %v; want %d", v, err, LatestSchema())
	}
	// The new tables work.
	c := mustClient(t, s, "New")
	mustChannel(t, s, c.ID, model.Instagram, "@new")
}

// Restoring another Kairos's live database brings the changes still in its
// -wal file along.
func TestRestoreTakesTheSourcesWAL(t *testing.T) {
	other := mustOpen(t)
	fillPosts(t, other, "Olive", 100)
	// other stays open: its last changes are in kairos.db-wal.
	if info, err := os.Stat(other.Path() + "-wal"); err != nil || info.Size() == 0 {
		t.Fatalf("the source has no -wal file to test with: %v", err)
	}
	s := mustOpen(t)
	mustClient(t, s, "Sea")
	if _, err := s.RestoreFrom(other.Path(), restoreTime, nil); err != nil {
		t.Fatal(err)
	}
	if got := contents(t, s); !reflect.DeepEqual(got, map[string]int{"Olive": 100}) {
		t.Errorf("after the restore: %v", got)
	}
}

func TestRecoverDamagedKeepsTheDamagedFile(t *testing.T) {
	dir := closedDB(t, 1500)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	backup, err := s.BackUpNow(restoreTime, nil)
	if err != nil {
		t.Fatal(err)
	}
	fillPosts(t, s, "Later", 5)
	s.Close()
	live := filepath.Join(dir, FileName)
	corruptMiddlePage(t, live)
	damaged, _ := os.ReadFile(live)

	_, err = Open(dir)
	var d *DamagedError
	if !errors.As(err, &d) || d.Backup == nil || d.Backup.Path != backup.Path {
		t.Fatalf("Open = %v (backup %+v), want DamagedError naming %s", err, d, backup.Path)
	}
	movedTo, err := RecoverDamaged(dir, d.Backup.Path, restoreTime.Add(time.Hour), nil)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(movedTo) != "kairos.db.damaged-20261125-100000" {
		t.Errorf("damaged file moved to %s", movedTo)
	}
	if b, err := os.ReadFile(movedTo); err != nil || string(b) != string(damaged) {
		t.Errorf("the damaged file was not kept byte for byte (%v)", err)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := contents(t, s); !reflect.DeepEqual(got, map[string]int{"Olive": 1500}) {
		t.Errorf("recovered data: %v", got)
	}
	if info, _ := os.Stat(live); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %o", info.Mode().Perm())
	}
}

func TestRecoverDamagedRefusesABadBackup(t *testing.T) {
	dir := closedDB(t, 1500)
	live := filepath.Join(dir, FileName)
	corruptMiddlePage(t, live)
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("not a database"), 0o600)
	before := treeSnapshot(t, dir)
	if _, err := RecoverDamaged(dir, bad, restoreTime, nil); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("RecoverDamaged = %v, want ErrNotDatabase", err)
	}
	sameTree(t, before, treeSnapshot(t, dir))
}
