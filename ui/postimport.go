package ui

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/draw"
	"kairos/model/postcsv"
)

// backgroundImportPosts is the size of import that runs behind a progress
// bar. A thousand posts take about 0.1 s to store (BenchmarkImport1000),
// so only files of several thousand could keep the window waiting for
// half a second.
var backgroundImportPosts = 2000

// previewRows is how many posts the preview shows.
const previewRows = 6

// importPostsButton opens a CSV file of posts for the current client.
func importPostsButton(k *Kairos) *widget.Button {
	return widget.NewButtonWithIcon(lang.L("Import posts from CSV…"), theme.FolderOpenIcon(), func() {
		c, ok := k.currentClient()
		if !ok {
			return
		}
		openFile(k, []string{".csv", ".txt", ".tsv"}, func(r io.Reader, name string) error {
			rows, err := draw.ReadRows(r)
			if err != nil {
				return err
			}
			_, err = showPostImport(k, c, name, rows)
			return err
		})
	})
}

// postImport is the dialog that imports a CSV file of posts: which column
// fills which field, a preview of the first posts as they will be read,
// and every row that cannot be imported, by line. Nothing is stored until
// Import, which is refused while any row has a problem; then every post is
// stored in one transaction.
type postImport struct {
	k        *Kairos
	client   model.Client
	channels []model.Channel
	source   string
	rows     [][]string

	header      *widget.Check
	columns     map[postcsv.Field]*widget.Select
	dates       *widget.RadioGroup
	defaults    *widget.CheckGroup
	summary     *widget.Label
	preview     *fyne.Container
	problems    *widget.Label
	problemsBox *container.Scroll // the problems, under the mapping however long they are
	progress    *widget.ProgressBarInfinite
	cancel      *widget.Button
	confirm     *widget.Button
	dlg         *dialog.CustomDialog

	ready     bool          // the widgets are built: changes re-read the file
	importing bool          // an import is under way
	parsed    []postcsv.Row // the rows as the mapping reads them
	err       error         // why the file cannot be imported as mapped; nil when it can
	done      chan struct{} // closed when an import has finished, stored or not
	result    int           // how many posts the last import stored
}

// showPostImport opens the import dialog for rows (from draw.ReadRows) of
// the file named source, for client c.
func showPostImport(k *Kairos, c model.Client, source string, rows [][]string) (*postImport, error) {
	channels, err := k.store.Channels(c.ID)
	if err != nil {
		return nil, err
	}
	d := &postImport{k: k, client: c, channels: channels, source: source, rows: rows,
		columns: map[postcsv.Field]*widget.Select{}, summary: wrappedLabel(""), preview: container.NewVBox(),
		problems: wrappedLabel(""), progress: widget.NewProgressBarInfinite()}
	d.problems.Importance = widget.DangerImportance
	d.problemsBox = container.NewVScroll(d.problems)
	d.problemsBox.SetMinSize(fyne.NewSize(0, 100))
	d.progress.Hide()
	d.progress.Stop()
	guess := postcsv.Guess(draw.FirstRow(rows))
	d.header = widget.NewCheck(lang.L("The first row holds column names"), func(bool) { d.relabel() })
	d.header.Checked = guess.Header
	options := d.columnOptions()
	for _, f := range postcsv.Fields() {
		s := widget.NewSelect(options, func(string) { d.update() })
		s.SetSelectedIndex(guess.Column(f) + 1) // 0 is "(none)"
		d.columns[f] = s
	}
	d.dates = widget.NewRadioGroup([]string{lang.L(datesAuto), lang.L(datesDayFirst), lang.L(datesMonthFirst)}, func(string) { d.update() })
	d.dates.Horizontal = true
	d.dates.SetSelected(lang.L(datesAuto))
	var labels []string
	for _, ch := range channels {
		labels = append(labels, ch.Label())
	}
	d.defaults = widget.NewCheckGroup(labels, func([]string) { d.update() })
	d.defaults.Horizontal = true
	d.ready = true
	d.update()
	d.show()
	return d, nil
}

// fieldName is how the form names a field, as the problems with the
// mapping name it.
func fieldName(f postcsv.Field) string { return tr(f.Label()) }

