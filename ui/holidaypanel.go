package ui

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/assets"
	"kairos/model"
	"kairos/model/holiday"
)

// observances are parsed once from the embedded data file.
var observances = sync.OnceValues(func() ([]holiday.Observance, error) {
	return holiday.ParseObservances(assets.Observances)
})

// allCategories is the category filter's first choice (lang.L names it).
const allCategories = "All categories"

// holidayPanel lists public holidays, fun days and the client's own days
// for the visible range and the next 30 days, as ready post ideas.
type holidayPanel struct {
	c        *calendarScreen
	kinds    *widget.CheckGroup
	category *widget.Select
	search   *widget.Entry
	list     *fyne.Container
	note     *widget.Label
	export   *widget.Button
	unhide   *widget.Button
	box      fyne.CanvasObject

	days   []holiday.Day // everything in range, before filters
	hidden map[string]bool
	rows   []*suggestionRow
	// shown tells whether the panel's tab is in front: the rows are built
	// only then, since laying out their text costs more than the month.
	shown bool
	stale bool
}

// kindLabel names a kind of day in the panel's filter and details.
func kindLabel(k holiday.Kind) string {
	switch k {
	case holiday.Public:
		return lang.L("Public")
	case holiday.Fun:
		return lang.L("Fun")
	case holiday.Custom:
		return lang.L("Own")
	}
	return string(k)
}

func newHolidayPanel(c *calendarScreen) *holidayPanel {
	h := &holidayPanel{c: c, list: container.NewVBox(), note: widget.NewLabel("")}
	kinds := []string{kindLabel(holiday.Public), kindLabel(holiday.Fun), kindLabel(holiday.Custom)}
	h.kinds = widget.NewCheckGroup(kinds, func([]string) { h.show() })
	h.kinds.Selected = append([]string(nil), kinds...)
	h.category = widget.NewSelect([]string{lang.L(allCategories)}, func(string) { h.show() })
	h.category.SetSelected(lang.L(allCategories))
	h.search = widget.NewEntry()
	h.search.SetPlaceHolder(lang.L("Search days and hashtags"))
	h.search.OnChanged = func(string) { h.show() }
	h.note.Wrapping = fyne.TextWrapWord
	h.note.Importance = widget.LowImportance
	h.export = widget.NewButtonWithIcon(lang.L("Export year…"), theme.DownloadIcon(), h.askExport)
	h.unhide = widget.NewButtonWithIcon("", theme.VisibilityIcon(), h.showHidden)
	h.unhide.Importance = widget.LowImportance
	h.unhide.Hide()
	top := container.NewVBox(wrapChecks(h.kinds), h.category, h.search)
	h.box = container.NewBorder(top, container.NewVBox(h.note, h.unhide, h.export), nil, nil, container.NewVScroll(h.list))
	return h
}

func (h *holidayPanel) object() fyne.CanvasObject { return h.box }

// refresh recomputes the days for the calendar's range and today's next 30
// days, and the day cells' markers.
func (h *holidayPanel) refresh() {
	client, ok := h.c.k.currentClient()
	if !ok {
		return
	}
	from, to := h.c.visibleRange()
	today := model.DateOf(h.c.k.now())
	if today.Before(from) {
		from = today
	}
	if end := today.AddDays(30); end.After(to) {
		to = end
	}
	days, note := suggestionsFor(h.c.k, client, from, to)
	h.days = days
	hidden, err := h.c.k.store.HiddenSuggestions(client.ID)
	if err != nil {
		h.c.k.showError(err)
	}
	h.hidden = hidden
	h.note.SetText(note)
	h.note.Hidden = note == ""
	h.unhide.SetText(lang.N("Show {{.Count}} hidden days again", len(hidden), count(len(hidden))))
	h.unhide.Hidden = len(hidden) == 0
	h.unhide.Refresh()
	h.refreshCategories()
	h.c.marks = marksFor(h.days, h.hidden)
	h.stale = true
	if h.shown {
		h.show()
	}
}

// wrapChecks shows g's options as checks that wrap onto more rows in a
// narrow panel, which three checks in a row do not fit in Greek or Russian.
// The checks change g, which keeps the filter's state.
func wrapChecks(g *widget.CheckGroup) fyne.CanvasObject {
	var checks []fyne.CanvasObject
	var cell fyne.Size
	for _, opt := range g.Options {
		opt := opt
		chk := widget.NewCheck(opt, nil)
		chk.Checked = slices.Contains(g.Selected, opt)
		chk.OnChanged = func(on bool) {
			sel := slices.DeleteFunc(slices.Clone(g.Selected), func(s string) bool { return s == opt })
			if on {
				sel = append(sel, opt)
			}
			g.SetSelected(sel)
		}
		cell = cell.Max(chk.MinSize())
		checks = append(checks, chk)
	}
	return container.NewGridWrap(cell, checks...)
}

