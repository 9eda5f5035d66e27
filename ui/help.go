package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// shortcut is one line of the keyboard help.
type shortcut struct{ keys, action string }

// shortcuts lists every key Kairos binds (see addShortcuts and the
// calendar's own keys); the Help dialog and its test read this list.
var shortcuts = []shortcut{
	{"Ctrl+1 … Ctrl+5", "Calendar, Ideas, Testimonials, Contests, Settings"},
	{"Ctrl+← / Ctrl+→", "Previous / next month or week"},
	{"Ctrl+T", "Today"},
	{"Ctrl+G", "Go to a date"},
	{"Ctrl+N", "New post"},
	{"Ctrl+Z", "Undo a move or duplicate"},
	{"Ctrl+Shift+Z or Ctrl+Y", "Redo"},
	{"Escape", "Cancel a drag"},
	{"Tab, then F10 or right-click", "A post's menu: edit, move to date, duplicate to date"},
	{"Enter on a post", "Open it"},
	{"F1", "This help"},
	{"Ctrl+Q", "Quit"},
}

// showHelp lists the keyboard shortcuts and the mouse gestures.
func (k *Kairos) showHelp() {
	grid := container.NewGridWithColumns(2)
	for _, s := range shortcuts {
		grid.Add(widget.NewLabelWithStyle(s.keys, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(wrappedLabel(s.action))
	}
	mouse := wrappedLabel("Drag a post to another day, or in week view to another hour. Drag an idea or a " +
		"holiday from the side panel onto a day. Double-click a day for a new post there.")
	content := container.NewVBox(heading("Keyboard"), grid, widget.NewSeparator(), heading("Mouse"), mouse)
	d := dialog.NewCustom("Help", "Close", container.NewVScroll(content), k.win)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}

// helpButton sits under the screens in the sidebar.
func (k *Kairos) helpButton() *widget.Button {
	b := widget.NewButtonWithIcon("Help", theme.HelpIcon(), k.showHelp)
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	return b
}
