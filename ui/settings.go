package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// settings manages clients and their channels.
type settings struct {
	k          *Kairos
	list       *widget.List
	form       *clientForm
	save       *widget.Button
	remove     *widget.Button
	saved      *widget.Label
	channels   *fyne.Container
	addChannel *widget.Button
	themes     *themeEditor
	days       *customDays
	weekStart  *widget.RadioGroup
	scroll     *container.Scroll
	box        fyne.CanvasObject
}

func newSettings(k *Kairos) *settings {
	s := &settings{k: k, form: newClientForm(), channels: container.NewVBox(), saved: widget.NewLabel(""), themes: newThemeEditor(k),
		days: newCustomDays(k)}
	s.weekStart = widget.NewRadioGroup([]string{weekdayName(time.Monday), weekdayName(time.Sunday)}, s.onWeekStart)
	s.weekStart.Horizontal = true
	s.list = widget.NewList(
		func() int { return len(k.clients) },
		func() fyne.CanvasObject {
			dot := canvas.NewCircle(theme.Color(theme.ColorNamePrimary))
			return container.NewBorder(nil, nil, colorDot(dot), nil, widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			c := k.clients[i]
			row.Objects[0].(*widget.Label).SetText(c.Name)
			dot := row.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*canvas.Circle)
			dot.FillColor = parseHex(c.Color)
			dot.Refresh()
		})
	s.list.OnSelected = func(i widget.ListItemID) {
		if i < len(k.clients) && k.clients[i].ID != k.current {
			k.selectClient(k.clients[i].ID)
		}
	}
	add := widget.NewButtonWithIcon(lang.L("Add client"), theme.ContentAddIcon(), func() {
		showNewClientDialog(k, func(id int64) { k.clientsChanged(id) })
	})
	s.save = widget.NewButtonWithIcon(lang.L("Save changes"), theme.DocumentSaveIcon(), s.onSave)
	s.save.Importance = widget.HighImportance
	s.remove = widget.NewButtonWithIcon(lang.L("Delete client…"), theme.DeleteIcon(), s.onDelete)
	s.remove.Importance = widget.DangerImportance
	s.addChannel = widget.NewButtonWithIcon(lang.L("Add channel"), theme.ContentAddIcon(), func() {
		if c, ok := k.currentClient(); ok {
			showChannelDialog(k, model.Channel{ClientID: c.ID}, s.refreshChannels)
		}
	})

	left := container.NewBorder(heading(lang.L("Clients")), container.NewPadded(add), nil, nil, s.list)
	details := container.NewVBox(
		heading(lang.L("Client details")),
		s.form.object(),
		container.NewHBox(s.save, s.saved, layout.NewSpacer(), s.remove),
		widget.NewSeparator(),
		heading(lang.L("Channels")),
		s.channels,
		container.NewHBox(s.addChannel),
		widget.NewSeparator(),
		heading(lang.L("Weekday themes")),
		s.themes.object(),
		widget.NewSeparator(),
		heading(lang.L("Special days")),
		s.days.object(),
		widget.NewSeparator(),
		heading(lang.L("Calendar")),
		container.NewHBox(widget.NewLabel(lang.L("Weeks start on")), s.weekStart),
		container.NewHBox(widget.NewLabel(lang.L("Theme")), newThemeChoice(k)),
		newLanguageChoice(k).object(),
		newBackupsCard(k).object(),
	)
	s.scroll = container.NewVScroll(container.NewPadded(details))
	split := container.NewHSplit(left, s.scroll)
	split.Offset = 0.25
	s.box = split
	return s
}

func (s *settings) object() fyne.CanvasObject { return s.box }

func (s *settings) refresh() {
	s.list.Refresh()
	for i, c := range s.k.clients {
		if c.ID == s.k.current {
			s.list.Select(i)
			s.form.load(c)
		}
	}
	s.saved.SetText("")
	s.refreshChannels()
	s.themes.refresh()
	s.days.refresh()
	s.weekStart.SetSelected(weekdayName(weekStartSetting(s.k)))
}

// onWeekStart stores the first day of the week for every calendar view.
func (s *settings) onWeekStart(day string) {
	if day == "" {
		return
	}
	value, wd := "monday", time.Monday
	if day == weekdayName(time.Sunday) {
		value, wd = "sunday", time.Sunday
	}
	if weekStartSetting(s.k) == wd {
		return
	}
	if err := s.k.store.SetSetting(settingWeekStart, value); err != nil {
		s.k.showError(err)
		return
	}
	if s.k.calendar != nil {
		s.k.calendar.weekStartChanged(wd)
	}
}

