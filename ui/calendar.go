package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/msg"
)

// The calendar's views.
const (
	viewMonth  = "Month"
	viewWeek   = "Week"
	viewAgenda = "Agenda"
)

// viewLabel names a view on its button.
func viewLabel(v string) string {
	switch v {
	case viewWeek:
		return lang.L("Week")
	case viewAgenda:
		return lang.L("Agenda")
	}
	return lang.L("Month")
}

// settingWeekStart stores "monday" or "sunday".
const settingWeekStart = "week_start"

// calendarScreen is where posts are planned: month, week and agenda views,
// the ideas tray and the content mix of what is visible.
type calendarScreen struct {
	k          *Kairos
	view       string
	anchor     model.Date // a day inside the month or week shown
	weekStart  time.Weekday
	filter     model.PostFilter
	allClients bool

	// What the view shows, as last loaded from the store.
	posts    []model.Post
	byDay    map[model.Date][]model.Post
	channels map[int64]model.Channel
	clients  map[int64]model.Client
	themes   []model.WeekdayTheme
	marks    map[model.Date]dayMark // holidays and special days on screen
	flags    map[int64]msg.Text     // posts whose testimonial no longer allows them

	month   *monthView
	week    *weekView
	agenda  *agendaView
	tray    *ideaTray
	days    *holidayPanel
	due     *dueToday
	side    *container.AppTabs
	mix     *mixChart
	body    *fyne.Container
	title   *widget.Label
	status  *widget.Label
	prev    *widget.Button
	next    *widget.Button
	views   map[string]*widget.Button
	filters *widget.Button
	box     fyne.CanvasObject

	drag    *dragController
	history *history
	dayList dialog.Dialog // the open "+N more" list, if any
}

func newCalendar(k *Kairos) *calendarScreen {
	c := &calendarScreen{k: k, view: viewMonth, anchor: model.DateOf(k.now()), history: newHistory(50)}
	c.weekStart = weekStartSetting(k)
	c.drag = newDragController(c)
	c.month = newMonthView(c, c.colorOf, c.newPostOn, c.showDay)
	c.agenda = newAgendaView(c)
	c.tray = newIdeaTray(c)
	c.days = newHolidayPanel(c)
	c.due = newDueToday(c)
	c.mix = newMixChart()
	c.body = container.NewStack()
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.title.SizeName = theme.SizeNameSubHeadingText
	c.status = widget.NewLabel("")
	c.status.Importance = widget.LowImportance
	c.status.Truncation = fyne.TextTruncateEllipsis

	c.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.shift(-1) })
	c.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.shift(1) })
	today := widget.NewButton(lang.L("Today"), c.goToday)
	// An icon alone keeps the month's name readable beside the arrows; the
	// dialog it opens is titled, and Ctrl+G does the same.
	jump := widget.NewButtonWithIcon("", theme.CalendarIcon(), c.askJump)
	c.views = map[string]*widget.Button{}
	viewBox := container.NewHBox()
	for _, v := range []string{viewMonth, viewWeek, viewAgenda} {
		v := v
		b := widget.NewButton(viewLabel(v), func() { c.setView(v) })
		c.views[v] = b
		viewBox.Add(b)
	}
	c.filters = widget.NewButtonWithIcon(lang.L("Filters"), theme.SearchIcon(), c.showFilters)
	newPost := widget.NewButtonWithIcon(lang.L("New post"), theme.ContentAddIcon(), func() { c.newPostOn(c.anchor) })
	newPost.Importance = widget.HighImportance
	c.title.Truncation = fyne.TextTruncateEllipsis
	toolbar := newToolbar(c.title, container.NewHBox(c.prev, today, c.next), container.NewHBox(jump, viewBox, c.filters, widget.NewButtonWithIcon(lang.L("Export…"), theme.DocumentSaveIcon(), c.askPlanExport), newPost))
	bottom := container.NewVBox(widget.NewSeparator(), c.mix.object(), c.status)
	main := container.NewBorder(toolbar, bottom, nil, nil, c.body)
	daysTab := container.NewTabItem(lang.L("Holidays & days"), c.days.object())
	dueTab := container.NewTabItem(lang.L("Due today"), c.due.object())
	c.side = container.NewAppTabs(container.NewTabItem(lang.L("Ideas"), c.tray.object()), daysTab, dueTab)
	c.side.OnSelected = func(t *container.TabItem) {
		c.days.setShown(t == daysTab)
		if c.due.shown = t == dueTab; c.due.shown {
			c.due.refresh()
		}
	}
	side := c.side
	split := container.NewHSplit(main, side)
	split.Offset = 0.7
	c.box = split
	c.showView(viewMonth) // the first show() refreshes: no query here
	return c
}

