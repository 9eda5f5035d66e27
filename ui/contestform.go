package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/contest"
	"kairos/model/msg"
)

// contestForm edits every field of a contest. Fields that cannot be read
// (a date, a number) are reported together with the model's own problems.
type contestForm struct {
	c         contest.Contest
	channels  []model.Channel
	name      *widget.Entry
	kind      *widget.Select
	chosen    *widget.CheckGroup
	startDay  *widget.DateEntry
	startTime *widget.SelectEntry
	endDay    *widget.DateEntry
	endTime   *widget.SelectEntry
	zone      *widget.SelectEntry
	prize     *widget.Entry
	quantity  *widget.Entry
	value     *widget.Entry
	currency  *widget.Entry
	regions   *widget.Entry
	minAge    *widget.Entry
	rulesLink *widget.Entry
	sponsor   *widget.Entry
	address   *widget.Entry
	keyPosts  *widget.Check
	problems  problemLabel
}

func newContestForm(c contest.Contest, channels []model.Channel) *contestForm {
	f := &contestForm{c: c, channels: channels, problems: newProblemLabel()}
	var kinds, labels []string
	for _, k := range contest.Kinds() {
		kinds = append(kinds, contestKindName(k))
	}
	for _, ch := range channels {
		labels = append(labels, ch.Label())
	}
	f.name = widget.NewEntry()
	f.name.SetPlaceHolder(lang.L("e.g. Summer hamper giveaway"))
	f.kind = widget.NewSelect(kinds, nil)
	f.chosen = widget.NewCheckGroup(labels, nil)
	f.chosen.Horizontal = true
	f.startDay, f.endDay = widget.NewDateEntry(), widget.NewDateEntry()
	f.startTime, f.endTime = newClockEntry(), newClockEntry()
	f.zone = widget.NewSelectEntry(model.CommonZones())
	f.prize = widget.NewEntry()
	f.prize.SetPlaceHolder(lang.L("e.g. A hamper of local olive oil and honey"))
	f.quantity = widget.NewEntry()
	f.value = widget.NewEntry()
	f.value.SetPlaceHolder(lang.L("e.g. 60.00"))
	f.currency = widget.NewEntry()
	f.currency.SetPlaceHolder("EUR")
	f.regions = widget.NewEntry()
	f.regions.SetPlaceHolder(lang.L("Country codes, e.g. GR, CY (EU for every member state)"))
	f.minAge = widget.NewEntry()
	f.rulesLink = widget.NewEntry()
	f.rulesLink.SetPlaceHolder(lang.L("https://… the official rules"))
	f.sponsor = widget.NewEntry()
	f.sponsor.SetPlaceHolder(lang.L("The legal name of the promoter"))
	f.address = widget.NewMultiLineEntry()
	f.address.SetMinRowsVisible(2)
	f.keyPosts = widget.NewCheck(lang.L("Plan draft posts for the key dates (announcement, reminder, last call, winners)"), nil)
	f.keyPosts.SetChecked(true)
	f.load(c)
	return f
}

// newClockEntry offers the half hours and accepts any HH:MM.
func newClockEntry() *widget.SelectEntry {
	var times []string
	for m := 0; m < 24*60; m += 30 {
		times = append(times, model.Clock(m).String())
	}
	times = append(times, "23:59")
	e := widget.NewSelectEntry(times)
	e.SetPlaceHolder(lang.L("HH:MM"))
	return e
}

func (f *contestForm) object() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), f.name),
		widget.NewFormItem(lang.L("Type"), f.kind),
		widget.NewFormItem(lang.L("Runs on"), f.chosen),
		widget.NewFormItem(lang.L("Starts"), container.NewGridWithColumns(2, f.startDay, f.startTime)),
		widget.NewFormItem(lang.L("Ends"), container.NewGridWithColumns(2, f.endDay, f.endTime)),
		widget.NewFormItem(lang.L("Time zone"), f.zone),
		widget.NewFormItem(lang.L("Prize"), f.prize),
		widget.NewFormItem(lang.L("How many"), f.quantity),
		widget.NewFormItem(lang.L("Value of each"), container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(90, f.currency.MinSize().Height), f.currency), f.value)),
		widget.NewFormItem(lang.L("Who may enter"), f.regions),
		widget.NewFormItem(lang.L("Minimum age"), f.minAge),
		widget.NewFormItem(lang.L("Rules link"), f.rulesLink),
		widget.NewFormItem(lang.L("Sponsor"), f.sponsor),
		widget.NewFormItem(lang.L("Sponsor's address"), f.address),
	)
	box := container.NewVBox(form)
	if f.c.ID == 0 {
		box.Add(f.keyPosts)
	}
	return clearOfScrollBar(box)
}

func (f *contestForm) load(c contest.Contest) {
	f.name.SetText(c.Name)
	f.kind.SetSelected(contestKindName(c.Kind))
	var picked []string
	for _, ch := range f.channels {
		for _, id := range c.ChannelIDs {
			if ch.ID == id {
				picked = append(picked, ch.Label())
			}
		}
	}
	f.chosen.SetSelected(picked)
	loc := c.Location()
	setInstant(f.startDay, f.startTime, c.Start, loc)
	setInstant(f.endDay, f.endTime, c.End, loc)
	f.zone.SetText(c.Zone)
	f.prize.SetText(c.Prize.Description)
	f.quantity.SetText(strconv.Itoa(c.Prize.Quantity))
	f.value.SetText(formatMoney(c.Prize.Value))
	f.currency.SetText(c.Prize.Currency)
	f.regions.SetText(strings.Join(c.Regions, ", "))
	f.minAge.SetText(strconv.Itoa(c.MinAge))
	f.rulesLink.SetText(c.RulesLink)
	f.sponsor.SetText(c.SponsorName)
	f.address.SetText(c.SponsorAddress)
}

