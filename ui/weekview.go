package ui

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

const (
	hourHeight  float32 = 44
	gutterWidth float32 = 52
)

// weekView shows seven days as columns and the hours as rows; posts
// without a time sit in the all-day row above the hours.
type weekView struct {
	headers []*dayHeader
	allDay  []*dayCell
	allRow  *fyne.Container
	hours   *weekHours
	scroll  *container.Scroll
	box     fyne.CanvasObject
	days    [7]model.Date
}

func newWeekView(events chipEvents, colorOf func(model.Post) color.NRGBA, onNew, onMore func(model.Date)) *weekView {
	w := &weekView{hours: newWeekHours(events, colorOf)}
	head := container.New(&gridLayout{cols: 7, rows: 1, gap: cellGap})
	all := container.New(&gridLayout{cols: 7, rows: 1, gap: cellGap})
	for range 7 {
		h := newDayHeader()
		w.headers = append(w.headers, h)
		head.Add(h)
		c := newDayCell(events, colorOf, onNew, onMore)
		w.allDay = append(w.allDay, c)
		all.Add(c)
	}
	w.allRow = all
	gutter := func(text string) fyne.CanvasObject {
		l := widget.NewLabel(text)
		l.SizeName = theme.SizeNameCaptionText
		return container.NewGridWrap(fyne.NewSize(gutterWidth, chipHeight), l)
	}
	allDayRow := container.NewBorder(nil, nil, gutter(lang.L("All day")), nil,
		container.New(&fixedHeight{2*chipHeight + 10}, all))
	w.scroll = container.NewVScroll(w.hours)
	top := container.NewVBox(container.NewBorder(nil, nil, gutter(""), nil, head), allDayRow, widget.NewSeparator())
	w.box = container.NewBorder(top, nil, nil, nil, w.scroll)
	return w
}

func (w *weekView) object() fyne.CanvasObject { return w.box }

// show fills the week containing anchor.
func (w *weekView) show(anchor model.Date, weekStart time.Weekday, today model.Date,
	byDay map[model.Date][]model.Post, overbooked map[model.Date]bool, themes []model.WeekdayTheme,
	marks map[model.Date]dayMark) {
	w.days = model.WeekOf(anchor, weekStart)
	var timed [7][]model.Post
	for i, d := range w.days {
		w.headers[i].set(d, weekdayDay, weekdayDay, themes, d == today)
		var untimed []model.Post
		for _, p := range byDay[d] {
			if p.Time.Valid() {
				timed[i] = append(timed[i], p)
			} else {
				untimed = append(untimed, p)
			}
		}
		w.allDay[i].set(dayState{day: d, inMonth: true, today: d == today, overbooked: overbooked[d], noNumber: true,
			marker: marks[d].name, public: marks[d].public}, untimed)
	}
	w.hours.setPosts(timed)
}

// scrollToMorning shows the working day first; earlier hours stay a scroll away.
func (w *weekView) scrollToMorning() {
	w.scroll.Offset = fyne.NewPos(0, 7*hourHeight)
	w.scroll.Refresh()
}

// slotAt resolves an absolute position to a day and, in the hour area, a
// time snapped to 15 minutes; the all-day row gives NoClock.
func (w *weekView) slotAt(abs fyne.Position) (model.Date, model.Clock, bool) {
	d := fyne.CurrentApp().Driver()
	allOrigin := d.AbsolutePositionForObject(w.allRow)
	allGeom := gridGeometry{size: w.allRow.Size(), cols: 7, rows: 1, gap: cellGap}
	if i, ok := allGeom.cellAt(abs.Subtract(allOrigin)); ok {
		return w.days[i], model.NoClock, true
	}
	// The hour area is only a target where the scroll shows it.
	scrollOrigin := d.AbsolutePositionForObject(w.scroll)
	if rel := abs.Subtract(scrollOrigin); rel.Y < 0 || rel.Y >= w.scroll.Size().Height {
		return model.Date{}, model.NoClock, false
	}
	origin := d.AbsolutePositionForObject(w.hours).Add(fyne.NewPos(gutterWidth, 0))
	i, clock, ok := weekSlotAt(abs.Subtract(origin), w.hours.geometry())
	if !ok {
		return model.Date{}, model.NoClock, false
	}
	return w.days[i], clock, true
}

// highlight marks the drop target: a day in the all-day row (NoClock) or a
// 15-minute slot in the hours. The zero Date clears it.
func (w *weekView) highlight(day model.Date, clock model.Clock) {
	for i, c := range w.allDay {
		c.setHighlight(!day.IsZero() && !clock.Valid() && w.days[i] == day)
	}
	col := -1
	for i, d := range w.days {
		if d == day && clock.Valid() {
			col = i
		}
	}
	w.hours.setHighlight(col, clock)
}

// fixedHeight gives its content a fixed minimum height.
type fixedHeight struct{ h float32 }

func (f *fixedHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
func (f *fixedHeight) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, f.h) }

// weekHours is the scrolling 24-hour area of the week view.
type weekHours struct {
	widget.BaseWidget
	events  chipEvents
	colorOf func(model.Post) color.NRGBA
	slots   []weekSlot
	chips   []*postChip
	labels  []*canvas.Text
	lines   []*canvas.Rectangle
	target  *canvas.Rectangle
	hlCol   int
	hlClock model.Clock
}