func (c *calendarScreen) object() fyne.CanvasObject { return c.box }

// refresh reloads the visible range from the store and redraws.
func (c *calendarScreen) refresh() {
	client, ok := c.k.currentClient()
	if !ok {
		return
	}
	from, to := c.visibleRange()
	clientID := client.ID
	if c.allClients {
		clientID = 0
	}
	posts, err := c.k.store.PostsBetween(clientID, from, to)
	if err != nil {
		c.k.showError(err)
		return
	}
	c.loadChannels()
	if c.flags, err = c.k.store.TestimonialFlags(clientID, from, to, model.DateOf(c.k.now())); err != nil {
		c.k.showError(err)
	}
	if c.themes, err = c.k.store.Themes(client.ID); err != nil {
		c.k.showError(err)
	}
	c.arrange(posts)
	c.days.refresh() // before redraw: it marks the holidays in the day cells
	c.redraw()
	c.tray.refresh()
	if c.due.shown { // every client's posts: read only while the tab is open
		c.due.refresh()
	}
}

// arrange keeps the posts the filter lets through and groups them by day.
func (c *calendarScreen) arrange(posts []model.Post) {
	c.posts = c.posts[:0]
	c.byDay = make(map[model.Date][]model.Post, 42)
	for _, p := range posts {
		if c.filter.Match(p) {
			c.posts = append(c.posts, p)
			c.byDay[p.Date] = append(c.byDay[p.Date], p)
		}
	}
}

// redraw shows the loaded posts in the current view.
func (c *calendarScreen) redraw() {
	today := model.DateOf(c.k.now())
	channels := make([]model.Channel, 0, len(c.channels))
	for _, ch := range c.channels {
		channels = append(channels, ch)
	}
	over := model.OverbookedDays(c.posts, channels)
	switch c.view {
	case viewMonth:
		c.title.SetText(monthYear(c.anchor))
		c.month.show(c.anchor, c.weekStart, today, c.byDay, over, c.themes, c.marks)
	case viewWeek:
		days := model.WeekOf(c.anchor, c.weekStart)
		c.title.SetText(weekTitle(days[0], days[6]))
		c.week.show(c.anchor, c.weekStart, today, c.byDay, over, c.themes, c.marks)
	case viewAgenda:
		c.title.SetText(lang.L("Next posts from {{.Date}}", map[string]any{"Date": dayMonth(today)}))
		c.agenda.show(c.posts)
	}
	c.mix.show(model.ContentMix(c.mixPosts()))
}

// mixPosts are the posts the content mix counts: the month's own days in
// month view, not the neighbouring weeks shown dimmed.
func (c *calendarScreen) mixPosts() []model.Post {
	if c.view != viewMonth {
		return c.posts
	}
	var in []model.Post
	for _, p := range c.posts {
		if p.Date.Month == c.anchor.Month && p.Date.Year == c.anchor.Year {
			in = append(in, p)
		}
	}
	return in
}