// show opens the dialog: the mapping in two columns, the dates and the
// default channels, then the preview and the problems.
func (d *postImport) show() {
	var left, right []*widget.FormItem
	for i, f := range postcsv.Fields() {
		item := widget.NewFormItem(fieldName(f), d.columns[f])
		if i < (len(postcsv.Fields())+1)/2 {
			left = append(left, item)
		} else {
			right = append(right, item)
		}
	}
	hint := wrappedLabel(lang.L("Choose the column that fills each part of a post. Dates like 2027-03-14, 14/03/2027 09:30 " +
		"or 14.03.2027 are read; channels are named as in Settings (Instagram @handle, or just the handle)."))
	hint.Importance = widget.LowImportance
	options := widget.NewForm(
		widget.NewFormItem(lang.L("Dates like 04/03"), d.dates),
		widget.NewFormItem(lang.L("Channels for rows that name none"), d.defaults))
	body := container.NewVBox(hint, d.header,
		container.NewGridWithColumns(2, widget.NewForm(left...), widget.NewForm(right...)),
		options, heading(lang.L("Preview")), d.preview)
	content := container.NewBorder(d.summary, container.NewVBox(d.problemsBox, d.progress), nil, nil,
		container.NewVScroll(clearOfScrollBar(body)))
	d.dlg = dialog.NewCustomWithoutButtons(lang.L("Import posts"), content, d.k.win)
	d.cancel = widget.NewButton(lang.L("Cancel"), d.dlg.Hide)
	d.confirm = widget.NewButtonWithIcon(lang.L("Import"), theme.DownloadIcon(), d.importNow)
	d.confirm.Importance = widget.HighImportance
	d.dlg.SetButtons([]fyne.CanvasObject{d.cancel, d.confirm})
	d.dlg.Resize(fyne.NewSize(860, 680))
	d.refreshConfirm()
	d.dlg.Show()
}

// columnOptions are the choices of every field: "(none)", then each column
// by its name when the first row names them, else by number.
func (d *postImport) columnOptions() []string {
	width := 0
	for _, r := range d.rows {
		width = max(width, len(r))
	}
	first := draw.FirstRow(d.rows)
	out := []string{lang.L(noColumn)}
	for i := range width {
		name := fmt.Sprintf(lang.L("Column %d"), i+1)
		if d.header.Checked && i < len(first) && first[i] != "" {
			name = fmt.Sprintf(lang.L("%s (column %d)"), first[i], i+1)
		}
		out = append(out, name)
	}
	return out
}

// relabel renames the choices after the header box changes; each field
// keeps its column.
func (d *postImport) relabel() {
	if !d.ready {
		return
	}
	options := d.columnOptions()
	d.ready = false // one re-read for all the fields, below
	for _, s := range d.columns {
		i := s.SelectedIndex()
		s.Options = options
		s.SetSelectedIndex(i)
	}
	d.ready = true
	d.update()
}

// pick chooses column col (-1: none) for f.
func (d *postImport) pick(f postcsv.Field, col int) { d.columns[f].SetSelectedIndex(col + 1) }

// mapping is the mapping the widgets show.
func (d *postImport) mapping() postcsv.Mapping {
	m := postcsv.Mapping{Columns: map[postcsv.Field]int{}, Header: d.header.Checked, Zone: d.client.Location()}
	for f, s := range d.columns {
		if i := s.SelectedIndex(); i > 0 {
			m.Columns[f] = i - 1
		}
	}
	switch d.dates.Selected {
	case lang.L(datesDayFirst):
		m.Dates = draw.DayFirst
	case lang.L(datesMonthFirst):
		m.Dates = draw.MonthFirst
	}
	for _, ch := range d.channels {
		for _, label := range d.defaults.Selected {
			if label == ch.Label() {
				m.DefaultChannels = append(m.DefaultChannels, ch.ID)
			}
		}
	}
	return m
}

