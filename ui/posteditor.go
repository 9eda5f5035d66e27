package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// postEditor edits every field of a post. It is a dialog over the window;
// the post is stored only when Save succeeds, in one transaction.
type postEditor struct {
	k        *Kairos
	post     model.Post
	channels []model.Channel
	themes   []model.WeekdayTheme

	channelChecks *widget.CheckGroup
	date          *widget.DateEntry
	clock         *widget.SelectEntry
	status        *widget.Select
	kind          *widget.Select
	pillar        *widget.Entry
	text          *widget.Entry
	count         *widget.Label
	hashtags      *widget.Entry
	suggestions   *fyne.Container
	link          *widget.Entry
	media         *widget.Entry
	notes         *widget.Entry
	problems      problemLabel
	testimonial   *testimonialSection
	contest       *contestWarnings
	dialog        *dialog.CustomDialog
	done          func()
}

// showPostEditor opens p (new when p.ID is 0); done runs after a save or delete.
func showPostEditor(k *Kairos, p model.Post, done func()) *postEditor {
	e := &postEditor{k: k, post: p, done: done, problems: newProblemLabel()}
	var err error
	if e.channels, err = k.store.Channels(p.ClientID); err != nil {
		k.showError(err)
		return nil
	}
	if e.themes, err = k.store.Themes(p.ClientID); err != nil {
		k.showError(err) // the editor still works, without theme suggestions
	}
	testimonials, err := k.store.Testimonials(p.ClientID)
	if err != nil {
		k.showError(err)
		return nil
	}
	e.testimonial = newTestimonialSection(testimonials)
	if p.ID != 0 {
		link, ok, err := k.store.PostTestimonial(p.ID)
		if err != nil {
			k.showError(err)
			return nil
		}
		e.testimonial.load(link, ok)
	}
	e.testimonial.onPick()
	e.contest = newContestWarnings(k, p.ID)
	e.build()
	e.load(p)

	title := lang.L("New post")
	if p.ID != 0 {
		title = lang.L("Edit post")
	}
	// What stops a save shows under the scrolling form, beside the
	// buttons, so it is seen however far the form is scrolled.
	e.dialog = dialog.NewCustomWithoutButtons(title,
		container.NewBorder(nil, e.problems.Label, nil, nil, container.NewVScroll(e.form())), k.win)
	save := widget.NewButtonWithIcon(lang.L("Save"), theme.DocumentSaveIcon(), e.onSave)
	save.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), e.dialog.Hide), save}
	if p.ID != 0 {
		del := widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), e.onDelete)
		del.Importance = widget.DangerImportance
		buttons = append([]fyne.CanvasObject{del}, buttons...)
	}
	e.dialog.SetButtons(buttons)
	e.dialog.Resize(fyne.NewSize(720, 700))
	e.dialog.Show()
	k.editor = e
	return e
}

func (e *postEditor) build() {
	var labels []string
	for _, ch := range e.channels {
		labels = append(labels, ch.Label())
	}
	e.channelChecks = widget.NewCheckGroup(labels, func([]string) { e.updateCount() })
	e.date = widget.NewDateEntry()
	e.date.OnChanged = func(*time.Time) { e.updateSuggestions(); e.updateContest() }
	var times []string
	for m := 7 * 60; m <= 21*60; m += 30 {
		times = append(times, model.Clock(m).String())
	}
	e.clock = widget.NewSelectEntry(times)
	e.clock.OnChanged = func(string) { e.updateContest() }
	e.clock.SetPlaceHolder(lang.L("HH:MM, empty for all day"))
	var statuses, kinds []string
	for _, s := range model.Statuses() {
		statuses = append(statuses, statusName(s))
	}
	for _, t := range model.ContentTypes() {
		kinds = append(kinds, typeName(t))
	}
	e.status = widget.NewSelect(statuses, nil)
	e.kind = widget.NewSelect(kinds, nil)
	e.pillar = widget.NewEntry()
	e.pillar.SetPlaceHolder(lang.L("e.g. Tips, Behind the scenes, Offers"))
	e.text = widget.NewMultiLineEntry()
	e.text.Wrapping = fyne.TextWrapWord
	e.text.SetMinRowsVisible(6)
	e.text.OnChanged = func(string) { e.updateCount() }
	e.count = widget.NewLabel("")
	e.hashtags = widget.NewEntry()
	e.hashtags.SetPlaceHolder(lang.L("#travel #crete"))
	e.hashtags.OnChanged = func(string) { e.updateCount() }
	e.suggestions = container.NewHBox()
	e.link = widget.NewEntry()
	e.link.OnChanged = func(string) { e.updateContest() }
	e.link.SetPlaceHolder("https://")
	e.media = widget.NewMultiLineEntry()
	e.media.SetPlaceHolder(lang.L("One file path per line"))
	e.media.SetMinRowsVisible(2)
	e.notes = widget.NewMultiLineEntry()
	e.notes.SetMinRowsVisible(2)
	e.notes.Wrapping = fyne.TextWrapWord
}

