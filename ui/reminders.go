package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"kairos/model"
)

// reminders sends a desktop notification when a scheduled post falls due,
// while Kairos runs. Posts due while it was closed are not announced late;
// the "Due today" tab lists them.
type reminders struct {
	k    *Kairos
	last time.Time // due times up to here were announced
}

func newReminders(k *Kairos) *reminders { return &reminders{k: k, last: k.now()} }

// start checks every interval until the app quits.
func (r *reminders) start(every time.Duration) {
	go func() {
		for range time.Tick(every) {
			fyne.Do(func() { r.check(r.k.now()) })
		}
	}()
}

// check announces the posts due since the last check and returns them.
func (r *reminders) check(now time.Time) []model.Due {
	due, err := dueAround(r.k, now, func(posts []model.Post, clients map[int64]model.Client) []model.Due {
		return model.DueBetween(posts, clients, r.last, now)
	})
	if err != nil {
		return nil // the next check tries again; a reminder is not worth an error dialog
	}
	r.last = now
	labels := r.k.channelLabels()
	for _, d := range due {
		r.k.app.SendNotification(fyne.NewNotification(
			lang.L("Post due now for {{.Client}}", map[string]any{"Client": d.Client.Name}),
			lang.L("{{.Time}} on {{.Channels}}: {{.Post}}", map[string]any{"Time": d.Post.Time.String(),
				"Channels": channelNames(d.Post, labels), "Post": d.Post.Summary(80)})))
	}
	return due
}

// dueAround reads the posts of the days around now (clients' zones differ
// by up to a day) and hands them to pick.
func dueAround(k *Kairos, now time.Time, pick func([]model.Post, map[int64]model.Client) []model.Due) ([]model.Due, error) {
	today := model.DateOf(now.UTC())
	posts, err := k.store.PostsBetween(0, today.AddDays(-1), today.AddDays(1))
	if err != nil {
		return nil, err
	}
	clients := map[int64]model.Client{}
	for _, c := range k.clients {
		clients[c.ID] = c
	}
	return pick(posts, clients), nil
}

// channelLabels names every client's channels by ID, read once per use.
func (k *Kairos) channelLabels() map[int64]string {
	out := map[int64]string{}
	for _, c := range k.clients {
		chs, err := k.store.Channels(c.ID)
		if err != nil {
			continue
		}
		for _, ch := range chs {
			out[ch.ID] = ch.Label()
		}
	}
	return out
}

// channelNames lists the post's channels by name.
func channelNames(p model.Post, labels map[int64]string) string {
	var names []string
	for _, id := range p.ChannelIDs {
		if l, ok := labels[id]; ok {
			names = append(names, l)
		}
	}
	if len(names) == 0 {
		return lang.L("no channel")
	}
	return strings.Join(names, ", ")
}
