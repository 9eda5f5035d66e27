package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// ideasScreen is the client's bank of undated posts, with starters for the
// kinds of post that keep a feed alive.
type ideasScreen struct {
	k     *Kairos
	list  *fyne.Container
	empty *widget.Label
	count *widget.Label
	box   fyne.CanvasObject
}

func newIdeas(k *Kairos) *ideasScreen {
	s := &ideasScreen{k: k, list: container.NewVBox(), count: widget.NewLabel("")}
	s.empty = widget.NewLabel(lang.L("No ideas yet. Pick a starter on the left, or write your own with New idea."))
	s.empty.Wrapping = fyne.TextWrapWord
	starters := container.NewVBox(widget.NewLabelWithStyle(lang.L("Start from"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, st := range model.Starters() {
		st := st
		title, _ := starterText(st)
		b := widget.NewButton(title, func() { s.startFrom(st) })
		b.Alignment = widget.ButtonAlignLeading
		starters.Add(b)
	}
	newIdea := widget.NewButtonWithIcon(lang.L("New idea"), theme.ContentAddIcon(), func() {
		if c, ok := k.currentClient(); ok {
			showPostEditor(k, model.NewIdea(c.ID), s.refresh)
		}
	})
	newIdea.Importance = widget.HighImportance
	hint := widget.NewLabel(lang.L("Ideas have no date. Drag them from the tray beside the calendar onto a day to plan them."))
	hint.Importance = widget.LowImportance
	hint.Wrapping = fyne.TextWrapWord
	header := container.NewBorder(nil, nil, widget.NewLabelWithStyle(lang.L("Ideas"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(s.count, importPostsButton(k), newIdea))
	right := container.NewBorder(container.NewVBox(header, hint), nil, nil, nil,
		container.NewVScroll(container.NewVBox(s.empty, s.list)))
	split := container.NewHSplit(container.NewVScroll(starters), right)
	split.Offset = 0.28
	s.box = split
	return s
}

func (s *ideasScreen) object() fyne.CanvasObject { return s.box }

// startFrom opens a new idea with the starter's prompt in its notes.
func (s *ideasScreen) startFrom(st model.Starter) {
	if c, ok := s.k.currentClient(); ok {
		p := st.NewIdea(c.ID)
		_, p.Notes = starterText(st) // the prompt, in the interface's language
		showPostEditor(s.k, p, s.refresh)
	}
}

func (s *ideasScreen) refresh() {
	c, ok := s.k.currentClient()
	if !ok {
		return
	}
	ideas, err := s.k.store.Undated(c.ID)
	if err != nil {
		s.k.showError(err)
		return
	}
	s.list.RemoveAll()
	for _, p := range ideas {
		p := p
		title := widget.NewLabelWithStyle(p.Summary(90), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		if p.Text == "" {
			title.SetText(lang.L("(no text yet)") + " " + typeName(p.Type))
		}
		title.Truncation = fyne.TextTruncateEllipsis
		detail := widget.NewLabel(typeName(p.Type) + " · " + statusName(p.Status))
		if p.Notes != "" {
			detail.SetText(detail.Text + " · " + firstLine(p.Notes))
		}
		detail.Importance = widget.LowImportance
		detail.Truncation = fyne.TextTruncateEllipsis
		edit := widget.NewButtonWithIcon(lang.L("Open"), theme.DocumentCreateIcon(), func() { showPostEditor(s.k, p, s.refresh) })
		s.list.Add(container.NewBorder(nil, widget.NewSeparator(), nil, edit, container.NewVBox(title, detail)))
	}
	s.empty.Hidden = len(ideas) > 0
	s.empty.Refresh()
	s.count.SetText(lang.N("{{.Count}} ideas", len(ideas), count(len(ideas))))
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}
