// Package sample builds the workspace a first-time user sees: three
// believable clients with two months of posts around today, so every view of
// the app has something real to show before the user has typed anything.
package sample

import (
	"slices"
	"time"

	"kairos/model"
)

// window is how many days before and after today the dated posts cover: a
// month of history to look back on and a month of plan ahead.
const window = 30

// missedNote is added to past drafts, so the sample also shows what a post
// that never went out looks like and what to do about it.
const missedNote = "Missed: this never went out. Move it to a free day or turn it back into an idea."

// template is one post without a date; the same template may be placed on
// different days depending on today.
type template struct {
	Type     model.ContentType
	Pillar   string
	Text     string
	Hashtags []string
	Link     string
	Media    []string
	Notes    string
	// Channels are indexes into the client's channels.
	Channels []int
	// At is the posting time, or model.NoClock for an all-day post.
	At model.Clock
}

// plan is one client's data: who they are, where they post, on which
// weekdays, and the posts to spread over those days.
type plan struct {
	Client   model.Client
	Channels []model.Channel
	Days     []time.Weekday
	// Posts are cycled over the posting days in order; keep evergreen ones
	// first, since those are the ones that repeat when the window has more
	// posting days than templates.
	Posts []template
	Ideas []template
}

// Workspace returns the realistic sample workspace planned around today.
func Workspace(today model.Date) model.Workspace {
	// The plans are built afresh on every call, so callers may edit the
	// result without affecting later calls.
	plans := []plan{travel(), cafe(), fitness()}
	ws := model.Workspace{Clients: make([]model.ClientBundle, 0, len(plans))}
	for _, p := range plans {
		ws.Clients = append(ws.Clients, p.bundle(today))
	}
	return ws
}

// bundle places the client's posts on its posting weekdays from today-window
// to today+window, then adds its undated ideas.
func (p plan) bundle(today model.Date) model.ClientBundle {
	b := model.ClientBundle{Client: p.Client, Channels: slices.Clone(p.Channels)}
	k := 0
	for off := -window; off <= window; off++ {
		day := today.AddDays(off)
		if !slices.Contains(p.Days, day.Weekday()) {
			continue
		}
		bp := p.Posts[k%len(p.Posts)].place(day, status(off, k))
		if off < 0 && bp.Post.Status == model.Draft {
			bp.Post.Notes = joinNotes(bp.Post.Notes, missedNote)
		}
		b.Posts = append(b.Posts, bp)
		k++
	}
	for _, t := range p.Ideas {
		b.Posts = append(b.Posts, t.place(model.Date{}, model.Idea))
	}
	return b
}

// status is the workflow state a freelancer's plan would show for the k-th
// post, off days from today: the past mostly published with the odd missed
// draft; the next two weeks mostly scheduled; further out mostly drafts.
func status(off, k int) model.Status {
	switch {
	case off < 0:
		if k%9 == 5 {
			return model.Draft
		}
		return model.Published
	case off <= 14:
		if k%4 == 3 {
			return model.Draft
		}
		return model.Scheduled
	default:
		if k%3 == 0 {
			return model.Scheduled
		}
		return model.Draft
	}
}

// place turns the template into a post on day (the zero Date for an idea).
// Slices are copied so posts made from the same template share nothing.
func (t template) place(day model.Date, s model.Status) model.BundlePost {
	post := model.Post{
		Date:     day,
		Time:     t.At,
		Status:   s,
		Type:     t.Type,
		Pillar:   t.Pillar,
		Text:     t.Text,
		Hashtags: slices.Clone(t.Hashtags),
		Link:     t.Link,
		Media:    slices.Clone(t.Media),
		Notes:    t.Notes,
	}
	if day.IsZero() {
		post.Time = model.NoClock
	}
	return model.BundlePost{Post: post, Channels: slices.Clone(t.Channels)}
}

// joinNotes appends note to notes on a new line.
func joinNotes(notes, note string) string {
	if notes == "" {
		return note
	}
	return notes + "\n" + note
}