// setShown is called when the side tabs change.
func (h *holidayPanel) setShown(on bool) {
	h.shown = on
	if on && h.stale {
		h.show()
	}
}

// suggestionsFor gathers the three kinds of day; a country without a
// public-holiday calendar still gets fun and custom days, with a note.
func suggestionsFor(k *Kairos, client model.Client, from, to model.Date) ([]holiday.Day, string) {
	obs, err := observances()
	if err != nil {
		k.showError(err)
	}
	note := ""
	days, err := holiday.Suggestions(client.Country, client.Region, from, to, obs)
	if err != nil && client.Region != "" {
		// A region Kairos does not know must not hide the whole country's
		// holidays: fall back to the national ones and say so.
		if national, nerr := holiday.Suggestions(client.Country, "", from, to, obs); nerr == nil {
			note = errText(err) + " " + lang.L("Showing the national holidays instead.")
			days, err = national, nil
		}
	}
	if err != nil {
		// No public-holiday calendar for this country: say so, and still
		// offer the fun days.
		note = errText(err)
		days = holiday.FunDays(obs, client.Country, from, to)
	}
	custom, err := k.store.CustomDays(client.ID)
	if err != nil {
		k.showError(err)
	}
	for _, d := range holiday.CustomDays(custom, from, to) {
		if d.Label.Key != "" {
			d.Name = tr(d.Label) // "Opening day (8 years)" in the interface's language
		}
		days = append(days, d)
	}
	sort.SliceStable(days, func(i, j int) bool { return days[i].Date.Before(days[j].Date) })
	return localDays(days), note
}

// funMark is all a day cell shows for fun days: nearly every day has one,
// so naming them would bury the calendar; the panel names them.
const funMark = "•"

// marksFor names each day's public holiday or client's own day for the
// day cells, and dots days that only have fun days.
func marksFor(days []holiday.Day, hidden map[string]bool) map[model.Date]dayMark {
	marks := map[model.Date]dayMark{}
	for _, d := range days {
		if hidden[d.Key] {
			continue
		}
		m := marks[d.Date]
		switch {
		case d.Kind != holiday.Fun && (m.name == "" || m.name == funMark):
			m.name = d.Name
		case m.name == "":
			m.name = funMark
		}
		m.public = m.public || d.Kind == holiday.Public
		marks[d.Date] = m
		// A public holiday's day off, when it moves, is marked too.
		if d.Observed != d.Date {
			off := marks[d.Observed]
			if off.name == "" || off.name == funMark {
				off.name = lang.L("{{.Name}} (day off)", map[string]any{"Name": d.Name})
			}
			off.public = true
			marks[d.Observed] = off
		}
	}
	return marks
}

func (h *holidayPanel) refreshCategories() {
	seen := map[string]bool{}
	options := []string{lang.L(allCategories)}
	for _, d := range h.days {
		if d.Category != "" && !seen[d.Category] {
			seen[d.Category] = true
			options = append(options, d.Category)
		}
	}
	sort.Strings(options[1:])
	h.category.Options = options
	if !seen[h.category.Selected] {
		h.category.Selected = lang.L(allCategories)
	}
	h.category.Refresh()
}

// visible applies the filters.
func (h *holidayPanel) visible() []holiday.Day {
	kinds := map[string]bool{}
	for _, k := range h.kinds.Selected {
		kinds[k] = true
	}
	q := strings.ToLower(strings.TrimSpace(h.search.Text))
	var out []holiday.Day
	for _, d := range h.days {
		if h.hidden[d.Key] || !kinds[kindLabel(d.Kind)] {
			continue
		}
		if cat := h.category.Selected; cat != lang.L(allCategories) && cat != "" && d.Category != cat {
			continue
		}
		if q != "" && !strings.Contains(strings.ToLower(d.Name+" "+d.NativeName+" "+strings.Join(d.Hashtags, " ")+" "+d.Idea), q) {
			continue
		}
		out = append(out, d)
	}
	return out
}

func (h *holidayPanel) show() {
	if h.hidden == nil {
		return
	}
	h.stale = false
	days := h.visible()
	for len(h.rows) < len(days) {
		h.rows = append(h.rows, newSuggestionRow(h))
	}
	h.list.Objects = h.list.Objects[:0]
	for i, d := range days {
		h.rows[i].set(d)
		h.list.Objects = append(h.list.Objects, h.rows[i].box)
	}
	if len(days) == 0 {
		h.list.Objects = append(h.list.Objects, widget.NewLabel(lang.L("No days match. Clear the search or tick more kinds.")))
	}
	h.list.Refresh()
}

