package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/contest"
	"kairos/storage"
)

const emptyContests = "No contests yet. A giveaway planned here gets the rules its platforms and countries call for, " +
	"posts for its key dates, and a winner draw anyone can check."

// contestsScreen lists the current client's contests; the chosen one shows
// its checklist, its key-date posts with rule warnings, and its draws.
type contestsScreen struct {
	k         *Kairos
	list      *fyne.Container
	detail    *fyne.Container // the chosen contest's facts and progress
	checklist *fyne.Container
	posts     *fyne.Container
	tabs      *container.AppTabs
	drawTab   *container.TabItem // shown for contests won by chance
	progress  *widget.ProgressBar
	draw      *drawPanel
	box       fyne.CanvasObject

	items    []contest.Contest
	selected int64
	shownID  int64             // the contest the detail shows; a new one drops old notices
	titles   map[string]string // template set -> title

	notice  *widget.Label // what just happened, such as posts that moved
	form    *contestForm  // the form opened last, for tests
	ownText *widget.Entry
	ownReq  *widget.Check
}

func newContests(k *Kairos) *contestsScreen {
	s := &contestsScreen{k: k, list: container.NewVBox(), detail: container.NewVBox(), checklist: container.NewVBox(),
		posts: container.NewVBox(), titles: map[string]string{contest.Own: lang.L("Your own items")}}
	if templates, err := contest.Builtin(); err == nil {
		for _, t := range templates {
			s.titles[t.Set] = dataText(checklistSetKey(t.Set), t.Title)
		}
	}
	s.progress = widget.NewProgressBar()
	s.notice = widget.NewLabel("")
	s.notice.Importance = widget.SuccessImportance
	s.notice.Wrapping = fyne.TextWrapWord
	s.notice.Hide()
	s.draw = newDrawPanel(s)
	s.ownText = widget.NewEntry()
	s.ownText.SetPlaceHolder(lang.L("Add your own item, e.g. Order the prizes"))
	s.ownReq = widget.NewCheck(lang.L("Required"), nil)
	add := widget.NewButtonWithIcon(lang.L("New contest"), theme.ContentAddIcon(), func() {
		if c, ok := k.currentClient(); ok {
			s.edit(s.blank(c))
		}
	})
	add.Importance = widget.HighImportance
	title := widget.NewLabelWithStyle(lang.L("Contests"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	left := container.NewBorder(container.NewVBox(title, add), nil, nil, nil, container.NewVScroll(s.list))
	// Each part scrolls on its own, so a long checklist never hides the
	// posts or the draw.
	s.drawTab = container.NewTabItem(lang.L("Winner draw"), container.NewVScroll(s.draw.object()))
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Checklist"), container.NewVScroll(s.checklist)),
		container.NewTabItem(lang.L("Key dates and posts"), container.NewVScroll(s.posts)),
		s.drawTab,
	)
	split := container.NewHSplit(left, container.NewBorder(s.detail, nil, nil, nil, s.tabs))
	split.Offset = 0.28
	s.box = split
	return s
}

func (s *contestsScreen) object() fyne.CanvasObject { return s.box }

// blank is a new contest with the client's usual choices: its zone and
// country, every channel, a week from tomorrow at 10:00.
func (s *contestsScreen) blank(cl model.Client) contest.Contest {
	loc := cl.Location()
	now := s.k.now().In(loc)
	start := time.Date(now.Year(), now.Month(), now.Day()+1, 10, 0, 0, 0, loc)
	c := contest.Contest{ClientID: cl.ID, Kind: contest.Chance, Zone: cl.TimeZone, Start: start,
		End: time.Date(start.Year(), start.Month(), start.Day()+7, 23, 59, 0, 0, loc), Regions: []string{cl.Country},
		MinAge: 18, Prize: contest.Prize{Quantity: 1}, SponsorName: cl.Name}
	if chs, err := s.k.store.Channels(cl.ID); err == nil {
		for _, ch := range chs {
			c.ChannelIDs = append(c.ChannelIDs, ch.ID)
		}
	}
	return c
}

func (s *contestsScreen) refresh() {
	s.items = nil
	if c, ok := s.k.currentClient(); ok {
		list, err := s.k.store.Contests(c.ID)
		if err != nil {
			s.k.showError(err)
		}
		s.items = list
	}
	if _, ok := s.current(); !ok {
		s.selected = 0
		if len(s.items) > 0 {
			s.selected = s.items[0].ID
		}
	}
	s.showList()
	s.showDetail()
}

func (s *contestsScreen) current() (contest.Contest, bool) {
	for _, c := range s.items {
		if c.ID == s.selected {
			return c, true
		}
	}
	return contest.Contest{}, false
}

func (s *contestsScreen) showList() {
	s.list.RemoveAll()
	if len(s.items) == 0 {
		s.list.Add(wrappedLabel(lang.L(emptyContests)))
		return
	}
	for _, c := range s.items {
		c := c
		pick := widget.NewButton(c.Name, func() {
			s.selected = c.ID
			s.showList()
			s.showDetail()
		})
		pick.Alignment = widget.ButtonAlignLeading
		if c.ID == s.selected {
			pick.Importance = widget.HighImportance
		}
		when := widget.NewLabel(lang.L("{{.Status}} · starts {{.Date}}",
			map[string]any{"Status": contestBadge(c), "Date": shortDate(model.DateOf(c.Start.In(c.Location())))}))
		when.SizeName = theme.SizeNameCaptionText
		s.list.Add(container.NewVBox(pick, when))
	}
}

func contestBadge(c contest.Contest) string {
	if c.Status == contest.Ready {
		return lang.L("Ready to launch")
	}
	return lang.L("Planning")
}

// say shows a confirmation under the contest's facts until the next one.
func (s *contestsScreen) say(text string) {
	s.notice.SetText(text)
	s.notice.Show()
}

func (s *contestsScreen) showDetail() {
	s.detail.RemoveAll()
	s.checklist.RemoveAll()
	s.posts.RemoveAll()
	c, ok := s.current()
	if c.ID != s.shownID {
		s.shownID = c.ID
		s.notice.Hide()
		s.ownText.SetText("")
		s.ownReq.SetChecked(false)
	}
	if !ok {
		s.tabs.Hide()
		return
	}
	s.tabs.Show()
	del := widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), func() { s.remove(c) })
	del.Importance = widget.DangerImportance
	s.detail.Add(container.NewBorder(nil, nil, nil,
		container.NewHBox(widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), func() { s.edit(c) }), del),
		heading(c.Name)))
	s.detail.Add(wrappedLabel(s.describe(c)))
	s.detail.Add(s.notice)
	s.showChecklist(c)
	s.showKeyPosts(c)
	s.showDrawTab(c.Kind != contest.Skill)
	s.draw.show(c)
}

