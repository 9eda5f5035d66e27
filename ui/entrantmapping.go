package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kairos/model/draw"
)

const noColumn = "(none)"

// The choices for reading dates written with slashes.
const (
	datesAuto       = "Decide from the file"
	datesDayFirst   = "Day first (4 March)"
	datesMonthFirst = "Month first (April 3)"
)

// mappingDialog lets the user say which column holds the handle, the name
// and the entry time, with a preview. Rows that cannot be read are listed
// by line and nothing is imported.
type mappingDialog struct {
	rows     [][]string
	header   *widget.Check
	handle   *widget.Select
	name     *widget.Select
	time     *widget.Select
	dates    *widget.RadioGroup
	preview  *fyne.Container
	problems problemLabel
}

func (p *drawPanel) askMapping(source string, rows [][]string) *mappingDialog {
	m := &mappingDialog{rows: rows, preview: container.NewVBox(), problems: newProblemLabel()}
	guess := draw.GuessMapping(draw.FirstRow(rows))
	m.header = widget.NewCheck("The first row holds column names", func(bool) { m.relabel() })
	m.handle = widget.NewSelect(nil, func(string) { m.showPreview() })
	m.name = widget.NewSelect(nil, func(string) { m.showPreview() })
	m.time = widget.NewSelect(nil, func(string) { m.showPreview() })
	m.dates = widget.NewRadioGroup([]string{datesAuto, datesDayFirst, datesMonthFirst}, nil)
	m.dates.Horizontal = true
	m.dates.SetSelected(datesAuto)
	m.header.Checked = guess.Header
	m.relabel()
	m.pick(m.handle, guess.Handle)
	m.pick(m.name, guess.Name)
	m.pick(m.time, guess.Time)
	form := widget.NewForm(
		widget.NewFormItem("", m.header),
		widget.NewFormItem("Handle", m.handle),
		widget.NewFormItem("Name", m.name),
		widget.NewFormItem("Entry time", m.time),
		widget.NewFormItem("Dates like 04/03", m.dates),
	)
	content := container.NewVBox(wrappedLabel(fmt.Sprintf("%s: %s.", source, plural(len(rows), "row", "rows"))),
		form, heading("Preview"), m.preview, m.problems.Label)
	showFormDialog(p.s.k.win, "Import entrants", "Import", content, func() error {
		list, err := draw.ParseEntrants(m.rows, m.mapping())
		if err != nil {
			return err
		}
		p.setEntrants(list, source)
		return nil
	}, m.problems.show)
	p.mapping = m
	return m
}

// columns are the choices: the header's names, or "Column N".
func (m *mappingDialog) columns() []string {
	width := 0
	for _, r := range m.rows {
		width = max(width, len(r))
	}
	out := make([]string, width)
	for i := range out {
		out[i] = fmt.Sprintf("Column %d", i+1)
		if first := draw.FirstRow(m.rows); m.header.Checked && i < len(first) && first[i] != "" {
			out[i] = fmt.Sprintf("%s (column %d)", first[i], i+1)
		}
	}
	return out
}

// relabel renames the choices after the header box changes, keeping picks.
func (m *mappingDialog) relabel() {
	handle, name, at := m.index(m.handle), m.index(m.name), m.index(m.time)
	cols := m.columns()
	m.handle.Options = cols
	m.name.Options = append([]string{noColumn}, cols...)
	m.time.Options = append([]string{noColumn}, cols...)
	m.pick(m.handle, handle)
	m.pick(m.name, name)
	m.pick(m.time, at)
}

// pick selects column i (-1: none).
func (m *mappingDialog) pick(s *widget.Select, i int) {
	cols := m.columns()
	if i < 0 || i >= len(cols) {
		if s == m.handle {
			s.ClearSelected()
		} else {
			s.SetSelected(noColumn)
		}
		return
	}
	s.SetSelected(cols[i])
}

// index is the column chosen in s, -1 for none.
func (m *mappingDialog) index(s *widget.Select) int {
	for i, c := range m.columns() {
		if c == s.Selected {
			return i
		}
	}
	return -1
}

func (m *mappingDialog) mapping() draw.Mapping {
	mp := draw.Mapping{Handle: m.index(m.handle), Name: m.index(m.name), Time: m.index(m.time), Header: m.header.Checked}
	switch m.dates.Selected {
	case datesDayFirst:
		mp.Dates = draw.DayFirst
	case datesMonthFirst:
		mp.Dates = draw.MonthFirst
	}
	return mp
}

// showPreview shows the first rows as they will be read.
func (m *mappingDialog) showPreview() {
	if m.preview == nil {
		return
	}
	m.preview.RemoveAll()
	mp := m.mapping()
	var rows [][]string // the data rows, blank lines left out
	for _, r := range m.rows {
		if strings.TrimSpace(strings.Join(r, "")) != "" {
			rows = append(rows, r)
		}
	}
	if mp.Header && len(rows) > 0 {
		rows = rows[1:]
	}
	cell := func(r []string, i int) string {
		if i < 0 || i >= len(r) {
			return "–"
		}
		return r[i]
	}
	grid := container.NewGridWithColumns(3, heading("Handle"), heading("Name"), heading("Entry time"))
	for i, r := range rows {
		if i == 5 {
			break
		}
		for _, col := range []int{mp.Handle, mp.Name, mp.Time} {
			l := widget.NewLabel(cell(r, col))
			l.Truncation = fyne.TextTruncateEllipsis
			grid.Add(l)
		}
	}
	m.preview.Add(grid)
	if len(rows) > 5 {
		m.preview.Add(widget.NewLabel(fmt.Sprintf("… and %d more", len(rows)-5)))
	}
}
