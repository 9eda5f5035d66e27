package ui

import (
	"strings"
	"testing"

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