// refreshChannels lists the current client's channels with their actions.
func (s *settings) refreshChannels() {
	s.channels.RemoveAll()
	c, ok := s.k.currentClient()
	if !ok {
		return
	}
	list, err := s.k.store.Channels(c.ID)
	if err != nil {
		s.k.showError(err)
		return
	}
	if len(list) == 0 {
		s.channels.Add(widget.NewLabel(lang.L("No channels yet. Add the accounts this client posts to, such as an Instagram profile or a Facebook page.")))
	}
	for _, ch := range list {
		s.channels.Add(s.channelRow(ch))
	}
}

func (s *settings) channelRow(ch model.Channel) fyne.CanvasObject {
	dot := canvas.NewCircle(parseHex(ch.Platform.Info().Color))
	g := ch.Guard()
	limit := widget.NewLabel(lang.L("up to {{.Limit}} characters · {{.Posts}} a day, {{.Gap}} h apart", map[string]any{
		"Limit": groupDigits(ch.Limit()), "Posts": lang.N("{{.Count}} posts", g.MaxPerDay, count(g.MaxPerDay)), "Gap": g.MinGapHours}))
	limit.Importance = widget.LowImportance
	limit.Truncation = fyne.TextTruncateEllipsis // the facts give way to the buttons, in any language
	edit := widget.NewButtonWithIcon(lang.L("Edit"), theme.DocumentCreateIcon(), func() {
		showChannelDialog(s.k, ch, s.refreshChannels)
	})
	del := widget.NewButtonWithIcon(lang.L("Delete"), theme.DeleteIcon(), func() { s.confirmDeleteChannel(ch) })
	return container.NewBorder(nil, nil, container.NewHBox(colorDot(dot), widget.NewLabel(ch.Label())),
		container.NewHBox(edit, del), limit)
}

func (s *settings) onSave() {
	c := s.form.read()
	if err := s.k.store.UpdateClient(c); err != nil {
		s.form.problems.show(err)
		s.saved.SetText("")
		return
	}
	s.k.clientsChanged(c.ID)
	s.saved.SetText(lang.L("Saved."))
}

func (s *settings) onDelete() {
	c, ok := s.k.currentClient()
	if !ok {
		return
	}
	posts, err := s.k.store.PostCount(c.ID)
	if err != nil {
		s.k.showError(err)
		return
	}
	channels, err := s.k.store.Channels(c.ID)
	if err != nil {
		s.k.showError(err)
		return
	}
	data := map[string]any{"Client": c.Name, "Channels": lang.N("{{.Count}} channels", len(channels), count(len(channels))),
		"Posts": lang.N("{{.Count}} posts", posts, count(posts))}
	msg := lang.L("Delete {{.Client}} and its {{.Channels}}?", data)
	if posts > 0 {
		msg = lang.L("Delete {{.Client}}? Its {{.Channels}} and {{.Posts}} will be deleted too.", data)
	}
	confirmDestructive(s.k.win, lang.L("Delete client"), msg+"\n"+lang.L("This cannot be undone."), lang.L("Delete"), func() {
		if err := s.k.store.DeleteClient(c.ID); err != nil {
			s.k.showError(err)
			return
		}
		s.k.current = 0
		s.k.clientsChanged(0)
	})
}

func (s *settings) confirmDeleteChannel(ch model.Channel) {
	n, err := s.k.store.ChannelPostCount(ch.ID)
	if err != nil {
		s.k.showError(err)
		return
	}
	msg := lang.L("Delete the channel {{.Channel}}?", map[string]any{"Channel": ch.Label()})
	if n > 0 {
		msg += " " + lang.N("{{.Count}} posts use it; they stay, without this channel.", n, count(n))
	}
	confirmDestructive(s.k.win, lang.L("Delete channel"), msg, lang.L("Delete"), func() {
		if err := s.k.store.DeleteChannel(ch.ID); err != nil {
			s.k.showError(err)
		}
		s.refreshChannels()
	})
}

// colorDot centres a small round swatch vertically beside a label.
func colorDot(dot *canvas.Circle) *fyne.Container {
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(12, 12), dot))
}