// update reads the file again with the mapping shown and shows the result:
// how many posts, the first of them, and every row with a problem.
func (d *postImport) update() {
	if !d.ready {
		return
	}
	d.parsed, d.err = postcsv.ParseEach(d.rows, d.mapping(), d.channels, d.client.ID)
	var bad draw.RowErrors
	for _, r := range d.parsed {
		if len(r.Reasons) > 0 {
			bad = append(bad, draw.RowError{Line: r.Line, Reasons: r.Reasons})
		}
	}
	if d.err == nil && len(bad) > 0 {
		d.err = bad
	}
	n := len(d.parsed)
	switch {
	case errors.Is(d.err, postcsv.ErrNoPosts):
		d.summary.SetText(fmt.Sprintf(lang.L("%s: no posts found."), d.source))
	case n == 0: // the mapping cannot work: the problem says why
		d.summary.SetText(d.source)
	case len(bad) == 0:
		d.summary.SetText(fmt.Sprintf("%s: %s", d.source, lang.N("{{.Count}} posts ready to import into {{.Client}}.", n,
			map[string]any{"Count": n, "Client": d.client.Name})))
	default:
		d.summary.SetText(fmt.Sprintf("%s: %s", d.source, lang.N("{{.Count}} posts; fix the rows listed below, then open the file again.",
			n, count(n))))
	}
	if d.err != nil {
		d.say(importErrText(d.err))
	} else {
		d.say("")
	}
	d.showPreview()
	d.refreshConfirm()
}

// showPreview shows the first posts as they will be stored.
func (d *postImport) showPreview() {
	d.preview.RemoveAll()
	if len(d.parsed) == 0 {
		return
	}
	labels := map[int64]string{}
	for _, ch := range d.channels {
		labels[ch.ID] = ch.Label()
	}
	grid := container.NewGridWithColumns(6, heading(lang.L("Line")), heading(lang.L("Date")), heading(lang.L("Time")),
		heading(lang.L("Channels")), heading(lang.L("Status")), heading(lang.L("Text")))
	for i, r := range d.parsed {
		if i == previewRows {
			break
		}
		p := r.Post
		var names []string
		for _, id := range p.ChannelIDs {
			names = append(names, labels[id])
		}
		line := fmt.Sprint(r.Line)
		if len(r.Reasons) > 0 {
			line += " ✗"
		}
		for j, text := range []string{line, orDash(p.Date.String()), orDash(p.Time.String()),
			orDash(strings.Join(names, ", ")), statusName(p.Status), orDash(p.Summary(60))} {
			l := widget.NewLabel(text)
			l.Truncation = fyne.TextTruncateEllipsis
			if j == 0 && len(r.Reasons) > 0 {
				l.Importance = widget.DangerImportance
			}
			grid.Add(l)
		}
	}
	d.preview.Add(grid)
	if len(d.parsed) > previewRows {
		more := len(d.parsed) - previewRows
		d.preview.Add(widget.NewLabel(lang.N("… and {{.Count}} more", more, count(more))))
	}
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// say shows what stands in the way of the import; "" hides it.
func (d *postImport) say(problem string) {
	d.problems.SetText(problem)
	if problem == "" {
		d.problemsBox.Hide()
		return
	}
	d.problemsBox.Show()
	d.problemsBox.ScrollToTop()
}

// refreshConfirm enables Import only when every row can be imported.
func (d *postImport) refreshConfirm() {
	if d.confirm == nil {
		return
	}
	if d.err != nil || d.importing {
		d.confirm.Disable()
	} else {
		d.confirm.Enable()
	}
}

// importNow stores every post in one transaction, behind a progress bar
// when there are many, and then says how many were imported. With a
// problem it stores nothing and keeps the dialog open.
func (d *postImport) importNow() {
	if d.importing {
		return
	}
	if d.err != nil {
		d.say(importErrText(d.err))
		return
	}
	rows := d.parsed
	d.done = make(chan struct{})
	d.importing = true
	d.refreshConfirm()
	d.cancel.Disable()
	if len(rows) < backgroundImportPosts {
		d.finish(d.k.store.ImportPosts(d.client.ID, rows))
		return
	}
	d.progress.Show()
	d.progress.Start()
	go func() {
		n, err := d.k.store.ImportPosts(d.client.ID, rows)
		fyne.Do(func() { d.finish(n, err) })
	}()
}

// finish reports the end of an import.
func (d *postImport) finish(n int, err error) {
	defer close(d.done)
	d.importing = false
	d.progress.Stop()
	d.progress.Hide()
	d.cancel.Enable()
	if err != nil {
		d.say(importErrText(err))
		d.refreshConfirm()
		return
	}
	d.result = n
	d.dlg.Hide()
	d.k.refreshShown()
	dialog.ShowInformation(lang.L("Posts imported"),
		lang.N("Imported {{.Count}} posts into {{.Client}}.", n, map[string]any{"Count": n, "Client": d.client.Name}), d.k.win)
}
