// minimal is the smallest Fyne app with one window: the baseline the
// start-up benchmark compares Kairos against.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("io.kairosplanner.minimal")
	w := a.NewWindow("Minimal")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1200, 780))
	w.ShowAndRun()
}
