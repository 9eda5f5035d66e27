package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
)

// attentionList shows the client's posts that a withdrawn, expired or
// erased testimonial affects: future posts to change, and published posts
// to take down, each with a box to tick when it is done.
type attentionList struct {
	k    *Kairos
	list *fyne.Container
}

func newAttentionList(k *Kairos) *attentionList {
	return &attentionList{k: k, list: container.NewVBox()}
}

func (a *attentionList) object() fyne.CanvasObject { return a.list }

func (a *attentionList) refresh() {
	a.list.RemoveAll()
	c, ok := a.k.currentClient()
	if !ok {
		return
	}
	items, err := a.k.store.NeedsAttention(c.ID, model.DateOf(a.k.now()))
	if err != nil {
		a.k.showError(err)
		return
	}
	if len(items) == 0 {
		a.list.Add(widget.NewLabel(lang.L("Nothing needs attention.")))
	}
	for _, it := range items {
		it := it
		what := fmt.Sprintf("%s · %s · %s", shortDate(it.Post.Date), statusName(it.Post.Status), it.Post.Summary(40))
		reason := widget.NewLabel(strings.ReplaceAll(tr(it.Why), "\n", " "))
		reason.Wrapping = fyne.TextWrapWord
		reason.Importance = widget.DangerImportance
		reason.SizeName = theme.SizeNameCaptionText
		if !it.Takedown {
			a.list.Add(container.NewVBox(widget.NewLabel(what), reason))
			continue
		}
		done := widget.NewCheck(lang.L("Taken down: {{.Post}}", map[string]any{"Post": what}), func(on bool) {
			if err := a.k.store.SetTakedownDone(it.Post.ID, on); err != nil {
				a.k.showError(err)
			}
		})
		done.Checked = it.Done
		a.list.Add(container.NewVBox(done, reason))
	}
}