func newWeekHours(events chipEvents, colorOf func(model.Post) color.NRGBA) *weekHours {
	h := &weekHours{events: events, colorOf: colorOf, target: canvas.NewRectangle(color.Transparent), hlCol: -1}
	for i := range 24 {
		t := canvas.NewText(fmt.Sprintf("%02d:00", i), color.Gray{Y: 128})
		t.TextSize = 11
		h.labels = append(h.labels, t)
		h.lines = append(h.lines, canvas.NewRectangle(color.Gray{Y: 128}))
	}
	for range 7 {
		h.lines = append(h.lines, canvas.NewRectangle(color.Gray{Y: 128}))
	}
	h.target.CornerRadius = 3
	h.target.Hide()
	h.ExtendBaseWidget(h)
	return h
}

func (h *weekHours) geometry() hourGeometry {
	return hourGeometry{width: h.Size().Width - gutterWidth, hourHeight: hourHeight}
}

// weekSlot places one timed post: its day column and its share of the
// column when posts overlap in time.
type weekSlot struct {
	post     model.Post
	col      int
	lane, of int
}

// chipMinutes is the time a chip covers at hourHeight: posts closer than
// this would overlap, so they share the column side by side.
const chipMinutes = 30

// placeWeek lays out each day's timed posts (sorted by time): posts whose
// chips would overlap form a cluster and split the column between them.
func placeWeek(days [7][]model.Post) []weekSlot {
	var slots []weekSlot
	for col, posts := range days {
		for start := 0; start < len(posts); {
			end, until := start+1, int(posts[start].Time)+chipMinutes
			for end < len(posts) && int(posts[end].Time) < until {
				until = max(until, int(posts[end].Time)+chipMinutes)
				end++
			}
			for i := start; i < end; i++ {
				slots = append(slots, weekSlot{post: posts[i], col: col, lane: i - start, of: end - start})
			}
			start = end
		}
	}
	return slots
}

func (h *weekHours) setPosts(posts [7][]model.Post) {
	h.slots = placeWeek(posts)
	for len(h.chips) < len(h.slots) {
		h.chips = append(h.chips, newPostChip(h.events))
	}
	for i, s := range h.slots {
		h.chips[i].setPost(s.post, h.colorOf(s.post))
	}
	h.Refresh()
}

// setHighlight moves the drop target; nothing else is laid out again, so
// a drag stays smooth however many posts the week holds.
func (h *weekHours) setHighlight(col int, clock model.Clock) {
	if h.hlCol == col && h.hlClock == clock {
		return
	}
	h.hlCol, h.hlClock = col, clock
	h.placeTarget()
}

func (h *weekHours) placeTarget() {
	geom := h.geometry()
	colW := geom.width / 7
	if h.hlCol >= 0 && h.hlClock.Valid() {
		h.target.Move(fyne.NewPos(gutterWidth+float32(h.hlCol)*colW+1, yForClock(h.hlClock, geom)))
		h.target.Resize(fyne.NewSize(colW-2, hourHeight/2))
		h.target.Show()
	} else {
		h.target.Hide()
	}
	h.target.Refresh()
}

func (h *weekHours) MinSize() fyne.Size { return fyne.NewSize(400, 24*hourHeight) }

func (h *weekHours) CreateRenderer() fyne.WidgetRenderer { return &weekHoursRenderer{h: h} }

type weekHoursRenderer struct{ h *weekHours }

func (r *weekHoursRenderer) Objects() []fyne.CanvasObject {
	h := r.h
	var objs []fyne.CanvasObject
	for _, l := range h.lines {
		objs = append(objs, l)
	}
	for _, t := range h.labels {
		objs = append(objs, t)
	}
	objs = append(objs, h.target)
	for _, c := range h.chips {
		objs = append(objs, c)
	}
	return objs
}

func (r *weekHoursRenderer) Layout(size fyne.Size) {
	h := r.h
	geom := h.geometry()
	colW := geom.width / 7
	for i, t := range h.labels {
		t.Move(fyne.NewPos(6, float32(i)*hourHeight+2))
	}
	for i := range 24 {
		line := h.lines[i]
		line.Move(fyne.NewPos(gutterWidth, float32(i)*hourHeight))
		line.Resize(fyne.NewSize(geom.width, 1))
	}
	for i := range 7 {
		line := h.lines[24+i]
		line.Move(fyne.NewPos(gutterWidth+float32(i)*colW, 0))
		line.Resize(fyne.NewSize(1, 24*hourHeight))
	}
	for i, s := range h.slots {
		c := h.chips[i]
		w := (colW - 6) / float32(s.of)
		c.Move(fyne.NewPos(gutterWidth+float32(s.col)*colW+3+float32(s.lane)*w, yForClock(s.post.Time, geom)+1))
		c.Resize(fyne.NewSize(w-2, chipHeight))
		c.Show()
	}
	for _, c := range h.chips[len(h.slots):] {
		c.Hide()
	}
	h.placeTarget()
}

func (r *weekHoursRenderer) MinSize() fyne.Size { return r.h.MinSize() }

func (r *weekHoursRenderer) Refresh() {
	h := r.h
	v := fyne.CurrentApp().Settings().ThemeVariant()
	th := h.Theme()
	line := withAlpha(th.Color(theme.ColorNameForeground, v), 30)
	for _, l := range h.lines {
		l.FillColor = line
		l.Refresh()
	}
	for _, t := range h.labels {
		t.Color = th.Color(theme.ColorNameDisabled, v)
		t.Refresh()
	}
	h.target.FillColor = withAlpha(th.Color(theme.ColorNamePrimary, v), 80)
	h.target.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	h.target.StrokeWidth = 2
	r.Layout(h.Size())
}

func (r *weekHoursRenderer) Destroy() {}
