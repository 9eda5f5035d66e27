package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// These tests run the real binary without a display.

func TestHelpListsCommandsAndFlags(t *testing.T) {
	bin := kairosBinary(t)
	r := runKairos(t, appEnv(t), bin, "--help")
	if r.code != 0 {
		t.Fatalf("kairos --help exited %d; stderr: %s", r.code, r.stderr)
	}
	for _, want := range []string{"sample", "--data"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("kairos --help does not mention %q:\n%s", want, r.stdout)
		}
	}
	if r.stderr != "" {
		t.Errorf("kairos --help wrote to stderr: %q", r.stderr)
	}
}

func TestUnknownFlagIsUsageError(t *testing.T) {
	bin := kairosBinary(t)
	r := runKairos(t, appEnv(t), bin, "--bogus")
	if r.code != 2 {
		t.Errorf("kairos --bogus exited %d, want 2", r.code)
	}
	if !oneLine(r.stderr) {
		t.Errorf("kairos --bogus should explain itself in one line on stderr, got %q", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("kairos --bogus wrote to stdout: %q", r.stdout)
	}
}

func TestDataFolderUnderAFileFails(t *testing.T) {
	bin := kairosBinary(t)
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("not a folder\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(file, "kairos")
	r := runKairos(t, appEnv(t), bin, "--data", data)
	if r.code == 0 {
		t.Errorf("kairos --data %s exited 0, want a failure", data)
	}
	if !oneLine(r.stderr) {
		t.Errorf("kairos --data <under a file> should explain itself in one line on stderr, got %q", r.stderr)
	}
	if _, err := os.Stat(file); err != nil {
		t.Errorf("the file in the way was disturbed: %v", err)
	}
}
