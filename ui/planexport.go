package ui

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/export"
	"kairos/model"
	"kairos/storage"
)

// slowExport is how long making an export file may take before a progress
// bar shows, so that the usual quick export does not flash one.
const slowExport = 300 * time.Millisecond

// planExport is the calendar's "Export…" dialog: one client's posts from
// one day to another, with some statuses, as iCalendar or CSV.
type planExport struct {
	c        *calendarScreen
	client   *widget.Select
	format   *widget.RadioGroup
	from, to *widget.DateEntry
	statuses *widget.CheckGroup
	problems problemLabel
}

// planJob is one export as the dialog asked for it.
type planJob struct {
	format   export.Format
	client   model.Client
	from, to model.Date
	statuses []model.Status
	stamp    time.Time
}

// planFile is a made export: the file's bytes, how many posts it holds and
// what export.PlanNotes has to say about them.
type planFile struct {
	data  []byte
	posts int
	notes []export.PlanNote
}

// askPlanExport opens the export dialog for the current client.
func (c *calendarScreen) askPlanExport() {
	if x, ok := newPlanExport(c); ok {
		x.show()
	}
}

// newPlanExport builds the dialog's fields: the current client, iCalendar,
// the days the calendar shows, and export.DefaultStatuses.
func newPlanExport(c *calendarScreen) (*planExport, bool) {
	current, ok := c.k.currentClient()
	if !ok {
		return nil, false
	}
	x := &planExport{c: c, problems: newProblemLabel()}
	var names []string
	for _, cl := range c.k.clients {
		names = append(names, cl.Name)
	}
	x.client = widget.NewSelect(names, nil)
	x.client.SetSelected(current.Name)
	var formats []string
	for _, f := range export.Formats() {
		formats = append(formats, formatName(f))
	}
	x.format = widget.NewRadioGroup(formats, nil)
	x.format.Required = true
	x.format.SetSelected(formatName(export.FormatICS))
	from, to := planExportRange(c)
	x.from, x.to = widget.NewDateEntry(), widget.NewDateEntry()
	setDate(x.from, from)
	setDate(x.to, to)
	var labels, checked []string
	for _, s := range model.Statuses() {
		labels = append(labels, planStatusLabel(s))
	}
	for _, s := range export.DefaultStatuses() {
		checked = append(checked, planStatusLabel(s))
	}
	x.statuses = widget.NewCheckGroup(labels, nil)
	x.statuses.Horizontal = true
	x.statuses.SetSelected(checked)
	return x, true
}

// formatName is how the dialog offers an export format.
func formatName(f export.Format) string {
	switch f {
	case export.FormatPubler:
		return lang.L("Publer CSV (bulk import)")
	case export.FormatHootsuite:
		return lang.L("Hootsuite CSV (bulk composer)")
	case export.FormatCSV:
		return lang.L("Full CSV (every field, spreadsheets)")
	}
	return lang.L("iCalendar (.ics, calendar apps)")
}

// planStatusLabel names a status among the dialog's checks.
func planStatusLabel(s model.Status) string {
	switch s {
	case model.Idea:
		return lang.L("Ideas with a date")
	case model.Draft:
		return lang.L("Drafts")
	case model.Scheduled:
		return lang.L("Scheduled")
	}
	return lang.L("Published")
}

// planExportRange is what the calendar shows: the month itself in month
// view (not the neighbouring weeks of its grid), else the visible days.
func planExportRange(c *calendarScreen) (model.Date, model.Date) {
	if c.view == viewMonth {
		return model.NewDate(c.anchor.Year, c.anchor.Month, 1), model.NewDate(c.anchor.Year, c.anchor.Month+1, 0)
	}
	return c.visibleRange()
}

func (x *planExport) show() {
	hint := widget.NewLabel(lang.L("Every post dated in these days is exported, scheduled ones too; undated ideas never are. The times are the client's own."))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Client"), x.client),
		widget.NewFormItem(lang.L("Format"), x.format),
		widget.NewFormItem(lang.L("From"), x.from),
		widget.NewFormItem(lang.L("To"), x.to),
		widget.NewFormItem(lang.L("Posts"), x.statuses),
	)
	content := container.NewVBox(form, hint, x.problems)
	showFormDialog(x.c.k.win, lang.L("Export the plan"), lang.L("Choose file…"), content, x.start, x.problems.show)
}

// job reads the dialog; its errors say what to change.
func (x *planExport) job() (planJob, error) {
	j := planJob{stamp: x.c.k.now()}
	for _, cl := range x.c.k.clients {
		if cl.Name == x.client.Selected {
			j.client = cl
		}
	}
	if j.client.ID == 0 {
		return j, errors.New(lang.L("Choose the client whose plan to export."))
	}
	for _, f := range export.Formats() {
		if formatName(f) == x.format.Selected {
			j.format = f
		}
	}
	if j.format == "" {
		return j, errors.New(lang.L("Choose a format."))
	}
	var err error
	if j.from, err = readDate(x.from, lang.L("From")); err != nil {
		return j, err
	}
	if j.to, err = readDate(x.to, lang.L("To")); err != nil {
		return j, err
	}
	switch {
	case j.from.IsZero() || j.to.IsZero():
		return j, errors.New(lang.L("Choose the first and the last day to export."))
	case j.from.After(j.to):
		return j, errors.New(lang.L("The first day, {{.From}}, is after the last, {{.To}}.",
			map[string]any{"From": j.from.String(), "To": j.to.String()}))
	}
	for _, s := range model.Statuses() {
		for _, label := range x.statuses.Selected {
			if label == planStatusLabel(s) {
				j.statuses = append(j.statuses, s)
			}
		}
	}
	if len(j.statuses) == 0 {
		return j, errors.New(lang.L("Tick at least one kind of post to export."))
	}
	return j, nil
}

