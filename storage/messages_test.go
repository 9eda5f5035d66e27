package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kairos/model"
	"kairos/model/msg"
)

// message is the Text the interface translates for err.
func message(t *testing.T, err error) msg.Text {
	t.Helper()
	var local msg.Localized
	if !errors.As(err, &local) {
		t.Fatalf("%v (%T) gives no sentence to translate", err, err)
	}
	return local.Message()
}

// Storage's sentences reach the interface as templates with their values,
// still match their kind, and read in English as the command line prints
// them.
func TestSentencesKeepTheirKindAndValues(t *testing.T) {
	s := mustOpen(t)
	src := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(src, []byte("shopping list, not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := s.RestoreFrom(src, restoreTime, nil)
	if !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("restoring a text file = %v, want ErrNotDatabase", err)
	}
	m := message(t, err)
	if m.Key != "{{.Reason}} Nothing was restored; your current plans are unchanged." {
		t.Errorf("key %q", m.Key)
	}
	why, ok := m.Args["Reason"].(msg.Text)
	if !ok || why.Args["Path"] != src || !strings.Contains(why.Key, "is not a Kairos database") {
		t.Errorf("the reason %#v should be the translatable refusal naming the file", m.Args["Reason"])
	}
	want := `"` + src + `" is not a Kairos database (it is not an SQLite file). Nothing was restored; your current plans are unchanged.`
	if err.Error() != want {
		t.Errorf("English %q, want %q", err.Error(), want)
	}

	// A failure of the file system keeps its cause for errors.Is, and says
	// it in words the interface translates.
	err = s.Backup(filepath.Join(t.TempDir(), "missing", "plans.db"), nil)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("backup into a missing folder = %v, want fs.ErrNotExist", err)
	}
	if why, ok := message(t, err).Args["Reason"].(msg.Text); !ok || why.Key != "it does not exist" {
		t.Errorf("reason %#v", message(t, err).Args["Reason"])
	}

	c := mustClient(t, s, "Olive")
	if err := s.CreateClient(&model.Client{Name: "Olive", Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"}); !errors.Is(err, ErrDuplicate) ||
		message(t, err).Args["Name"] != "Olive" || err.Error() != `There is already a client called "Olive"; choose another name.` {
		t.Errorf("a second Olive: %v", err)
	}
	if err := s.DeleteClient(c.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteClient(c.ID); !errors.Is(err, ErrNotFound) ||
		message(t, err).Key != "That client no longer exists; it may have been deleted." {
		t.Errorf("deleting a deleted client: %v", err)
	}
}

func TestTypedErrorsGiveSentences(t *testing.T) {
	future := &FutureSchemaError{Path: "/p/kairos.db", Found: 99, Latest: 12}
	if m := message(t, future); m.Args["Found"] != 99 || !strings.HasSuffix(m.String(), "the file was not changed.") {
		t.Errorf("future: %q", m)
	}
	damaged := &DamagedError{Path: "/p/kairos.db", Detail: "page 3: bad"}
	if m := message(t, damaged); m.Args["Detail"] != "page 3: bad" || !strings.HasSuffix(m.String(), "it was not changed.") {
		t.Errorf("damaged: %q", m)
	}
	// An import's validation problems stay translatable after the line.
	problems := model.Problems{model.Problem("text", "Write the post."), model.Problem("date", "Pick a date.")}
	imp := &ImportError{Line: 7, Err: problems}
	m := message(t, imp)
	if why, ok := m.Args["Reason"].(msg.Text); !ok || m.Args["Line"] != 7 || why.Args["Line"].(msg.Text).Key != "Write the post." {
		t.Errorf("import: %#v", m)
	}
	if got := imp.Error(); got != "Nothing was imported: the post on line 7 could not be saved. Write the post.\nPick a date." {
		t.Errorf("import English %q", got)
	}
}
