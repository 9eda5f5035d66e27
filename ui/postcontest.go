package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
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
	ok   bool           // the post belongs to a contest
	zone *time.Location // the client's: post times are its wall clock
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
	w.c, w.kind, w.ok, w.zone = c, kind, ok, time.UTC
	for _, cl := range k.clients {
		if cl.ID == c.ClientID {
			w.zone = cl.Location()
		}
	}
	return w
}

// update checks the post as typed (its words, date and time) against the
// ticked channels' platforms.
func (w *contestWarnings) update(p model.Post, channels []model.Channel) {
	w.box.RemoveAll()
	if !w.ok {
		return
	}
	var platforms []model.Platform
	for _, ch := range channels {
		platforms = append(platforms, ch.Platform)
	}
	found := contest.CheckKeyPostIn(w.c, p, platforms, w.kind, w.zone)
	if len(found) == 0 {
		ok := widget.NewLabel(lang.L("{{.Kind}} post of “{{.Contest}}”: no rule problems found.", map[string]any{"Kind": keyKindName(w.kind), "Contest": w.c.Name}))
		ok.Importance = widget.SuccessImportance
		w.box.Add(ok)
		return
	}
	for _, f := range found {
		l := wrappedLabel("⚠ " + tr(f.Message))
		l.Importance = widget.DangerImportance
		w.box.Add(l)
	}
}