// render reads the job's posts and makes the file in memory, so nothing
// reaches the disk unless all of it could be made. It touches no widget:
// start runs it off the main goroutine.
func (j planJob) render(store *storage.Store) (planFile, error) {
	channels, err := store.Channels(j.client.ID)
	if err != nil {
		return planFile{}, err
	}
	all, err := store.PostsBetween(j.client.ID, j.from, j.to)
	if err != nil {
		return planFile{}, err
	}
	posts := export.SelectPlan(all, j.from, j.to, j.statuses)
	opts := export.PlanOptions{Client: j.client, Channels: channels, Stamp: j.stamp}
	var buf bytes.Buffer
	if err := j.format.Write(&buf, opts, posts); err != nil {
		return planFile{}, err
	}
	return planFile{data: buf.Bytes(), posts: len(posts), notes: export.PlanNotes(j.format, opts, posts)}, nil
}

// write writes what the dialog asks for into w, without any dialog.
func (x *planExport) write(w io.Writer) error {
	j, err := x.job()
	if err != nil {
		return err
	}
	f, err := j.render(x.c.k.store)
	if err != nil {
		return err
	}
	_, err = w.Write(f.data)
	return err
}

// start checks the dialog, then makes the file off the main goroutine (a
// progress bar shows if that takes a while) and asks where to save it.
func (x *planExport) start() error {
	j, err := x.job()
	if err != nil {
		return err
	}
	bar := widget.NewProgressBarInfinite()
	busy := dialog.NewCustomWithoutButtons(lang.L("Exporting the plan…"), bar, x.c.k.win)
	finished := false // read and written only on the main goroutine
	timer := time.AfterFunc(slowExport, func() {
		fyne.Do(func() {
			if !finished {
				busy.Show()
			}
		})
	})
	store := x.c.k.store
	go func() {
		f, err := j.render(store)
		fyne.Do(func() {
			finished = true
			timer.Stop()
			busy.Hide()
			bar.Stop()
			x.finish(j, f, err)
		})
	}()
	return nil
}

// finish asks where to save a made export.
func (x *planExport) finish(j planJob, f planFile, err error) {
	k := x.c.k
	switch {
	case err != nil:
		k.showError(err)
		return
	case f.posts == 0:
		dialog.ShowInformation(lang.L("Nothing to export"),
			lang.L("{{.Client}} has no posts of the kinds ticked from {{.From}} to {{.To}}.",
				map[string]any{"Client": j.client.Name, "From": j.from.String(), "To": j.to.String()}), k.win)
		return
	}
	write := func(w io.Writer) error { _, err := w.Write(f.data); return err }
	saveFileAs(k, j.fileName(), j.format.Ext(), write, func(name string) { x.saved(j, f, name) })
}

// saved confirms the export and passes on what the tool it is meant for
// will make of it.
func (x *planExport) saved(j planJob, f planFile, name string) {
	x.c.say(lang.N("Saved {{.Count}} posts of {{.Client}} to {{.File}}.", f.posts,
		map[string]any{"Count": f.posts, "Client": j.client.Name, "File": name}))
	if len(f.notes) == 0 {
		return
	}
	var notes []string
	for _, n := range f.notes {
		notes = append(notes, planNoteText(n))
	}
	label := widget.NewLabel(strings.Join(notes, "\n\n"))
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("Before you upload the file"), lang.L("OK"), label, x.c.k.win)
	d.Resize(fyne.NewSize(520, 320))
	d.Show()
}

// planNoteText says a note in the interface's language.
func planNoteText(n export.PlanNote) string {
	data := map[string]any{"Count": n.Count, "Tool": n.Tool, "Detail": n.Detail, "Time": export.UntimedAt.String()}
	switch n.Kind {
	case export.NoteUntimed:
		return lang.N("{{.Count}} posts have no time of day, so the file gives them {{.Time}}.", n.Count, data)
	case export.NoteTimeZone:
		return lang.L("{{.Tool}} reads the times in its own time zone setting: set it to {{.Detail}}, the client's zone, before uploading.", data)
	case export.NoteChannels:
		return lang.L("The posts are for {{.Detail}}, but {{.Tool}} sends every row to the accounts you pick when uploading.", data)
	case export.NoteLocalMedia:
		return lang.N("{{.Count}} posts have media files on this computer, which {{.Tool}} cannot fetch: add them in {{.Tool}}.", n.Count, data)
	case export.NoteNoMedia:
		return lang.N("{{.Count}} posts have media, which the {{.Tool}} file has no place for: add it in {{.Tool}}.", n.Count, data)
	case export.NoteOffMark:
		return lang.N("{{.Count}} posts are not on a five-minute mark (such as {{.Detail}}): {{.Tool}} refuses them, so move them to a time ending in 0 or 5.", n.Count, data)
	case export.NotePast:
		return lang.N("{{.Count}} posts are already in the past: {{.Tool}} refuses them.", n.Count, data)
	}
	return n.String()
}

// fileName suggests "Olive & Sea Travel plan 2026-12-01 to 2026-12-31",
// without characters a file name may not hold.
func (j planJob) fileName() string {
	kind := lang.L("plan")
	switch j.format {
	case export.FormatPubler:
		kind = "Publer"
	case export.FormatHootsuite:
		kind = "Hootsuite"
	}
	name := safeFileName(j.client.Name)
	return lang.L("{{.Client}} {{.Kind}} {{.From}} to {{.To}}",
		map[string]any{"Client": name, "Kind": kind, "From": j.from.String(), "To": j.to.String()})
}
