package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"kairos/storage"
)

// notADatabase is what storage says when the data file is not SQLite.
func notADatabase(t *testing.T) (error, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, storage.FileName)
	if err := os.WriteFile(path, []byte("my shopping list, not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := storage.Open(dir)
	if err == nil {
		t.Fatal("a text file opened as the database")
	}
	return err, path
}

func TestStartupErrorWindowExplains(t *testing.T) {
	a := test.NewTempApp(t)
	err, path := notADatabase(t)
	w := StartupErrorWindow(a, err)
	shown := texts(w.Content())
	for _, want := range []string{"cannot open your plans", `"` + path + `" is not a Kairos database`, "Nothing was changed"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the window does not say %q:\n%s", want, shown)
		}
	}
	findButton(t, w.Content(), "Quit")
}

// Storage's refusal is shown in the interface's language, naming the file.
func TestStartupErrorWindowSpeaksTheUsersLanguage(t *testing.T) {
	for code, want := range map[string]string{
		"el": "δεν είναι βάση δεδομένων του Kairos",
		"ru": "не база данных Kairos",
	} {
		t.Run(code, func(t *testing.T) {
			speak(t, code)
			err, path := notADatabase(t)
			shown := texts(StartupErrorWindow(test.NewTempApp(t), err).Content())
			if !strings.Contains(shown, want) || !strings.Contains(shown, "«"+path+"»") || strings.Contains(shown, "is not a Kairos") {
				t.Errorf("the window should say %q about «%s»:\n%s", want, path, shown)
			}
		})
	}
}