// visibleRange is the first and last day the current view shows.
func (c *calendarScreen) visibleRange() (model.Date, model.Date) {
	switch c.view {
	case viewWeek:
		w := model.WeekOf(c.anchor, c.weekStart)
		return w[0], w[6]
	case viewAgenda:
		today := model.DateOf(c.k.now())
		return today, today.AddDays(90)
	}
	g := model.MonthGrid(c.anchor.Year, c.anchor.Month, c.weekStart)
	return g[0], g[len(g)-1]
}

// loadChannels reads the channels of the clients on screen.
func (c *calendarScreen) loadChannels() {
	c.channels = map[int64]model.Channel{}
	c.clients = map[int64]model.Client{}
	for _, cl := range c.k.clients {
		if !c.allClients && cl.ID != c.k.current {
			continue
		}
		c.clients[cl.ID] = cl
		list, err := c.k.store.Channels(cl.ID)
		if err != nil {
			c.k.showError(err)
			return
		}
		for _, ch := range list {
			c.channels[ch.ID] = ch
		}
	}
}

// colorOf is a chip's colour: its first channel's platform, or its client's.
func (c *calendarScreen) colorOf(p model.Post) color.NRGBA {
	for _, id := range p.ChannelIDs {
		if ch, ok := c.channels[id]; ok {
			return parseHex(ch.Platform.Info().Color)
		}
	}
	if cl, ok := c.clients[p.ClientID]; ok {
		return parseHex(cl.Color)
	}
	return parseHex("")
}

// setView switches to view v and shows its range.
func (c *calendarScreen) setView(v string) {
	c.showView(v)
	c.refresh()
	if v == viewWeek {
		c.week.scrollToMorning()
	}
}

// showView puts view v's widgets in place without loading posts.
func (c *calendarScreen) showView(v string) {
	c.view = v
	for name, b := range c.views {
		b.Importance = widget.MediumImportance
		if name == v {
			b.Importance = widget.HighImportance
		}
		b.Refresh()
	}
	var o fyne.CanvasObject
	switch v {
	case viewWeek:
		if c.week == nil { // built on first use: most sessions never open it
			c.week = newWeekView(c, c.colorOf, c.newPostOn, c.showDay)
		}
		o = c.week.object()
	case viewAgenda:
		o = c.agenda.object()
	default:
		o = c.month.object()
	}
	c.body.Objects = []fyne.CanvasObject{o}
	c.body.Refresh()
	// The agenda always starts today: paging does not apply to it.
	for _, b := range []*widget.Button{c.prev, c.next} {
		if v == viewAgenda {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// shift moves one month or week back (-1) or forward (+1).
func (c *calendarScreen) shift(n int) {
	if c.view == viewAgenda {
		return
	}
	if c.view == viewWeek {
		c.anchor = c.anchor.AddDays(7 * n)
	} else {
		c.anchor = model.AddMonths(c.anchor, n)
	}
	c.refresh()
}

func (c *calendarScreen) goToday() { c.jumpTo(model.DateOf(c.k.now())) }

// jumpTo shows the month or week of d.
func (c *calendarScreen) jumpTo(d model.Date) {
	c.anchor = d
	if c.view == viewAgenda {
		c.setView(viewMonth)
		return
	}
	c.refresh()
}

// clientSwitched forgets what belonged to the previous client: its undo
// steps and its channel filter. The caller redraws the screen afterwards.
func (c *calendarScreen) clientSwitched() {
	c.history.clear()
	c.useFilter(model.PostFilter{}, false)
	c.say("")
}

// say shows a short message in the status line under the calendar.
func (c *calendarScreen) say(msg string) { c.status.SetText(msg) }

// weekStartSetting is the user's choice of the week's first day, or the
// system locale's custom when they made none.
func weekStartSetting(k *Kairos) time.Weekday {
	switch v, _ := k.store.Setting(settingWeekStart); v {
	case "sunday":
		return time.Sunday
	case "monday":
		return time.Monday
	}
	return model.WeekStartFor(regionLocale())
}
