package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestToolbarWrapsItsActionsWhenTheTitleWouldNotFit(t *testing.T) {
	test.NewTempApp(t)
	title := widget.NewLabel("November 2026")
	nav := container.NewHBox(widget.NewButton("Today", nil))
	actions := container.NewHBox(widget.NewButton("Month", nil), widget.NewButton("Week", nil), widget.NewButton("New post", nil))
	bar := newToolbar(title, nav, actions)

	bar.Resize(fyne.NewSize(1400, bar.MinSize().Height))
	oneRow := bar.MinSize().Height
	if actions.Position().Y != 0 || title.Size().Width < title.MinSize().Width {
		t.Fatalf("wide: actions at %v, title %v wide", actions.Position(), title.Size().Width)
	}

	bar.Resize(fyne.NewSize(nav.MinSize().Width+actions.MinSize().Width+40, oneRow))
	if actions.Position().Y == 0 || bar.MinSize().Height <= oneRow {
		t.Errorf("narrow: actions at %v, height %v (one row is %v)", actions.Position(), bar.MinSize().Height, oneRow)
	}
	if actions.Position().X != 0 || title.Position().Y != 0 {
		t.Errorf("narrow: the actions sit at %v, the title at %v", actions.Position(), title.Position())
	}

	bar.Resize(fyne.NewSize(1400, oneRow))
	if actions.Position().Y != 0 || bar.MinSize().Height != oneRow {
		t.Errorf("wide again: actions at %v, height %v", actions.Position(), bar.MinSize().Height)
	}
}