// showDrawTab offers the winner draw for contests won by chance only: a
// judged contest's winners come from its published criteria.
func (s *contestsScreen) showDrawTab(show bool) {
	has := slices.Contains(s.tabs.Items, s.drawTab)
	switch {
	case show && !has:
		s.tabs.Append(s.drawTab)
	case !show && has:
		s.tabs.Remove(s.drawTab)
	}
}

// describe is the contest's facts in a few lines.
func (s *contestsScreen) describe(c contest.Contest) string {
	loc := c.Location()
	var channels []string
	if chs, err := s.k.store.Channels(c.ClientID); err == nil {
		for _, ch := range chs {
			for _, id := range c.ChannelIDs {
				if ch.ID == id {
					channels = append(channels, ch.Label())
				}
			}
		}
	}
	stamp := func(t time.Time) string {
		t = t.In(loc)
		return weekdayAbbr(t.Weekday()) + " " + dateTime(t) + " " + t.Format("MST")
	}
	prize := map[string]any{"Quantity": c.Prize.Quantity, "Prize": c.Prize.Description,
		"Value": formatMoney(c.Prize.Value), "Currency": c.Prize.Currency}
	lines := []string{
		lang.L("{{.Kind}} on {{.Channels}}", map[string]any{"Kind": contestKindName(c.Kind), "Channels": strings.Join(channels, ", ")}),
		lang.L("{{.Start}} to {{.End}} ({{.Zone}})", map[string]any{"Start": stamp(c.Start), "End": stamp(c.End), "Zone": c.Zone}),
		lang.L("Prize: {{.Quantity}} × {{.Prize}}", prize),
		ageLimit(strings.Join(c.Regions, ", "), c.MinAge),
		lang.L("Sponsor: {{.Sponsor}}, {{.Address}}", map[string]any{"Sponsor": c.SponsorName,
			"Address": strings.ReplaceAll(c.SponsorAddress, "\n", ", ")}),
	}
	if c.Prize.Value > 0 {
		lines[2] = lang.L("Prize: {{.Quantity}} × {{.Prize}} ({{.Value}} {{.Currency}} each)", prize)
	}
	if c.RulesLink != "" {
		lines = append(lines, lang.L("Rules: {{.Link}}", map[string]any{"Link": c.RulesLink}))
	} else {
		lines = append(lines, lang.L("Rules: no link yet"))
	}
	return strings.Join(lines, "\n")
}

