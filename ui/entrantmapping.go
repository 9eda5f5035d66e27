package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model/draw"
	"kairos/model/msg"
	"kairos/storage"
)

// noColumn is the choice of no column (lang.L names it).
const noColumn = "(none)"

// The choices for reading dates written with slashes (lang.L names them).
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
	m.header = widget.NewCheck(lang.L("The first row holds column names"), nil)
	m.handle = widget.NewSelect(nil, func(string) { m.showPreview() })
	m.name = widget.NewSelect(nil, func(string) { m.showPreview() })
	m.time = widget.NewSelect(nil, func(string) { m.showPreview() })
	m.dates = widget.NewRadioGroup([]string{lang.L(datesAuto), lang.L(datesDayFirst), lang.L(datesMonthFirst)}, nil)
	m.dates.Horizontal = true
	m.dates.SetSelected(lang.L(datesAuto))
	m.header.Checked = guess.Header
	m.relabel()
	m.pick(m.handle, guess.Handle)
	m.pick(m.name, guess.Name)
	m.pick(m.time, guess.Time)
	// The picks are columns, not labels: keep them when the labels change.
	m.header.OnChanged = func(on bool) {
		m.header.Checked = !on // read the picks against the old labels
		was := m.mapping()
		m.header.Checked = on
		m.relabelKeeping(was.Handle, was.Name, was.Time)
		m.showPreview()
	}
	form := widget.NewForm(
		widget.NewFormItem("", m.header),
		widget.NewFormItem(lang.L("Handle"), m.handle),
		widget.NewFormItem(lang.L("Name"), m.name),
		widget.NewFormItem(lang.L("Entry time"), m.time),
		widget.NewFormItem(lang.L("Dates like 04/03"), m.dates),
	)
	content := container.NewVBox(wrappedLabel(lang.N("{{.File}}: {{.Count}} rows.", len(rows), map[string]any{"File": source, "Count": len(rows)})),
		form, heading(lang.L("Preview")), m.preview, m.problems.Label)
	showFormDialog(p.s.k.win, lang.L("Import entrants"), lang.L("Import"), content, func() error {
		mp := m.mapping()
		mp.Zone = p.c.Location() // exports give local times
		list, err := draw.ParseEntrants(m.rows, mp)
		if err != nil {
			return err
		}
		p.setEntrants(list, source)
		return nil
	}, m.showProblem)
	p.mapping = m
	return m
}

// showProblem says why the file cannot be imported as mapped: every row
// that cannot be read, by its line.
func (m *mappingDialog) showProblem(err error) {
	m.problems.SetText(importErrText(err))
	m.problems.Show()
}

// importErrText is errText for the import of a file: a draw.RowErrors
// lists each row that cannot be read by its line, with its reasons; a
// storage.ImportError keeps the line of the post that could not be saved.
func importErrText(err error) string {
	var rows draw.RowErrors
	if errors.As(err, &rows) {
		return trAll(rows.Texts(tr))
	}
	// A failed save names the post's line: keep the whole message, not
	// only the problems it wraps.
	var failed *storage.ImportError
	if errors.As(err, &failed) {
		if local, ok := any(failed).(msg.Localized); ok {
			return tr(local.Message())
		}
		return failed.Error()
	}
	return errText(err)
}

// columns are the choices: the header's names, or "Column N".
func (m *mappingDialog) columns() []string {
	width := 0
	for _, r := range m.rows {
		width = max(width, len(r))
	}
	out := make([]string, width)
	for i := range out {
		out[i] = fmt.Sprintf(lang.L("Column %d"), i+1)
		if first := draw.FirstRow(m.rows); m.header.Checked && i < len(first) && first[i] != "" {
			out[i] = fmt.Sprintf(lang.L("%s (column %d)"), first[i], i+1)
		}
	}
	return out
}

// relabel renames the choices after the header box changes, keeping picks.
func (m *mappingDialog) relabel() {
	m.relabelKeeping(m.index(m.handle), m.index(m.name), m.index(m.time))
}

// relabelKeeping renames the choices and selects the given columns again.
func (m *mappingDialog) relabelKeeping(handle, name, at int) {
	cols := m.columns()
	m.handle.Options = cols
	m.name.Options = append([]string{lang.L(noColumn)}, cols...)
	m.time.Options = append([]string{lang.L(noColumn)}, cols...)
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
			s.SetSelected(lang.L(noColumn))
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
	case lang.L(datesDayFirst):
		mp.Dates = draw.DayFirst
	case lang.L(datesMonthFirst):
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
	grid := container.NewGridWithColumns(3, heading(lang.L("Handle")), heading(lang.L("Name")), heading(lang.L("Entry time")))
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
		m.preview.Add(widget.NewLabel(lang.N("… and {{.Count}} more", len(rows)-5, count(len(rows)-5))))
	}
}
