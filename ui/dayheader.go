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
	day, theme                 *canvas.Text
	dayText, dayShort, themeTx string
	today                      bool
	row                        []*dayHeader // the headers beside it: all are short if one must be
}

func newDayHeader() *dayHeader {
	h := &dayHeader{day: canvas.NewText("", color.White), theme: canvas.NewText("", color.White)}
	h.day.TextStyle.Bold = true
	h.day.Alignment = fyne.TextAlignCenter
	h.theme.Alignment = fyne.TextAlignCenter
	h.ExtendBaseWidget(h)
	return h
}

// set shows day's name as long writes it (e.g. "Monday" or "Mon 23"), or
// as short writes it where that does not fit ("Понедельник" often does
// not), and its theme.
func (h *dayHeader) set(d model.Date, long, short func(model.Date) string, themes []model.WeekdayTheme, today bool) {
	name := ""
	if t, ok := model.ThemeFor(themes, d); ok {
		name = t.Name
	}
	text, abbr := long(d), short(d)
	if text != h.dayText || abbr != h.dayShort || name != h.themeTx || today != h.today {
		h.dayText, h.dayShort, h.themeTx, h.today = text, abbr, name, today
		h.Refresh()
	}
}

func (h *dayHeader) CreateRenderer() fyne.WidgetRenderer { return &dayHeaderRenderer{h: h} }

type dayHeaderRenderer struct{ h *dayHeader }

func (r *dayHeaderRenderer) Layout(size fyne.Size) {
	h := r.h
	h.day.Text = fitText(h.dayText, size.Width, h.day.TextSize, h.day.TextStyle)
	short := h.day.Text != h.dayText
	for _, o := range h.row {
		short = short || fitText(o.dayText, size.Width, h.day.TextSize, h.day.TextStyle) != o.dayText
	}
	if short {
		h.day.Text = fitText(h.dayShort, size.Width, h.day.TextSize, h.day.TextStyle)
	}
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