// ageLimit says who may enter: the regions, and the age when there is one.
func ageLimit(regions string, min int) string {
	if min <= 0 {
		return lang.L("Open to {{.Regions}}, any age", map[string]any{"Regions": regions})
	}
	return lang.L("Open to {{.Regions}}, aged {{.Age}} or over", map[string]any{"Regions": regions, "Age": min})
}

func (s *contestsScreen) showChecklist(c contest.Contest) {
	items, err := s.k.store.Checklist(c.ID)
	if err != nil {
		s.k.showError(err)
		return
	}
	settled, total := contest.Progress(items)
	s.progress.SetValue(0)
	if total > 0 {
		s.progress.SetValue(float64(settled) / float64(total))
	}
	s.progress.TextFormatter = func() string {
		return lang.L("{{.Settled}} of {{.Total}} settled", map[string]any{"Settled": settled, "Total": total})
	}
	s.progress.Refresh()
	launch := widget.NewButtonWithIcon(lang.L("Ready to launch"), theme.ConfirmIcon(), func() { s.markReady(c) })
	status := widget.NewLabel("")
	if c.Status == contest.Ready {
		launch.Disable()
		status.SetText(lang.L("Ready to launch"))
		status.Importance = widget.SuccessImportance
	} else if missing := len(contest.Missing(items)); missing > 0 {
		status.SetText(lang.N("{{.Count}} required items open", missing, count(missing)))
		status.Importance = widget.WarningImportance
	}
	s.detail.Add(container.NewBorder(nil, nil, heading(lang.L("Progress")), container.NewHBox(status, launch), s.progress))
	set := ""
	for _, it := range items {
		if it.Set != set {
			set = it.Set
			title := s.titles[set]
			if title == "" {
				title = set
			}
			sub := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
			s.checklist.Add(sub)
		}
		s.checklist.Add(s.itemRow(it))
	}
	add := widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), func() { s.addOwn(c) })
	s.checklist.Add(container.NewBorder(nil, nil, nil, container.NewHBox(s.ownReq, add), s.ownText))
}

