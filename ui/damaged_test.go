package ui

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"kairos/model"
	"kairos/model/sample"
	"kairos/storage"
)

func TestLateDamageIsShownInTheOpenWindow(t *testing.T) {
	k, _ := newTestKairos(t, true)
	ShowLateDamage(k.app, &storage.DamagedError{Path: "kairos.db", Detail: "page 7"})
	got := texts(overlay(t, k))
	for _, want := range []string{"Your plans file is damaged", `"kairos.db" is damaged`, "page 7", "will not save anything", "Quit"} {
		if !strings.Contains(got, want) {
			t.Errorf("the warning lacks %q: %q", want, got)
		}
	}
}

// The check left until the window is up finds damage: the window says so
// and the next start is asked to check first.
func TestDeferredCheckFindsDamageAfterTheWindowOpens(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	dir := t.TempDir()
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.InsertSample(sample.Workspace(model.DateOf(testToday)), nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	damageMiddle(t, filepath.Join(dir, storage.FileName))

	a := test.NewTempApp(t)
	store, err := storage.OpenInBackground(dir)
	if err != nil {
		t.Fatalf("OpenInBackground = %v; the check should come later", err)
	}
	defer store.Close()
	k := New(a, store, func() time.Time { return testToday })
	if CheckFileFirst(a) {
		t.Fatal("a new app asks to check first")
	}
	select {
	case <-k.watchCheck():
	case <-time.After(20 * time.Second):
		t.Fatal("no verdict from the check")
	}
	if !CheckFileFirst(a) {
		t.Error("the damage was not remembered for the next start")
	}
	if got := texts(overlay(t, k)); !strings.Contains(got, "Your plans file is damaged") {
		t.Errorf("the window does not say the file is damaged: %q", got)
	}
}

// A check that could not run (the store closed as Kairos quit) says
// nothing about the file: no warning, and the next start is not slowed.
func TestACheckThatCouldNotRunIsNotDamage(t *testing.T) {
	dir := t.TempDir()
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	a := test.NewTempApp(t)
	store, err := storage.OpenInBackground(dir)
	if err != nil {
		t.Fatal(err)
	}
	k := New(a, store, func() time.Time { return testToday })
	store.Close()
	select {
	case <-k.watchCheck():
	case <-time.After(20 * time.Second):
		t.Fatal("no verdict from the check")
	}
	if store.Checked() == nil {
		t.Fatal("the check of a closed store passed; the test proves nothing")
	}
	if CheckFileFirst(a) {
		t.Error("the next start was asked to check first")
	}
	if len(a.Driver().AllWindows()) > 0 {
		if got := texts(k.win.Canvas().Overlays().Top()); strings.Contains(got, "damaged") {
			t.Errorf("the window says the file is damaged: %q", got)
		}
	}
}

// damageMiddle overwrites a page in the middle of an SQLite file.
func damageMiddle(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	size := int(binary.BigEndian.Uint16(b[16:18]))
	if size == 1 {
		size = 65536
	}
	if len(b)/size < 8 {
		t.Fatalf("%s is too small to damage one page of it", path)
	}
	start := (len(b) / size / 2) * size
	for i := range size {
		b[start+i] = byte(0xA5 ^ i)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
