package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"kairos/model"
)

// cellGap is the space between day cells.
const cellGap float32 = 4

// monthView shows whole weeks as rows, the week starting on a set day.
type monthView struct {
	headers []*dayHeader
	cells   []*dayCell
	layout  *gridLayout
	grid    *fyne.Container
	box     fyne.CanvasObject
	days    []model.Date
}

func newMonthView(events chipEvents, colorOf func(model.Post) color.NRGBA, onNew, onMore func(model.Date)) *monthView {
	m := &monthView{layout: &gridLayout{cols: 7, rows: 6, minRows: 6, gap: cellGap}}
	head := container.New(&gridLayout{cols: 7, rows: 1, gap: cellGap})
	for range 7 {
		h := newDayHeader()
		m.headers = append(m.headers, h)
		head.Add(h)
	}
	for _, h := range m.headers {
		h.row = m.headers
	}
	var objs []fyne.CanvasObject
	for range 42 {
		c := newDayCell(events, colorOf, onNew, onMore)
		m.cells = append(m.cells, c)
		objs = append(objs, c)
	}
	m.grid = container.New(m.layout, objs...)
	m.box = container.NewBorder(head, nil, nil, nil, m.grid)
	return m
}

func (m *monthView) object() fyne.CanvasObject { return m.box }

// show fills the grid for month (any day in it) with posts grouped by day.
func (m *monthView) show(month model.Date, weekStart time.Weekday, today model.Date,
	byDay map[model.Date][]model.Post, overbooked map[model.Date]bool, themes []model.WeekdayTheme,
	marks map[model.Date]dayMark) {
	m.days = model.MonthGrid(month.Year, month.Month, weekStart)
	for i, h := range m.headers {
		h.set(m.days[i], weekdayOnly, weekdayShort, themes, false)
	}
	rows := len(m.days) / 7
	for i, c := range m.cells {
		if i >= len(m.days) {
			c.Hide()
			continue
		}
		d := m.days[i]
		c.set(dayState{day: d, inMonth: d.Month == month.Month, today: d == today, overbooked: overbooked[d],
			marker: marks[d].name, public: marks[d].public}, byDay[d])
		c.Show()
	}
	if m.layout.rows != rows {
		m.layout.rows = rows
		m.grid.Objects = m.grid.Objects[:0]
		for _, c := range m.cells[:len(m.days)] {
			m.grid.Objects = append(m.grid.Objects, c)
		}
		m.grid.Refresh()
	}
}

// dayAt resolves an absolute (canvas) position to the day under it.
func (m *monthView) dayAt(abs fyne.Position) (model.Date, bool) {
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(m.grid)
	return monthDayAt(abs.Subtract(origin), m.layout.geometry(m.grid.Size()), m.days)
}

// highlight marks the drop target day; the zero Date clears it.
func (m *monthView) highlight(day model.Date) {
	for i, c := range m.cells {
		c.setHighlight(i < len(m.days) && m.days[i] == day)
	}
}