// itemRow is one checklist line: the tick, the text and why it matters,
// and Waive… / Open again (template items) or Remove (own items).
func (s *contestsScreen) itemRow(it contest.Item) fyne.CanvasObject {
	tick := widget.NewCheck("", nil)
	tick.SetChecked(it.Done)
	tick.OnChanged = func(done bool) { s.change(s.k.store.SetItemDone(it.ID, done)) }
	text := itemText(it)
	if it.Required {
		text += " " + lang.L("(required)")
	}
	label := wrappedLabel(text)
	lines := container.NewVBox(label)
	if text := itemWhy(it); text != "" {
		why := wrappedLabel(text)
		why.SizeName = theme.SizeNameCaptionText
		why.TextStyle.Italic = true
		lines.Add(why)
	}
	var action *widget.Button
	switch {
	case it.Waived:
		label.TextStyle.Italic = true
		w := wrappedLabel(lang.L("Waived: {{.Reason}}", map[string]any{"Reason": it.WaiveReason}))
		w.Importance = widget.WarningImportance
		lines.Add(w)
		action = widget.NewButton(lang.L("Open again"), func() { s.change(s.k.store.UnwaiveItem(it.ID)) })
	case it.Set == contest.Own:
		action = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { s.afterChange(s.k.store.DeleteOwnItem(it.ID)) })
	case !it.Done:
		action = widget.NewButton(lang.L("Waive…"), func() { s.askWaiver(it) })
	}
	// Tick and button sit at the top of a long item, beside its first line.
	var right fyne.CanvasObject
	if action != nil {
		right = container.NewVBox(action)
	}
	return container.NewBorder(nil, nil, container.NewVBox(tick), right, lines)
}

func (s *contestsScreen) change(_ contest.Item, err error) { s.afterChange(err) }

// afterChange shows an error or redraws the contest from storage.
func (s *contestsScreen) afterChange(err error) {
	s.notice.Hide()
	if err != nil {
		s.k.showError(err)
	}
	s.refresh()
}

func (s *contestsScreen) addOwn(c contest.Contest) {
	if _, err := s.k.store.AddOwnItem(c.ID, s.ownText.Text, s.ownReq.Checked); err != nil {
		s.k.showError(err)
		return
	}
	s.ownText.SetText("")
	s.ownReq.SetChecked(false)
	s.refresh()
}

// askWaiver asks why the item does not apply; no reason, no waiver.
func (s *contestsScreen) askWaiver(it contest.Item) {
	reason := widget.NewMultiLineEntry()
	reason.SetPlaceHolder(lang.L("Why this rule does not apply to this contest"))
	reason.SetMinRowsVisible(3)
	reason.Wrapping = fyne.TextWrapWord
	problems := newProblemLabel()
	content := container.NewVBox(wrappedLabel(itemText(it)), reason, problems.Label)
	showFormDialog(s.k.win, lang.L("Waive checklist item"), lang.L("Waive"), content, func() error {
		_, err := s.k.store.WaiveItem(it.ID, reason.Text)
		if err == nil {
			s.refresh()
		}
		return err
	}, problems.show)
}

func (s *contestsScreen) markReady(c contest.Contest) {
	s.afterChange(s.k.store.MarkReady(c.ID))
}

// edit opens the contest in a form; a new one has ID 0.
func (s *contestsScreen) edit(c contest.Contest) *contestForm {
	channels, err := s.k.store.Channels(c.ClientID)
	if err != nil {
		s.k.showError(err)
		return nil
	}
	f := newContestForm(c, channels)
	s.form = f
	title, confirm := lang.L("Edit contest"), lang.L("Save contest")
	if c.ID == 0 {
		title, confirm = lang.L("New contest"), lang.L("Create contest")
	}
	// The problems sit under the scrolling form, beside the buttons.
	content := container.NewBorder(nil, f.problems.Label, nil, nil, container.NewVScroll(f.object()))
	d := showFormDialog(s.k.win, title, confirm, content, func() error {
		return s.save(f)
	}, f.problems.show)
	d.Resize(fyne.NewSize(680, 640))
	return f
}

// save stores the form's contest; moved key-date posts are reported.
func (s *contestsScreen) save(f *contestForm) error {
	c, err := f.read()
	if err != nil {
		return err
	}
	if c.ID == 0 {
		if err := s.k.store.CreateContest(&c, f.keyPosts.Checked); err != nil {
			return err
		}
		s.selected = c.ID
		s.refresh()
		return nil
	}
	moved, err := s.k.store.UpdateContest(&c)
	if err != nil {
		return err
	}
	s.refresh()
	if len(moved) > 0 {
		s.say(lang.N("{{.Count}} posts moved with the contest's dates.", len(moved), count(len(moved))))
	}
	return nil
}

