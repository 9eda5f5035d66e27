package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kairos/storage"
)

type result struct {
	code           int
	stdout, stderr string
	guiDir         string
}

// kairos runs the command line with a fake environment.
func kairos(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	r := result{}
	r.code = Run(args, Env{
		Stdout: &out, Stderr: &errOut,
		Getenv:     func(k string) string { return env[k] },
		Now:        func() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) },
		DefaultDir: func() (string, error) { return "/default/dir", nil },
		RunGUI:     func(dir string) error { r.guiDir = dir; return nil },
	})
	r.stdout, r.stderr = out.String(), errOut.String()
	return r
}

func TestHelpListsFlagsAndCommands(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		r := kairos(t, nil, args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		for _, want := range []string{"--data DIR", "sample", "version", DataEnv} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v: help lacks %q", args, want)
			}
		}
	}
}

func TestBadUsageExitsTwoWithOneLine(t *testing.T) {
	for _, args := range [][]string{{"--bogus"}, {"frobnicate"}, {"sample", "--nope"}, {"sample", "extra"}, {"--data"}} {
		r := kairos(t, nil, args...)
		if r.code != 2 {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
		if lines := strings.Count(r.stderr, "\n"); lines != 1 || !strings.HasPrefix(r.stderr, "kairos: ") {
			t.Errorf("%v: stderr %q, want one line", args, r.stderr)
		}
	}
}

func TestDataFolderPrecedence(t *testing.T) {
	env := map[string]string{DataEnv: "/from/env"}
	cases := []struct {
		env  map[string]string
		args []string
		want string
	}{
		{nil, nil, "/default/dir"},
		{env, nil, "/from/env"},
		{env, []string{"--data", "/from/flag"}, "/from/flag"},
		{nil, []string{"--data=/eq/form"}, "/eq/form"},
	}
	for _, c := range cases {
		if r := kairos(t, c.env, c.args...); r.code != 0 || r.guiDir != c.want {
			t.Errorf("%v with env %v: window on %q (exit %d), want %q", c.args, c.env, r.guiDir, r.code, c.want)
		}
	}
}

func TestSampleFillsANewFolderOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	r := kairos(t, nil, "sample", "--data", dir)
	if r.code != 0 || !strings.Contains(r.stdout, "3 clients") {
		t.Fatalf("exit %d, out %q, err %q", r.code, r.stdout, r.stderr)
	}
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	clients, _ := s.Clients()
	s.Close()
	if len(clients) != 3 {
		t.Fatalf("%d clients", len(clients))
	}
	// The global flag works before the command too, and a used folder is refused.
	r = kairos(t, nil, "--data", dir, "sample")
	if r.code != 1 || !strings.Contains(r.stderr, "not empty") {
		t.Errorf("second sample: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestSampleAcceptsAFolderWithOnlyFynePreferences(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "preferences.json"), []byte("{}"), 0o600)
	if r := kairos(t, map[string]string{DataEnv: dir}, "sample"); r.code != 0 {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

func TestUnusableDataFolderExitsWithOneLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("x"), 0o600)
	r := kairos(t, nil, "sample", "--data", filepath.Join(file, "sub"))
	if r.code != 1 || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestWindowErrorsExitOne(t *testing.T) {
	var errOut bytes.Buffer
	code := Run([]string{"--data", "/x"}, Env{
		Stdout: &bytes.Buffer{}, Stderr: &errOut, Getenv: func(string) string { return "" },
		RunGUI: func(string) error { return errors.New("the data folder /x is read-only\nsecond line") },
	})
	if code != 1 || errOut.String() != "kairos: the data folder /x is read-only; second line\n" {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}

func TestVersion(t *testing.T) {
	if r := kairos(t, nil, "version"); r.code != 0 || r.stdout != "kairos "+Version+"\n" {
		t.Errorf("version: %+v", r)
	}
}
