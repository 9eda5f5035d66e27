package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/contest"
)

// contestWarnings shows, in the post editor, the contest rules a contest's
// post seems to break, updated as the user types. They warn; they do not
// stop a save, because only the user can judge the wording in the end.
type contestWarnings struct {
	c    contest.Contest
	kind contest.KeyKind
	ok   bool // the post belongs to a contest
	box  *fyne.Container
}

func newContestWarnings(k *Kairos, postID int64) *contestWarnings {
	w := &contestWarnings{box: container.NewVBox()}
	if postID == 0 {
		return w
	}
	c, kind, ok, err := k.store.ContestOfPost(postID)
	if err != nil {
		k.showError(err)
	}
	w.c, w.kind, w.ok = c, kind, ok
	return w
}

// update checks the words as typed against the ticked channels' platforms.
func (w *contestWarnings) update(text, hashtags, link string, channels []model.Channel) {
	w.box.RemoveAll()
	if !w.ok {
		return
	}
	p := model.Post{Text: strings.TrimSpace(text), Hashtags: model.ParseHashtags(hashtags), Link: strings.TrimSpace(link)}
	var platforms []model.Platform
	for _, ch := range channels {
		platforms = append(platforms, ch.Platform)
	}
	found := contest.CheckKeyPost(w.c, p, platforms, w.kind)
	if len(found) == 0 {
		ok := widget.NewLabel(w.kind.Label() + " post of “" + w.c.Name + "”: no rule problems found.")
		ok.Importance = widget.SuccessImportance
		w.box.Add(ok)
		return
	}
	for _, f := range found {
		l := wrappedLabel("⚠ " + f.Message)
		l.Importance = widget.DangerImportance
		w.box.Add(l)
	}
}
