package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kairos/model"
	"kairos/storage"
)

// plansIn makes a data folder whose plans hold the named clients.
func plansIn(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, n := range names {
		c := model.Client{Name: n, Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"}
		if err := s.CreateClient(&c); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// clientNames opens the data folder and lists its clients.
func clientNames(t *testing.T, dir string) string {
	t.Helper()
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.Clients()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range list {
		names = append(names, c.Name)
	}
	return strings.Join(names, ",")
}

func TestBackupToAFile(t *testing.T) {
	dir := plansIn(t, "Olive")
	out := filepath.Join(t.TempDir(), "plans.db")
	r := kairos(t, nil, "--data", dir, "backup", "--out", out)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "Backed up "+filepath.Join(dir, storage.FileName)+" to "+out) {
		t.Errorf("stdout %q", r.stdout)
	}
	// The copy restores elsewhere.
	other := plansIn(t, "Sea")
	if r := kairos(t, nil, "--data", other, "restore", out); r.code != 0 {
		t.Fatalf("restore: exit %d, %s", r.code, r.stderr)
	}
	if got := clientNames(t, other); got != "Olive" {
		t.Errorf("restored clients %q, want Olive", got)
	}

	// An existing file is replaced only with --force.
	before, _ := os.ReadFile(out)
	r = kairos(t, nil, "--data", other, "backup", "--out", out)
	if r.code != 1 || !strings.Contains(r.stderr, "already exists") || !strings.Contains(r.stderr, "--force") {
		t.Errorf("backup over a file: exit %d, stderr %q", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(out); string(after) != string(before) {
		t.Error("the existing file changed without --force")
	}
	if r := kairos(t, nil, "--data", other, "backup", "--out", out, "--force"); r.code != 0 {
		t.Errorf("--force: exit %d, %s", r.code, r.stderr)
	}
}

func TestBackupIntoTheBackupsFolder(t *testing.T) {
	dir := plansIn(t, "Olive")
	r := kairos(t, nil, "--data", dir, "backup")
	if r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	list, err := storage.ListBackups(dir)
	if err != nil || len(list) != 1 {
		t.Fatalf("backups %v, %v", list, err)
	}
	if want := list[0].Path; !strings.Contains(r.stdout, want) || !strings.Contains(r.stdout, "keeps the newest 10") {
		t.Errorf("stdout %q should name %s and how many are kept", r.stdout, want)
	}
	if filepath.Base(list[0].Path) != "kairos-"+testStamp()+".db" {
		t.Errorf("named %s, want the time from the clock", filepath.Base(list[0].Path))
	}
}

func TestBackupRefusals(t *testing.T) {
	empty := t.TempDir()
	dir := plansIn(t, "Olive")
	for _, c := range []struct {
		args  []string
		code  int
		words string
	}{
		{[]string{"--data", empty, "backup"}, 1, "there are no Kairos plans in"},
		{[]string{"--data", dir, "backup", "--out", dir}, 1, "is a folder"},
		{[]string{"--data", dir, "backup", "extra"}, 2, "backup takes only flags"},
	} {
		r := kairos(t, nil, c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.words) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, r.code, r.stderr, c.code, c.words)
		}
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("backing up an empty folder created %d files there", len(entries))
	}
}

func TestHelpNamesBackupAndRestore(t *testing.T) {
	r := kairos(t, nil, "--help")
	for _, want := range []string{"backup [--out FILE]", "restore FILE", "backups folder"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}