// plan opens a new draft on the day with the suggestion's hashtags and idea.
func (h *holidayPanel) plan(d holiday.Day) {
	client, ok := h.c.k.currentClient()
	if !ok {
		return
	}
	showPostEditor(h.c.k, draftFor(client.ID, d), h.c.refresh)
}

// draftFor is the post a suggestion becomes: a draft on the day itself
// (Christmas Day, not its day off), the idea as a first text to rewrite.
func draftFor(clientID int64, d holiday.Day) model.Post {
	return model.Post{ClientID: clientID, Date: d.Date, Time: model.NoClock, Status: model.Draft, Type: model.Text,
		Text: d.Idea, Hashtags: append([]string(nil), d.Hashtags...), Notes: lang.L("Suggested for {{.Name}}.", map[string]any{"Name": d.Name})}
}

// hide remembers not to suggest the day to this client again.
func (h *holidayPanel) hide(d holiday.Day) {
	client, ok := h.c.k.currentClient()
	if !ok {
		return
	}
	if err := h.c.k.store.SetSuggestionHidden(client.ID, d.Key, true); err != nil {
		h.c.k.showError(err)
		return
	}
	hidden := func(on bool) func() error {
		return func() error { return h.c.k.store.SetSuggestionHidden(client.ID, d.Key, on) }
	}
	h.c.history.push(change{label: lang.L("hide"), undo: hidden(false), redo: hidden(true)})
	h.c.say(lang.L("{{.Day}} will not be suggested for {{.Client}} again. Ctrl+Z undoes.", map[string]any{"Day": d.Name, "Client": client.Name}))
	h.c.refresh()
}

// showHidden brings back every day hidden for the client, after asking.
func (h *holidayPanel) showHidden() {
	client, ok := h.c.k.currentClient()
	if !ok || len(h.hidden) == 0 {
		return
	}
	msg := lang.N("Suggest the {{.Count}} days hidden for {{.Client}} again?", len(h.hidden),
		map[string]any{"Count": len(h.hidden), "Client": client.Name})
	dialog.ShowConfirm(lang.L("Show hidden days"), msg, func(yes bool) {
		if !yes {
			return
		}
		for key := range h.hidden {
			if err := h.c.k.store.SetSuggestionHidden(client.ID, key, false); err != nil {
				h.c.k.showError(err)
				break
			}
		}
		h.c.refresh()
	}, h.c.k.win)
}

// suggestionRow shows one day with its actions; its chip can be dragged
// onto the calendar to plan the post there.
type suggestionRow struct {
	h      *holidayPanel
	day    holiday.Day
	chip   *postChip
	detail *widget.Label
	box    fyne.CanvasObject
}

func newSuggestionRow(h *holidayPanel) *suggestionRow {
	r := &suggestionRow{h: h, chip: newPostChip(h.c), detail: widget.NewLabel("")}
	r.detail.Wrapping = fyne.TextWrapWord
	r.detail.SizeName = theme.SizeNameCaptionText
	plan := widget.NewButtonWithIcon(lang.L("Plan a post"), theme.ContentAddIcon(), func() { h.plan(r.day) })
	plan.Importance = widget.LowImportance
	hide := widget.NewButtonWithIcon(lang.L("Hide for this client"), theme.VisibilityOffIcon(), func() { h.hide(r.day) })
	hide.Importance = widget.LowImportance
	r.box = container.NewVBox(r.chip, r.detail, container.NewHBox(plan, hide), widget.NewSeparator())
	return r
}

func (r *suggestionRow) set(d holiday.Day) {
	r.day = d
	client, _ := r.h.c.k.currentClient()
	p := draftFor(client.ID, d)
	r.chip.setPostLabelled(p, weekdayDate(d.Date)+" · "+d.Name, parseHex(kindColors[d.Kind]))
	var lines []string
	info := kindLabel(d.Kind)
	if d.Category != "" {
		info += " · " + d.Category
	}
	if d.NativeName != "" {
		info += " · " + d.NativeName
	}
	if d.Observed != d.Date {
		info += " · " + lang.L("day off {{.Date}}", map[string]any{"Date": weekdayDate(d.Observed)})
	}
	if d.SetYearly {
		info += " · " + lang.L("date set each year: check it")
	}
	lines = append(lines, info)
	if len(d.Hashtags) > 0 {
		lines = append(lines, strings.Join(d.Hashtags, " "))
	}
	if d.Idea != "" {
		lines = append(lines, d.Idea)
	}
	r.detail.SetText(strings.Join(lines, "\n"))
}

// kindColors tell the kinds apart in the panel's chips.
var kindColors = map[holiday.Kind]string{holiday.Public: "#D68910", holiday.Fun: "#8E44AD", holiday.Custom: "#117A65"}