func (e *postEditor) form() fyne.CanvasObject {
	channels := fyne.CanvasObject(e.channelChecks)
	if len(e.channels) == 0 {
		channels = widget.NewLabel(lang.L("This client has no channels yet: add them in Settings."))
	}
	addFile := widget.NewButtonWithIcon(lang.L("Add file…"), theme.FolderOpenIcon(), e.pickMedia)
	f := widget.NewForm(
		widget.NewFormItem(lang.L("Channels"), channels),
		widget.NewFormItem(lang.L("Date"), container.NewGridWithColumns(2, e.date, e.clock)),
		widget.NewFormItem(lang.L("Status"), e.status),
		widget.NewFormItem(lang.L("Content type"), e.kind),
		widget.NewFormItem(lang.L("Pillar"), e.pillar),
		widget.NewFormItem(lang.L("Text"), container.NewBorder(nil, e.count, nil, nil, e.text)),
		widget.NewFormItem(lang.L("Hashtags"), container.NewVBox(e.hashtags, e.suggestions)),
		widget.NewFormItem(lang.L("Link"), e.link),
		widget.NewFormItem(lang.L("Media"), container.NewBorder(nil, nil, nil, addFile, e.media)),
		widget.NewFormItem(lang.L("Notes"), e.notes),
		widget.NewFormItem(lang.L("Testimonial"), e.testimonial.box),
	)
	if e.contest.ok {
		f.Append(lang.L("Contest rules"), e.contest.box)
	}
	// The right inset keeps fields clear of the scroll bar.
	return clearOfScrollBar(f)
}

func (e *postEditor) load(p model.Post) {
	for _, ch := range e.channels {
		for _, id := range p.ChannelIDs {
			if id == ch.ID {
				e.channelChecks.Selected = append(e.channelChecks.Selected, ch.Label())
			}
		}
	}
	e.channelChecks.Refresh()
	setDate(e.date, p.Date)
	e.clock.SetText(p.Time.String())
	e.status.SetSelected(statusName(p.Status))
	e.kind.SetSelected(typeName(p.Type))
	e.pillar.SetText(p.Pillar)
	e.text.SetText(p.Text)
	e.hashtags.SetText(strings.Join(p.Hashtags, " "))
	e.link.SetText(p.Link)
	e.media.SetText(strings.Join(p.Media, "\n"))
	e.notes.SetText(p.Notes)
	e.updateCount()
	e.updateSuggestions()
}

// selectedChannels are the ticked channels, in the client's order.
func (e *postEditor) selectedChannels() []model.Channel {
	var out []model.Channel
	for _, ch := range e.channels {
		for _, label := range e.channelChecks.Selected {
			if label == ch.Label() {
				out = append(out, ch)
			}
		}
	}
	return out
}

// read builds the post from the form, or says which field cannot be read.
func (e *postEditor) read() (model.Post, error) {
	p := e.post
	p.ChannelIDs = nil
	for _, ch := range e.selectedChannels() {
		p.ChannelIDs = append(p.ChannelIDs, ch.ID)
	}
	var err error
	if p.Date, err = readDate(e.date, lang.L("Date")); err != nil {
		return p, err
	}
	clock, err := model.ParseClock(strings.TrimSpace(e.clock.Text))
	if err != nil {
		return p, err
	}
	if clock.Valid() && p.Date.IsZero() {
		return p, errors.New(lang.L("A post with a time needs a date too: pick the day, or clear the time."))
	}
	p.Time = clock
	p.Status = statusOf(e.status.Selected)
	p.Type = typeOf(e.kind.Selected)
	p.Pillar = e.pillar.Text
	p.Text = e.text.Text
	p.Hashtags = model.ParseHashtags(e.hashtags.Text)
	p.Link = e.link.Text
	p.Media = strings.Split(e.media.Text, "\n")
	p.Notes = e.notes.Text
	p.Normalize()
	return p, nil
}