func setInstant(day *widget.DateEntry, clock *widget.SelectEntry, t time.Time, loc *time.Location) {
	if t.IsZero() {
		setDate(day, model.Date{})
		clock.SetText("")
		return
	}
	t = t.In(loc)
	setDate(day, model.DateOf(t))
	clock.SetText(model.At(t.Hour(), t.Minute()).String())
}

// read returns the contest as typed. Fields that cannot be read are
// problems here; the rest of the checking is the model's (in storage).
func (f *contestForm) read() (contest.Contest, error) {
	c := f.c
	var p model.Problems
	// The problems found here are translated already, and may quote what
	// was typed: they are shown as they are.
	add := func(field, text string) { p = append(p, model.FieldError{Field: field, Text: msg.Verbatim(text)}) }
	c.Name = f.name.Text
	c.Kind = ""
	for _, k := range contest.Kinds() {
		if contestKindName(k) == f.kind.Selected {
			c.Kind = k
		}
	}
	c.ChannelIDs = nil
	for _, ch := range f.channels {
		for _, label := range f.chosen.Selected {
			if ch.Label() == label {
				c.ChannelIDs = append(c.ChannelIDs, ch.ID)
			}
		}
	}
	c.Zone = strings.TrimSpace(f.zone.Text)
	loc := time.UTC
	if l, err := time.LoadLocation(c.Zone); err == nil && c.Zone != "" && c.Zone != "Local" {
		loc = l
	}
	var err error
	if c.Start, err = readInstant(f.startDay, f.startTime, false, loc); err != nil {
		add("start", errText(err))
	}
	if c.End, err = readInstant(f.endDay, f.endTime, true, loc); err != nil {
		add("end", errText(err))
	}
	c.Prize.Description = f.prize.Text
	if c.Prize.Quantity, err = strconv.Atoi(strings.TrimSpace(f.quantity.Text)); err != nil {
		add("quantity", lang.L("Write how many prizes there are as a whole number, for example 1."))
	}
	if c.Prize.Value, err = parseMoney(f.value.Text); err != nil {
		add("value", errText(err))
	}
	c.Prize.Currency = f.currency.Text
	c.Regions = strings.FieldsFunc(f.regions.Text, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	if c.MinAge, err = strconv.Atoi(strings.TrimSpace(f.minAge.Text)); err != nil && strings.TrimSpace(f.minAge.Text) != "" {
		add("min_age", lang.L("Write the minimum age as a whole number, for example 18."))
	}
	c.RulesLink, c.SponsorName, c.SponsorAddress = f.rulesLink.Text, f.sponsor.Text, f.address.Text
	if len(p) == 0 {
		return c, nil
	}
	// Show the model's problems with the unreadable fields, so that one
	// attempt lists everything to fix.
	check := c
	check.Normalize()
	for _, ch := range f.channels {
		for _, id := range check.ChannelIDs {
			if ch.ID == id {
				check.Platforms = append(check.Platforms, ch.Platform)
			}
		}
	}
	var more model.Problems
	if errors.As(check.Validate(), &more) {
		for _, e := range more {
			// An unreadable start would also make the end look wrong.
			if p.For(e.Field) == "" && (e.Field != "end" || p.For("start") == "") {
				p = append(p, e)
			}
		}
	}
	return c, p
}

// readInstant is a date and HH:MM in loc; a missing time means 00:00 for a
// start and 23:59 for an end, the way contest rules are usually written.
func readInstant(day *widget.DateEntry, clock *widget.SelectEntry, end bool, loc *time.Location) (time.Time, error) {
	field, missing := lang.L("Starts"), lang.L("Choose the start date.")
	if end {
		field, missing = lang.L("Ends"), lang.L("Choose the end date.")
	}
	d, err := readDate(day, field)
	if err != nil {
		return time.Time{}, err
	}
	if d.IsZero() {
		return time.Time{}, errors.New(missing)
	}
	at := model.At(0, 0)
	if end {
		at = model.At(23, 59)
	}
	if text := strings.TrimSpace(clock.Text); text != "" {
		if at, err = model.ParseClock(text); err != nil {
			return time.Time{}, errors.New(lang.L("{{.Field}}: “{{.Text}}” is not a time. Write it as HH:MM, for example 18:00.",
				map[string]any{"Field": field, "Text": text}))
		}
	}
	return time.Date(d.Year, d.Month, d.Day, at.Hour(), at.Minute(), 0, 0, loc), nil
}

// parseMoney reads "60", "60.5" or "60,50" as cents; empty is 0.
func parseMoney(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	bad := errors.New(lang.L("Write the prize value as a number, for example 49.90."))
	whole, frac, _ := strings.Cut(strings.ReplaceAll(s, ",", "."), ".")
	if len(frac) > 2 || whole == "" {
		return 0, bad
	}
	for len(frac) < 2 {
		frac += "0"
	}
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || n < 0 {
		return 0, bad
	}
	return n, nil
}

// formatMoney writes cents as 60.00.
func formatMoney(cents int64) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }
