package ui

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/consent"
	"kairos/storage"
)

const emptyTestimonials = "No testimonials yet. Add one when a customer says something worth sharing; Kairos keeps their permission with it."

// The status filter's choices (lang.L names them).
const (
	filterAll       = "All"
	filterGranted   = "Granted"
	filterRequested = "Requested"
	filterEnded     = "Withdrawn/expired"
	filterNone      = "Not requested"
)

// testimonialsScreen lists the current client's testimonials with the
// permission each person gave, and manages that permission.
type testimonialsScreen struct {
	k         *Kairos
	filter    *widget.Select
	add       *widget.Button
	list      *fyne.Container
	expiring  *fyne.Container
	attention *attentionList
	detail    *fyne.Container
	notice    *widget.Label // confirmations such as "Copied to the clipboard."
	box       fyne.CanvasObject

	items    []consent.Testimonial
	consents map[int64][]consent.Consent // by testimonial, oldest first
	selected int64                       // the testimonial shown on the right
	history  int64                       // the consent whose history is shown

	tForm *testimonialForm // the forms opened last: lets tests reach their fields
	cForm *consentForm
	wForm *withdrawForm
}

func newTestimonials(k *Kairos) *testimonialsScreen {
	s := &testimonialsScreen{k: k, list: container.NewVBox(), expiring: container.NewVBox(), attention: newAttentionList(k),
		detail: container.NewVBox(), notice: widget.NewLabel("")}
	s.filter = widget.NewSelect([]string{lang.L(filterAll), lang.L(filterGranted), lang.L(filterRequested), lang.L(filterEnded), lang.L(filterNone)},
		func(string) { s.showList() })
	s.filter.SetSelected(lang.L(filterAll))
	s.add = widget.NewButtonWithIcon(lang.L("Add testimonial"), theme.ContentAddIcon(), func() {
		if c, ok := k.currentClient(); ok {
			s.edit(consent.Testimonial{ClientID: c.ID})
		}
	})
	s.add.Importance = widget.HighImportance
	s.notice.Importance = widget.SuccessImportance
	s.notice.Hide()
	title := widget.NewLabelWithStyle(lang.L("Testimonials"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	left := container.NewBorder(
		container.NewVBox(title, container.NewBorder(nil, nil, widget.NewLabel(lang.L("Show")), nil, s.filter), s.add),
		container.NewVBox(widget.NewSeparator(),
			widget.NewLabelWithStyle(lang.L("Needs attention"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			s.attention.object(),
			widget.NewLabelWithStyle(lang.L("Expiring within 30 days"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			s.expiring),
		nil, nil, container.NewVScroll(s.list))
	split := container.NewHSplit(left, container.NewVScroll(s.detail))
	split.Offset = 0.35
	s.box = split
	return s
}

func (s *testimonialsScreen) object() fyne.CanvasObject { return s.box }

func (s *testimonialsScreen) today() model.Date { return model.DateOf(s.k.now()) }

func (s *testimonialsScreen) refresh() {
	s.items, s.consents = nil, map[int64][]consent.Consent{}
	if c, ok := s.k.currentClient(); ok {
		list, err := s.k.store.Testimonials(c.ID)
		if err != nil {
			s.k.showError(err)
		}
		s.items = list
		for _, t := range list {
			cs, err := s.k.store.Consents(t.ID)
			if err != nil {
				s.k.showError(err)
			}
			s.consents[t.ID] = cs
		}
	}
	if _, ok := s.current(); !ok {
		s.selected, s.history = 0, 0
		if len(s.items) > 0 {
			s.selected = s.items[0].ID
		}
	}
	s.showList()
	s.showExpiring()
	s.attention.refresh()
	s.showDetail()
}

func (s *testimonialsScreen) current() (consent.Testimonial, bool) {
	for _, t := range s.items {
		if t.ID == s.selected {
			return t, true
		}
	}
	return consent.Testimonial{}, false
}

// newest is the testimonial's latest consent record.
func (s *testimonialsScreen) newest(id int64) (consent.Consent, bool) {
	cs := s.consents[id]
	if len(cs) == 0 {
		return consent.Consent{}, false
	}
	return cs[len(cs)-1], true
}

// badge says where the newest permission stands today.
func (s *testimonialsScreen) badge(id int64) string {
	c, ok := s.newest(id)
	if !ok {
		return statusLabel(consent.NotRequested)
	}
	st := c.StatusOn(s.today())
	if st == consent.Granted && !c.Expires.IsZero() {
		return lang.L("Granted until {{.Date}}", map[string]any{"Date": shortDate(c.Expires.AddDays(-1))})
	}
	return statusLabel(st)
}

func (s *testimonialsScreen) matches(id int64) bool {
	st := consent.NotRequested
	if c, ok := s.newest(id); ok {
		st = c.StatusOn(s.today())
	}
	switch s.filter.Selected {
	case lang.L(filterGranted):
		return st == consent.Granted
	case lang.L(filterRequested):
		return st == consent.Requested
	case lang.L(filterEnded):
		return st == consent.Withdrawn || st == consent.Expired || st == consent.Declined
	case lang.L(filterNone):
		return st == consent.NotRequested
	}
	return true
}

func (s *testimonialsScreen) showList() {
	if s.list == nil || s.consents == nil {
		return
	}
	s.list.RemoveAll()
	if len(s.items) == 0 {
		empty := widget.NewLabel(lang.L(emptyTestimonials))
		empty.Wrapping = fyne.TextWrapWord
		s.list.Add(empty)
		return
	}
	shown := 0
	for _, t := range s.items {
		if !s.matches(t.ID) {
			continue
		}
		t := t
		pick := widget.NewButton(t.Person.Name, func() {
			s.selected, s.history = t.ID, 0
			s.showList()
			s.showDetail()
		})
		pick.Alignment = widget.ButtonAlignLeading
		if t.ID == s.selected {
			pick.Importance = widget.HighImportance
		}
		badge := widget.NewLabel(s.badge(t.ID))
		badge.Importance = widget.LowImportance
		s.list.Add(container.NewBorder(nil, nil, nil, badge, pick))
		shown++
	}
	if shown == 0 {
		s.list.Add(widget.NewLabel(lang.L("No testimonial has that status.")))
	}
}

func (s *testimonialsScreen) showExpiring() {
	s.expiring.RemoveAll()
	var all []consent.Consent
	names := map[int64]string{}
	for _, t := range s.items {
		names[t.ID] = t.Person.Name
		all = append(all, s.consents[t.ID]...)
	}
	soon := consent.ExpiringWithin(all, s.today(), 30)
	if len(soon) == 0 {
		s.expiring.Add(widget.NewLabel(lang.L("None")))
	}
	for _, c := range soon {
		s.expiring.Add(widget.NewLabel(lang.L("{{.Name}} · last day {{.Date}}",
			map[string]any{"Name": names[c.TestimonialID], "Date": shortDate(c.Expires.AddDays(-1))})))
	}
}

func (s *testimonialsScreen) showDetail() {
	s.detail.RemoveAll()
	t, ok := s.current()
	if !ok {
		return
	}
	s.detail.Add(container.NewBorder(nil, nil, nil,
		widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), func() { s.edit(t) }),
		widget.NewLabelWithStyle(t.Person.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})))
	s.detail.Add(wrappedLabel(summary(t)))

	s.detail.Add(widget.NewSeparator())
	s.detail.Add(container.NewBorder(nil, nil, nil,
		widget.NewButtonWithIcon(lang.L("Record permission…"), theme.ContentAddIcon(), func() {
			s.recordConsent(consent.Consent{TestimonialID: t.ID, Status: consent.Granted, Granted: s.today()})
		}), heading(lang.L("Permission records"))))
	cs := s.consents[t.ID]
	if len(cs) == 0 {
		s.detail.Add(widget.NewLabel(lang.L("No permission recorded yet: copy the request message and send it.")))
	}
	if s.history == 0 && len(cs) > 0 {
		s.history = cs[len(cs)-1].ID
	}
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		buttons := container.NewHBox(widget.NewButton(lang.L("History"), func() {
			s.history = c.ID
			s.showDetail()
		}))
		if c.StatusOn(s.today()) == consent.Granted {
			buttons.Add(widget.NewButton(lang.L("Withdraw…"), func() { s.withdraw(c) }))
		}
		s.detail.Add(container.NewBorder(nil, nil, nil, buttons, wrappedLabel(consentSummary(c, s.today()))))
	}
	if s.history != 0 {
		s.detail.Add(heading(lang.L("History of record #{{.ID}}", map[string]any{"ID": s.history})))
		entries, err := s.k.store.ConsentHistory(s.history)
		if err != nil {
			s.k.showError(err)
		}
		for _, e := range entries {
			s.detail.Add(widget.NewLabel(dateTime(e.At.Local()) + " · " + statusLabel(e.State.Status)))
		}
	}

	s.detail.Add(widget.NewSeparator())
	s.detail.Add(heading(lang.L("Posts that quote it")))
	posts, err := s.k.store.PostsUsingTestimonial(t.ID)
	if err != nil {
		s.k.showError(err)
	}
	if len(posts) == 0 {
		s.detail.Add(widget.NewLabel(lang.L("None")))
	}
	for _, p := range posts {
		when := lang.L("no date")
		if !p.Date.IsZero() {
			when = shortDate(p.Date)
		}
		l := widget.NewLabel(fmt.Sprintf("%s · %s · %s", when, statusName(p.Status), p.Summary(50)))
		l.Truncation = fyne.TextTruncateEllipsis
		s.detail.Add(l)
	}

	s.detail.Add(widget.NewSeparator())
	erase := widget.NewButtonWithIcon(lang.L("Erase person…"), theme.DeleteIcon(), func() { s.erase(t, len(posts)) })
	erase.Importance = widget.DangerImportance
	s.detail.Add(container.NewHBox(
		widget.NewButtonWithIcon(lang.L("Copy request message"), theme.ContentCopyIcon(), func() { s.copyRequest(t) }),
		widget.NewButtonWithIcon(lang.L("Export data…"), theme.DocumentSaveIcon(), func() { s.askExport(t) }),
		erase))
	s.detail.Add(s.notice)
}

// summary lists what is known about the testimonial, one fact a line.
func summary(t consent.Testimonial) string {
	var lines []string
	add := func(label, value string) {
		if value != "" {
			lines = append(lines, label+": "+value)
		}
	}
	add(lang.L("Contact"), t.Person.Contact)
	if t.Person.Minor {
		add(lang.L("Minor"), lang.L("yes; guardian {{.Guardian}}", map[string]any{"Guardian": t.Person.Guardian}))
	}
	add(lang.L("Original"), t.Original)
	if t.OriginalFile != "" {
		add(lang.L("Original file"), t.OriginalFile+" (SHA-256 "+shortHash(t.OriginalSHA256)+")")
	}
	add(lang.L("Approved version"), t.Approved)
	add(lang.L("Edits allowed"), yesNo(t.EditsAllowed))
	add(lang.L("Translation allowed"), yesNo(t.TranslationAllowed))
	add(lang.L("Product"), t.Product)
	add(lang.L("Source"), t.Source)
	add(lang.L("Incentive"), t.Incentive)
	add(lang.L("Disclosure"), t.Disclosure)
	var flags []string
	if t.Insider {
		flags = append(flags, lang.L("insider"))
	}
	if t.SpecialCategory {
		flags = append(flags, lang.L("health or sensitive data"))
	}
	if t.ResultsClaim {
		flags = append(flags, lang.L("results claim"))
	}
	add(lang.L("Take care"), strings.Join(flags, ", "))
	return strings.Join(lines, "\n")
}

// consentSummary describes one permission record.
func consentSummary(c consent.Consent, today model.Date) string {
	parts := []string{statusLabel(c.StatusOn(today))}
	var scope []string
	for i, n := range nameKeys {
		if n == c.Permissions.Name {
			scope = append(scope, nameLabels()[i])
		}
	}
	for _, e := range []struct {
		ok   bool
		what string
	}{{c.Permissions.Photo, lang.L("photo")}, {c.Permissions.VideoVoice, lang.L("video or voice")},
		{c.Permissions.TitleCompany, lang.L("title or company")}, {c.Permissions.LinkProfile, lang.L("profile link")}} {
		if e.ok {
			scope = append(scope, e.what)
		}
	}
	if len(scope) > 0 {
		parts = append(parts, strings.Join(scope, ", "))
	}
	var where []string
	for _, pl := range c.Platforms {
		where = append(where, pl.Name())
	}
	for _, pu := range c.Purposes {
		where = append(where, purposeName(pu))
	}
	if len(where) > 0 {
		parts = append(parts, strings.Join(where, ", "))
	}
	if !c.Granted.IsZero() {
		parts = append(parts, lang.L("granted {{.Date}}", map[string]any{"Date": shortDate(c.Granted)}))
	}
	if !c.Expires.IsZero() {
		parts = append(parts, lang.L("expires {{.Date}}", map[string]any{"Date": shortDate(c.Expires)}))
	}
	if !c.WithdrawnOn.IsZero() {
		parts = append(parts, lang.L("withdrawn {{.Date}} by {{.Channel}}", map[string]any{"Date": shortDate(c.WithdrawnOn), "Channel": c.WithdrawalChannel}))
	}
	if c.Method != "" {
		parts = append(parts, lang.L("by {{.Method}}", map[string]any{"Method": c.Method}))
	}
	return strings.Join(parts, " · ")
}

func yesNo(b bool) string {
	if b {
		return lang.L("yes")
	}
	return lang.L("no")
}

// edit opens the testimonial in a form; a new one has ID 0.
func (s *testimonialsScreen) edit(t consent.Testimonial) *testimonialForm {
	f := newTestimonialForm(s.k, t)
	title, confirm := lang.L("Edit testimonial"), lang.L("Save testimonial")
	if t.ID == 0 {
		title, confirm = lang.L("New testimonial"), lang.L("Add testimonial")
	}
	showFormDialog(s.k.win, title, confirm, f.object(), func() error {
		got := f.read()
		if err := s.k.store.SaveTestimonial(&got); err != nil {
			return err
		}
		s.selected = got.ID
		s.refresh()
		return nil
	}, f.problems.show)
	s.tForm = f
	return f
}

// recordConsent opens a new permission record in a form.
func (s *testimonialsScreen) recordConsent(c consent.Consent) *consentForm {
	f := newConsentForm(s.k, c)
	showFormDialog(s.k.win, lang.L("Record permission"), lang.L("Save permission"), f.object(), func() error {
		got, err := f.read()
		if err != nil {
			return err
		}
		if err := s.k.store.SaveConsent(&got); err != nil {
			return err
		}
		s.history = got.ID
		s.refresh()
		return nil
	}, f.problems.show)
	s.cForm = f
	return f
}

// withdraw asks when and how, then records the withdrawal; the consent's
// history keeps the earlier state.
func (s *testimonialsScreen) withdraw(c consent.Consent) *withdrawForm {
	f := newWithdrawForm(s.today().Time())
	showFormDialog(s.k.win, lang.L("Withdraw permission"), lang.L("Withdraw"), f.object(), func() error {
		on, err := readDate(f.date, lang.L("Withdrawn on"))
		if err != nil {
			return err
		}
		got := c
		got.Status, got.WithdrawnOn, got.WithdrawalChannel = consent.Withdrawn, on, f.channel.Text
		if err := s.k.store.SaveConsent(&got); err != nil {
			return err
		}
		s.history = got.ID
		s.refresh()
		return nil
	}, f.problems.show)
	s.wForm = f
	return f
}

func (s *testimonialsScreen) say(text string) {
	s.notice.SetText(text)
	s.notice.Show()
}

func (s *testimonialsScreen) copyRequest(t consent.Testimonial) {
	business := ""
	if c, ok := s.k.currentClient(); ok {
		business = c.Name
	}
	c, _ := s.newest(t.ID)
	s.k.app.Clipboard().SetContent(consent.RequestMessage(t, c, business).Render(trLetter))
	s.say(lang.L("Copied to the clipboard."))
}

// exportData is everything Kairos holds about one person.
type exportData struct {
	Testimonial consent.Testimonial
	Consents    []consent.Consent
	History     map[int64][]storage.HistoryEntry // by consent ID
}

func (s *testimonialsScreen) askExport(t consent.Testimonial) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			s.k.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		err = s.export(t, w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			s.k.showError(err)
			return
		}
		s.say(lang.L("Exported to {{.Path}}.", map[string]any{"Path": w.URI().Path()}))
	}, s.k.win)
	name := safeFileName(t.Person.Name)
	if name == "" {
		name = "testimonial"
	}
	d.SetFileName(name + ".json")
	d.Show()
}