// updateCount shows the length against the strictest selected channel. It
// reads only the text, hashtags and channels, so a half-typed date or time
// does not stop the count.
func (e *postEditor) updateCount() {
	p := model.Post{Text: strings.TrimSpace(e.text.Text), Hashtags: model.ParseHashtags(e.hashtags.Text)}
	n := p.Length()
	ch, ok := model.StrictestChannel(e.selectedChannels())
	switch {
	case !ok:
		e.count.SetText(lang.N("{{.Count}} characters (tick a channel to see its limit)", n, map[string]any{"Count": groupDigits(n)}))
		e.count.Importance = widget.LowImportance
	case n > ch.Limit():
		e.count.SetText(lang.L("{{.Count}} / {{.Limit}} characters: {{.Over}} too many for {{.Channel}}", map[string]any{
			"Count": groupDigits(n), "Limit": groupDigits(ch.Limit()), "Over": groupDigits(n - ch.Limit()), "Channel": ch.Label()}))
		e.count.Importance = widget.DangerImportance
	default:
		e.count.SetText(lang.L("{{.Count}} / {{.Limit}} characters ({{.Channel}} is the strictest)", map[string]any{
			"Count": groupDigits(n), "Limit": groupDigits(ch.Limit()), "Channel": ch.Label()}))
		e.count.Importance = widget.LowImportance
	}
	e.count.Refresh()
	e.updateContest()
}

// updateContest re-checks a contest post as it is typed; a half-typed date
// or time counts as none.
func (e *postEditor) updateContest() {
	if !e.contest.ok {
		return
	}
	p := model.Post{Text: strings.TrimSpace(e.text.Text), Hashtags: model.ParseHashtags(e.hashtags.Text),
		Link: strings.TrimSpace(e.link.Text), Time: model.NoClock}
	if e.date.Date != nil {
		p.Date = model.DateOf(*e.date.Date)
		if at, err := model.ParseClock(strings.TrimSpace(e.clock.Text)); err == nil {
			p.Time = at
		}
	}
	e.contest.update(p, e.selectedChannels())
}

// updateSuggestions offers the weekday theme's hashtags for the chosen day.
func (e *postEditor) updateSuggestions() {
	e.suggestions.RemoveAll()
	if e.date.Date == nil {
		return
	}
	t, ok := model.ThemeFor(e.themes, model.DateOf(*e.date.Date))
	if !ok {
		return
	}
	e.suggestions.Add(widget.NewLabel(t.Name + ":"))
	for _, tag := range t.Hashtags {
		tag := tag
		b := widget.NewButton(tag, func() { e.addHashtag(tag) })
		b.Importance = widget.LowImportance
		e.suggestions.Add(b)
	}
}

func (e *postEditor) addHashtag(tag string) {
	for _, have := range model.ParseHashtags(e.hashtags.Text) {
		if strings.EqualFold(have, tag) {
			return
		}
	}
	e.hashtags.SetText(strings.TrimSpace(e.hashtags.Text + " " + tag))
}

func (e *postEditor) pickMedia() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			e.k.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		e.media.SetText(strings.TrimSpace(e.media.Text + "\n" + r.URI().Path()))
	}, e.k.win)
}

func (e *postEditor) onSave() {
	p, err := e.read()
	if err != nil {
		e.problems.show(err)
		return
	}
	if err := p.Validate(e.channels); err != nil {
		e.problems.show(err)
		return
	}
	e.k.withFrequencyCheck(p, lang.L("Save anyway"), func() {
		// One transaction for the post and the testimonial it quotes; the
		// consent rule refuses a scheduled post it does not cover.
		if err := e.k.store.SavePostWithTestimonial(&p, e.testimonial.link()); err != nil {
			e.problems.show(err)
			return
		}
		e.dialog.Hide()
		e.done()
	})
}

func (e *postEditor) onDelete() {
	confirmDestructive(e.k.win, lang.L("Delete post"), lang.L("Delete “{{.Post}}”? This cannot be undone.", map[string]any{"Post": e.post.Summary(40)}), lang.L("Delete"), func() {
		if err := e.k.store.DeletePost(e.post.ID); err != nil {
			e.k.showError(err)
			return
		}
		e.dialog.Hide()
		e.done()
	})
}
