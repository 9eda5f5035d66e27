package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// shortcut is one line of the keyboard help.
type shortcut struct{ keys, action string }

// shortcuts lists every key Kairos binds (see addShortcuts and the
// calendar's own keys); the Help dialog and its test read this list.
func shortcuts() []shortcut {
	return []shortcut{
		{"Ctrl+1 … Ctrl+5", lang.L("Calendar, Ideas, Testimonials, Contests, Settings")},
		{"Ctrl+← / Ctrl+→", lang.L("Previous / next month or week")},
		{"Ctrl+T", lang.L("Today")},
		{"Ctrl+G", lang.L("Go to a date")},
		{"Ctrl+N", lang.L("New post")},
		{"Ctrl+Z", lang.L("Undo a move or duplicate")},
		{lang.L("Ctrl+Shift+Z or Ctrl+Y"), lang.L("Redo")},
		{"Escape", lang.L("Cancel a drag")},
		{lang.L("Tab, then F10 or right-click"), lang.L("A post's menu: edit, move to date, duplicate to date")},
		{lang.L("Enter on a post"), lang.L("Open it")},
		{"F1", lang.L("This help")},
		{"Ctrl+Q", lang.L("Quit")},
	}
}

// showHelp lists the keyboard shortcuts and the mouse gestures.
func (k *Kairos) showHelp() {
	grid := container.NewGridWithColumns(2)
	for _, s := range shortcuts() {
		grid.Add(widget.NewLabelWithStyle(s.keys, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(wrappedLabel(s.action))
	}
	mouse := wrappedLabel(lang.L("Drag a post to another day, or in week view to another hour. Drag an idea or a " +
		"holiday from the side panel onto a day. Double-click a day for a new post there."))
	content := container.NewVBox(heading(lang.L("Keyboard")), grid, widget.NewSeparator(), heading(lang.L("Mouse")), mouse)
	d := dialog.NewCustom(lang.L("Help"), lang.L("Close"), container.NewVScroll(content), k.win)
	d.Resize(fyne.NewSize(640, 560))
	d.Show()
}

// helpButton sits under the screens in the sidebar.
func (k *Kairos) helpButton() *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("Help"), theme.HelpIcon(), k.showHelp)
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	return b
}
