package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// dayHeader names a calendar column: the weekday (and date in week view)
// with the client's weekday theme on a second, smaller line. It draws
// plain text fitted to its width, which costs far less than labels with
// truncation: a month has seven of them and they are rebuilt often.
type dayHeader struct {
	widget.BaseWidget
	day, theme       *canvas.Text
	dayText, themeTx string
	today            bool
}

func newDayHeader() *dayHeader {
	h := &dayHeader{day: canvas.NewText("", color.White), theme: canvas.NewText("", color.White)}
	h.day.TextStyle.Bold = true
	h.day.Alignment = fyne.TextAlignCenter
	h.theme.Alignment = fyne.TextAlignCenter
	h.ExtendBaseWidget(h)
	return h
}

// set shows day's name in layout (e.g. "Monday" or "Mon 23") and its theme.
func (h *dayHeader) set(d model.Date, layout string, themes []model.WeekdayTheme, today bool) {
	name := ""
	if t, ok := model.ThemeFor(themes, d); ok {
		name = t.Name
	}
	text := d.Time().Format(layout)
	if text != h.dayText || name != h.themeTx || today != h.today {
		h.dayText, h.themeTx, h.today = text, name, today
		h.Refresh()
	}
}

func (h *dayHeader) CreateRenderer() fyne.WidgetRenderer { return &dayHeaderRenderer{h: h} }

type dayHeaderRenderer struct{ h *dayHeader }

func (r *dayHeaderRenderer) Layout(size fyne.Size) {
	h := r.h
	h.day.Text = fitText(h.dayText, size.Width, h.day.TextSize, h.day.TextStyle)
	h.theme.Text = fitText(h.themeTx, size.Width, h.theme.TextSize, h.theme.TextStyle)
	dayH := lineHeight(h.day.TextSize, h.day.TextStyle)
	h.day.Move(fyne.NewPos(0, 2))
	h.day.Resize(fyne.NewSize(size.Width, dayH))
	h.theme.Move(fyne.NewPos(0, 2+dayH))
	h.theme.Resize(fyne.NewSize(size.Width, lineHeight(h.theme.TextSize, h.theme.TextStyle)))
	h.day.Refresh()
	h.theme.Refresh()
}

func (r *dayHeaderRenderer) MinSize() fyne.Size {
	th := r.h.Theme()
	return fyne.NewSize(20, th.Size(theme.SizeNameText)*1.4+th.Size(theme.SizeNameCaptionText)*1.4+6)
}

func (r *dayHeaderRenderer) Refresh() {
	h := r.h
	th := h.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	h.day.TextSize = th.Size(theme.SizeNameText)
	h.day.Color = th.Color(theme.ColorNameForeground, v)
	if h.today {
		h.day.Color = th.Color(theme.ColorNamePrimary, v)
	}
	h.theme.TextSize = th.Size(theme.SizeNameCaptionText)
	h.theme.Color = th.Color(theme.ColorNameDisabled, v)
	r.Layout(h.Size())
}

func (r *dayHeaderRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.h.day, r.h.theme}
}

func (r *dayHeaderRenderer) Destroy() {}
