package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestFitText(t *testing.T) {
	test.NewTempApp(t)
	style := fyne.TextStyle{}
	full := "Sunset over the harbour at Milos"
	width := fyne.MeasureText(full, 12, style).Width
	if got := fitText(full, width+1, 12, style); got != full {
		t.Errorf("text that fits was changed to %q", got)
	}
	short := fitText(full, width/2, 12, style)
	if !strings.HasSuffix(short, "…") || len(short) >= len(full) {
		t.Fatalf("fitText at half width = %q", short)
	}
	if w := fyne.MeasureText(short, 12, style).Width; w > width/2+1 {
		t.Errorf("%q is %v wide, more than %v", short, w, width/2)
	}
	if got := fitText("Καλημέρα κόσμε", 1, 12, style); got != "…" {
		t.Errorf("no room at all gives %q", got)
	}
}
