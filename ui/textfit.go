package ui

import (
	"sync"

	"fyne.io/fyne/v2"
)

// runeWidths caches the advance of each rune at a text size, so fitting a
// chip's text to its width costs a few additions instead of shaping the
// whole string again for every chip on every refresh.
var runeWidths = struct {
	sync.Mutex
	m map[runeKey]float32
}{m: map[runeKey]float32{}}

type runeKey struct {
	r    rune
	size float32
	bold bool
}

func runeWidth(r rune, size float32, style fyne.TextStyle) float32 {
	k := runeKey{r, size, style.Bold}
	runeWidths.Lock()
	defer runeWidths.Unlock()
	w, ok := runeWidths.m[k]
	if !ok {
		w = fyne.MeasureText(string(r), size, style).Width
		runeWidths.m[k] = w
	}
	return w
}

// fitText shortens s with an ellipsis so it fits in width.
func fitText(s string, width, size float32, style fyne.TextStyle) string {
	ellipsis := runeWidth('…', size, style)
	total := float32(0)
	lastFit := 0 // byte index where the text still fits with an ellipsis
	for i, r := range s {
		w := runeWidth(r, size, style)
		if total+ellipsis <= width {
			lastFit = i
		}
		total += w
		if total > width {
			return s[:lastFit] + "…"
		}
	}
	return s
}

// lineHeight is the height of one line of text at size and style; it is
// measured once, not for every string laid out.
func lineHeight(size float32, style fyne.TextStyle) float32 {
	return fyne.MeasureText("Ag", size, style).Height
}