// export writes the testimonial, its consents and their history as JSON.
func (s *testimonialsScreen) export(t consent.Testimonial, w io.Writer) error {
	cs, err := s.k.store.Consents(t.ID)
	if err != nil {
		return err
	}
	data := exportData{Testimonial: t, Consents: cs, History: map[int64][]storage.HistoryEntry{}}
	for _, c := range cs {
		if data.History[c.ID], err = s.k.store.ConsentHistory(c.ID); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(data)
}

func (s *testimonialsScreen) erase(t consent.Testimonial, posts int) {
	msg := lang.L("Erase {{.Name}}, their words and every permission record? This cannot be undone.", map[string]any{"Name": t.Person.Name})
	if posts > 0 {
		msg += "\n\n" + lang.N("{{.Count}} posts quote this testimonial: those posts stay, flagged.", posts, count(posts))
	}
	confirmDestructive(s.k.win, lang.L("Erase person"), msg, lang.L("Erase"), func() {
		files, err := s.k.store.EraseTestimonial(t.ID)
		if err != nil {
			s.k.showError(err)
			return
		}
		s.selected, s.history = 0, 0
		s.refresh()
		kept, err := s.removeUnusedFiles(files)
		switch {
		case err != nil:
			s.say(lang.L("{{.Name}} was erased, but their files were left in the data folder: {{.Error}}",
				map[string]any{"Name": t.Person.Name, "Error": errText(err)}))
		case kept > 0:
			s.say(lang.N("{{.Name}} was erased; {{.Count}} files still used by other records stayed.", kept,
				map[string]any{"Name": t.Person.Name, "Count": kept}))
		default:
			s.say(lang.L("{{.Name}} was erased.", map[string]any{"Name": t.Person.Name}))
		}
	})
}

// removeUnusedFiles deletes the erased person's files from the data folder
// unless another testimonial or consent record, of any client, uses them.
// It returns how many files stayed because they are still used.
func (s *testimonialsScreen) removeUnusedFiles(files []string) (kept int, err error) {
	if len(files) == 0 {
		return 0, nil
	}
	used := map[string]bool{}
	clients, err := s.k.store.Clients()
	if err != nil {
		return 0, err
	}
	for _, c := range clients {
		ts, err := s.k.store.Testimonials(c.ID)
		if err != nil {
			return 0, err
		}
		for _, t := range ts {
			used[t.OriginalFile] = true
			cs, err := s.k.store.Consents(t.ID)
			if err != nil {
				return 0, err
			}
			for _, c := range cs {
				used[c.EvidenceFile] = true
			}
		}
	}
	dir := filepath.Dir(s.k.store.Path())
	done := map[string]bool{}
	for _, f := range files {
		if done[f] {
			continue
		}
		done[f] = true
		if used[f] {
			kept++
			continue
		}
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(f))); err != nil && !os.IsNotExist(err) {
			return kept, err
		}
	}
	return kept, nil
}
