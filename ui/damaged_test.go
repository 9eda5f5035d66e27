package ui

import (
	"errors"
	"strings"
	"testing"
)

func TestLateDamageIsShownInTheOpenWindow(t *testing.T) {
	k, _ := newTestKairos(t, true)
	ShowLateDamage(k.app, errors.New("kairos.db is damaged (SQLite's check of the file failed: page 7); it was not changed"))
	got := texts(overlay(t, k))
	for _, want := range []string{"Your plans file is damaged", "page 7", "will not save anything", "Quit"} {
		if !strings.Contains(got, want) {
			t.Errorf("the warning lacks %q: %q", want, got)
		}
	}
}
