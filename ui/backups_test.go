package ui

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"kairos/model"
	"kairos/storage"
)

// newBackupsTest shows a backups card on the window of a store holding the
// sample workspace.
func newBackupsTest(t *testing.T) (*Kairos, *storage.Store, *backupsCard) {
	t.Helper()
	k, store := newTestKairos(t, true)
	b := newBackupsCard(k)
	k.win.SetContent(b.object())
	return k, store, b
}

func TestSettingsShowsBackups(t *testing.T) {
	k, _ := newTestKairos(t, true)
	s := openSettings(t, k)
	findButton(t, s.object(), "Back up now")
	findButton(t, s.object(), "Restore from a file…")
}

func TestBackUpNowAddsABackupToTheList(t *testing.T) {
	_, store, b := newBackupsTest(t)
	if shown := texts(b.object()); !strings.Contains(shown, "No backups yet") || !strings.Contains(shown, store.BackupsDir()) {
		t.Errorf("before any backup the card shows:\n%s", shown)
	}
	test.Tap(b.backUp)
	b.work.Wait()
	list, err := store.Backups()
	if err != nil || len(list) != 1 {
		t.Fatalf("backups %v, %v", list, err)
	}
	shown := texts(b.object())
	for _, want := range []string{"Backed up to " + filepath.Base(list[0].Path), dateTime(list[0].Time), "KB"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the card does not say %q:\n%s", want, shown)
		}
	}
	if b.bar.Visible() || b.backUp.Disabled() {
		t.Error("the progress bar or the disabled button stayed after the backup")
	}
	findButton(t, b.object(), "Restore…")
}

func TestKeepChoiceIsStored(t *testing.T) {
	_, store, b := newBackupsTest(t)
	if b.keep.Selected != "10" {
		t.Errorf("keep shows %q, want the default 10", b.keep.Selected)
	}
	b.keep.SetSelected("3")
	if got := store.BackupsKept(); got != 3 {
		t.Errorf("kept %d, want 3", got)
	}
}

func TestRestoreFromTheListBringsTheDataBack(t *testing.T) {
	k, store, b := newBackupsTest(t)
	before := clientNames(t, store)
	if _, err := store.BackUpNow(testToday, nil); err != nil {
		t.Fatal(err)
	}
	first := mustClients(t, store)[0]
	if err := store.DeleteClient(first.ID); err != nil {
		t.Fatal(err)
	}
	k.clientsChanged(0)
	b.reload()

	test.Tap(findButton(t, b.object(), "Restore…"))
	dlg := overlay(t, k)
	if shown := texts(dlg); !strings.Contains(shown, "keeps a copy of your current plans") {
		t.Errorf("the confirmation does not say a copy is kept:\n%s", shown)
	}
	test.Tap(findButton(t, dlg, "Restore"))
	b.work.Wait()

	if got := clientNames(t, store); got != before {
		t.Errorf("clients after the restore %q, want %q", got, before)
	}
	if len(k.clients) != len(mustClients(t, store)) {
		t.Errorf("the window lists %d clients, the store %d", len(k.clients), len(mustClients(t, store)))
	}
	if shown := texts(overlay(t, k)); !strings.Contains(shown, "kept in") {
		t.Errorf("no word of where the replaced plans went:\n%s", shown)
	}
	list, _ := store.Backups()
	kept := 0
	for _, f := range list {
		if f.BeforeRestore {
			kept++
		}
	}
	if kept != 1 || !strings.Contains(texts(b.object()), "kept before a restore") {
		t.Errorf("%d copies kept before the restore; card:\n%s", kept, texts(b.object()))
	}
}

func TestRestoreRefusesAFileThatIsNotABackup(t *testing.T) {
	k, store, b := newBackupsTest(t)
	before := clientNames(t, store)
	notes := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(notes, []byte("shopping list"), 0o600)
	b.confirmRestore(notes, "Restore the notes?")
	test.Tap(findButton(t, overlay(t, k), "Restore"))
	b.work.Wait()
	if shown := texts(overlay(t, k)); !strings.Contains(shown, "is not a Kairos database") {
		t.Errorf("the error does not say why:\n%s", shown)
	}
	if got := clientNames(t, store); got != before {
		t.Errorf("clients changed to %q", got)
	}
	if b.backUp.Disabled() {
		t.Error("the buttons stayed disabled")
	}
}