func (s *contestsScreen) remove(c contest.Contest) {
	msg := lang.L("Delete “{{.Contest}}” with its checklist and any recorded winner draws? Its posts stay on the calendar "+
		"as ordinary posts. Export the draw certificates first if you need them. This cannot be undone.", map[string]any{"Contest": c.Name})
	confirmDestructive(s.k.win, lang.L("Delete contest"), msg, lang.L("Delete"), func() {
		s.afterChange(s.k.store.DeleteContest(c.ID))
	})
}

// showKeyPosts lists the contest's posts with their rule warnings.
func (s *contestsScreen) showKeyPosts(c contest.Contest) {
	posts, err := s.k.store.ContestPosts(c.ID)
	if err != nil {
		s.k.showError(err)
		return
	}
	warnings, err := s.k.store.ContestWarnings(c)
	if err != nil {
		s.k.showError(err)
	}
	s.posts.Add(wrappedLabel(lang.L("These posts are on the calendar and move when the contest's dates change. " +
		"Each is checked against the contest's rules.")))
	have := map[contest.KeyKind]bool{}
	for _, kp := range posts {
		have[kp.Kind] = true
		s.posts.Add(s.keyPostRow(kp, warnings[kp.Post.ID]))
	}
	if len(posts) == 0 {
		s.posts.Add(widget.NewLabel(lang.L("No posts yet for this contest's key dates.")))
	}
	plan := container.NewHBox()
	for _, k := range contest.KeyDates(c) {
		if have[k.Kind] {
			continue
		}
		kind := k.Kind
		plan.Add(widget.NewButtonWithIcon(planKeyPost(kind), theme.ContentAddIcon(), func() {
			_, err := s.k.store.AddKeyPost(c.ID, kind)
			s.afterChange(err)
		}))
	}
	if len(plan.Objects) > 0 {
		s.posts.Add(plan)
	}
}

func (s *contestsScreen) keyPostRow(kp storage.KeyPost, warnings []contest.Warning) fyne.CanvasObject {
	p := kp.Post
	when := lang.L("no date")
	if !p.Date.IsZero() {
		when = shortDate(p.Date)
		if p.Time.Valid() {
			when += " " + p.Time.String()
		}
	}
	line := widget.NewLabel(fmt.Sprintf("%s · %s · %s · %s", keyKindName(kp.Kind), when, statusName(p.Status), p.Summary(40)))
	line.Truncation = fyne.TextTruncateEllipsis
	open := widget.NewButton(lang.L("Open"), func() { showPostEditor(s.k, p, s.refresh) })
	box := container.NewVBox(container.NewBorder(nil, nil, nil, open, line))
	for _, w := range warnings {
		l := wrappedLabel("⚠ " + tr(w.Message))
		l.Importance = widget.DangerImportance
		box.Add(l)
	}
	return box
}

// itemText is a checklist item's text: a template item's in the
// interface's language, the user's own as typed.
func itemText(it contest.Item) string {
	if it.Key == "" {
		return it.Text
	}
	return dataText(checklistKey(it.Key, "text"), it.Text)
}

// itemWhy is why a template item matters, in the interface's language.
func itemWhy(it contest.Item) string {
	if it.Key == "" {
		return it.Why
	}
	return dataText(checklistKey(it.Key, "why"), it.Why)
}

// showNotReady lists the open required items in a dialog that scrolls:
// a contest on several platforms and regions can have thirty of them.
func (k *Kairos) showNotReady(nr contest.NotReady) {
	list := container.NewVBox(wrappedLabel(lang.N("{{.Count}} required items must be ticked or waived first:",
		len(nr.Missing), count(len(nr.Missing)))))
	for _, it := range nr.Missing {
		list.Add(wrappedLabel("• " + itemText(it)))
	}
	d := dialog.NewCustom(lang.L("Not ready to launch yet"), lang.L("Close"), container.NewVScroll(list), k.win)
	d.Resize(fyne.NewSize(620, min(560, k.win.Canvas().Size().Height-40)))
	d.Show()
}
