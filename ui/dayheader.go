package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// dayHeader names a calendar column: the weekday (and date in week view)
// with the client's weekday theme on a second, smaller line.
type dayHeader struct {
	day, theme *widget.Label
	box        fyne.CanvasObject
}

func newDayHeader() *dayHeader {
	h := &dayHeader{
		day:   widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		theme: widget.NewLabel(""),
	}
	h.day.Truncation = fyne.TextTruncateEllipsis
	h.theme.Alignment = fyne.TextAlignCenter
	h.theme.Truncation = fyne.TextTruncateEllipsis
	h.theme.SizeName = theme.SizeNameCaptionText
	h.theme.Importance = widget.LowImportance
	h.box = container.New(&tightColumn{}, h.day, h.theme)
	return h
}

// set shows day's name in layout (e.g. "Mon" or "Mon 23") and its theme.
func (h *dayHeader) set(d model.Date, layout string, themes []model.WeekdayTheme, today bool) {
	importance := widget.MediumImportance
	if today {
		importance = widget.HighImportance
	}
	name := ""
	if t, ok := model.ThemeFor(themes, d); ok {
		name = t.Name
	}
	// Relabelling measures text again; most refreshes change nothing here.
	if text := d.Time().Format(layout); h.day.Text != text || h.day.Importance != importance {
		h.day.Text, h.day.Importance = text, importance
		h.day.Refresh()
	}
	if h.theme.Text != name {
		h.theme.SetText(name)
	}
}

// tightColumn stacks objects with no padding between them, so a label and
// its caption read as one header.
type tightColumn struct{}

func (tightColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height * 0.8
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
		y += h
	}
}

func (tightColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s.Width = max(s.Width, o.MinSize().Width)
		s.Height += o.MinSize().Height * 0.8
	}
	s.Height += 4
	return s
}
