package cli

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"kairos/model"
	"kairos/storage"
)

func TestRestoreKeepsACopyFirst(t *testing.T) {
	backup := filepath.Join(t.TempDir(), "old.db")
	if r := kairos(t, nil, "--data", plansIn(t, "Olive"), "backup", "--out", backup); r.code != 0 {
		t.Fatal(r.stderr)
	}
	dir := plansIn(t, "Sea", "Sky")
	r := kairos(t, nil, "--data", dir, "restore", backup)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	kept := filepath.Join(dir, storage.BackupsFolder, "before-restore-"+testStamp()+".db")
	if !strings.Contains(r.stdout, "Restored "+backup) || !strings.Contains(r.stdout, kept) {
		t.Errorf("stdout %q should name the backup and the copy kept at %s", r.stdout, kept)
	}
	if got := clientNames(t, dir); got != "Olive" {
		t.Errorf("clients after the restore %q, want Olive", got)
	}
	// The copy kept first is itself restorable.
	if r := kairos(t, nil, "--data", dir, "restore", kept); r.code != 0 {
		t.Fatalf("restoring the kept copy: %s", r.stderr)
	}
	if got := clientNames(t, dir); got != "Sea,Sky" {
		t.Errorf("clients after restoring the kept copy %q", got)
	}
}

func TestRestoreRefusesANonKairosFile(t *testing.T) {
	dir := plansIn(t, "Olive")
	notes := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(notes, []byte("shopping list\n"), 0o600)
	for _, args := range [][]string{{"restore", notes}, {"restore", filepath.Join(t.TempDir(), "missing.db")}} {
		r := kairos(t, nil, append([]string{"--data", dir}, args...)...)
		if r.code != 1 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "Nothing was restored") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	if got := clientNames(t, dir); got != "Olive" {
		t.Errorf("clients %q after refused restores", got)
	}
	if list, _ := storage.ListBackups(dir); len(list) != 0 {
		t.Errorf("refused restores made backups %v", list)
	}
	if r := kairos(t, nil, "--data", dir, "restore"); r.code != 2 {
		t.Errorf("restore without a file: exit %d", r.code)
	}
}

func TestRestoreIntoANewFolder(t *testing.T) {
	backup := filepath.Join(t.TempDir(), "old.db")
	if r := kairos(t, nil, "--data", plansIn(t, "Olive"), "backup", "--out", backup); r.code != 0 {
		t.Fatal(r.stderr)
	}
	dir := filepath.Join(t.TempDir(), "new", "kairos")
	if r := kairos(t, nil, "--data", dir, "restore", backup); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	if got := clientNames(t, dir); got != "Olive" {
		t.Errorf("clients %q", got)
	}
}

// A damaged database is set aside, never overwritten, and the backup put
// in its place; the start-up error names the backup and this command.
func TestRestoreOverADamagedDatabase(t *testing.T) {
	dir := t.TempDir()
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := model.ClientBundle{Client: model.Client{Name: "Olive", Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"},
		Channels: []model.Channel{{Platform: model.Instagram, Handle: "@olive"}}}
	for i := range 1500 {
		b.Posts = append(b.Posts, model.BundlePost{Channels: []int{0}, Post: model.Post{Date: model.NewDate(2027, 1, 1).AddDays(i % 300),
			Status: model.Draft, Type: model.Photo, Text: fmt.Sprintf("post %d with a caption that takes some room", i)}})
	}
	if err := s.InsertWorkspace(model.Workspace{Clients: []model.ClientBundle{b}}); err != nil {
		t.Fatal(err)
	}
	made, err := s.BackUpNow(time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local), nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	live := filepath.Join(dir, storage.FileName)
	damaged := corrupt(t, live)

	r := kairos(t, nil, "--data", dir, "backup")
	if r.code != 1 || !strings.Contains(r.stderr, "is damaged") {
		t.Fatalf("opening the damaged file: exit %d, %q", r.code, r.stderr)
	}
	r = kairos(t, nil, "--data", dir, "restore", made.Path)
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	movedTo := live + ".damaged-" + testStamp()
	if !strings.Contains(r.stdout, movedTo) {
		t.Errorf("stdout %q should say where the damaged file went (%s)", r.stdout, movedTo)
	}
	if b, _ := os.ReadFile(movedTo); string(b) != string(damaged) {
		t.Error("the damaged file was not kept as it was")
	}
	if got := clientNames(t, dir); got != "Olive" {
		t.Errorf("clients %q", got)
	}
}

// corrupt overwrites the middle page of a closed database file and
// returns the damaged bytes.
func corrupt(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	size := int(binary.BigEndian.Uint16(b[16:18]))
	page := len(b) / size / 2
	for i := range size {
		b[(page-1)*size+i] = byte(0x5A ^ i)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRestoreHintIsACommandToPaste(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX shell quoting")
	}
	b := storage.BackupFile{Path: "/home/ana/My Plans/backups/kairos-20261124-090000.db",
		Time: time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local)}
	got := RestoreHint("/home/ana/My Plans", b)
	want := "The newest good backup is from 24 Nov 2026 09:00; to restore it, run: " +
		"kairos --data '/home/ana/My Plans' restore '/home/ana/My Plans/backups/kairos-20261124-090000.db'"
	if got != want {
		t.Errorf("hint\n%s\nwant\n%s", got, want)
	}
	if got := shellQuote("/home/o'neil/k"); got != `'/home/o'\''neil/k'` {
		t.Errorf("quoted %s", got)
	}
	if got := shellQuote("/plain/path-1.db"); got != "/plain/path-1.db" {
		t.Errorf("quoted %s", got)
	}
}

// testStamp is the test clock's time as backup names write it (local time).
func testStamp() string {
	return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC).Local().Format("20060102-150405")
}