func clientNames(t *testing.T, s *storage.Store) string {
	t.Helper()
	var names []string
	for _, c := range mustClients(t, s) {
		names = append(names, c.Name)
	}
	return strings.Join(names, ",")
}

// damagedWithBackup makes a data folder with a good backup whose database
// was then damaged in the middle, and returns Open's error.
func damagedWithBackup(t *testing.T) (string, *storage.DamagedError) {
	t.Helper()
	dir := t.TempDir()
	s, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := model.ClientBundle{Client: model.Client{Name: "Olive", Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"},
		Channels: []model.Channel{{Platform: model.Instagram, Handle: "@olive"}}}
	for i := range 1500 {
		b.Posts = append(b.Posts, model.BundlePost{Channels: []int{0}, Post: model.Post{Date: model.NewDate(2026, 1, 1).AddDays(i % 300),
			Status: model.Draft, Type: model.Photo, Text: fmt.Sprintf("post %d with a caption that takes some room", i)}})
	}
	if err := s.InsertWorkspace(model.Workspace{Clients: []model.ClientBundle{b}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.BackUpNow(time.Date(2026, 11, 24, 18, 30, 0, 0, time.Local), nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, storage.FileName)
	data, _ := os.ReadFile(path)
	size := int(binary.BigEndian.Uint16(data[16:18]))
	page := len(data) / size / 2
	for i := range size {
		data[(page-1)*size+i] = byte(0x3C ^ i)
	}
	os.WriteFile(path, data, 0o600)
	_, err = storage.Open(dir)
	var damaged *storage.DamagedError
	if !errors.As(err, &damaged) || damaged.Backup == nil {
		t.Fatalf("Open = %v, want a DamagedError with a backup", err)
	}
	return dir, damaged
}

func TestStartupOffersTheNewestGoodBackup(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	dir, damaged := damagedWithBackup(t)
	damagedBytes, _ := os.ReadFile(damaged.Path)
	opened := make(chan *storage.Store, 1)
	r := newStartupRecovery(a, damaged, func(s *storage.Store) { opened <- s })
	w := r.win
	shown := texts(w.Content())
	when := dateTime(damaged.Backup.Time)
	for _, want := range []string{"cannot open your plans", "is damaged", "The newest good backup is from " + when} {
		if !strings.Contains(shown, want) {
			t.Errorf("the window does not say %q:\n%s", want, shown)
		}
	}
	findButton(t, w.Content(), "Quit")
	test.Tap(findButton(t, w.Content(), "Restore the newest good backup ("+when+")"))
	r.work.Wait()
	var s *storage.Store
	select {
	case s = <-opened:
	default:
		t.Fatalf("the planner did not open after the restore: %s", r.problem.Text)
	}
	defer s.Close()
	if got := clientNames(t, s); got != "Olive" {
		t.Errorf("clients after the restore %q", got)
	}
	moved, _ := filepath.Glob(filepath.Join(dir, storage.FileName+".damaged-*"))
	if len(moved) != 1 {
		t.Fatalf("damaged files set aside: %v", moved)
	}
	if b, _ := os.ReadFile(moved[0]); string(b) != string(damagedBytes) {
		t.Error("the damaged file was not kept as it was")
	}
}

func TestStartupRecoveryShowsAFailedRestore(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	dir, damaged := damagedWithBackup(t)
	os.WriteFile(damaged.Backup.Path, []byte("gone bad since"), 0o600)
	r := newStartupRecovery(a, damaged, func(s *storage.Store) { t.Error("opened a store") })
	test.Tap(findButton(t, r.win.Content(), "Restore the newest good backup ("+dateTime(damaged.Backup.Time)+")"))
	r.work.Wait()
	if !r.problem.Visible() || !strings.Contains(r.problem.Text, "Nothing was restored") {
		t.Errorf("problem shown: %q", r.problem.Text)
	}
	if r.restore.Disabled() || r.quit.Disabled() {
		t.Error("the buttons stayed disabled after the failure")
	}
	if _, err := os.Stat(filepath.Join(dir, storage.FileName)); err != nil {
		t.Errorf("the damaged file is not where it was: %v", err)
	}
}
