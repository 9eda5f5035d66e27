package ui

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestStartupErrorWindowExplains(t *testing.T) {
	a := test.NewTempApp(t)
	w := StartupErrorWindow(a, errors.New("/home/ana/kairos/kairos.db is not a Kairos database (it is not an SQLite file); it was not changed"))
	shown := texts(w.Content())
	for _, want := range []string{"cannot open your plans", "is not a Kairos database", "Nothing was changed"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the window does not say %q:\n%s", want, shown)
		}
	}
	findButton(t, w.Content(), "Quit")
}
