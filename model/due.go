package model

import (
	"sort"
	"time"
)

// Due is a scheduled post with the instant it is due, in its client's zone.
type Due struct {
	Post   Post
	Client Client
	At     time.Time
}

// DueOn lists the scheduled posts of day (each read in its own client's
// zone) in the order they are due; untimed posts come first, due at the
// start of their day. Posts of clients not in clients are left out.
func DueOn(posts []Post, clients map[int64]Client, day Date) []Due {
	var out []Due
	for _, p := range posts {
		c, ok := clients[p.ClientID]
		if !ok || p.Status != Scheduled || p.Date != day {
			continue
		}
		out = append(out, Due{p, c, dueAt(p, c.Location())})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// DueBetween lists the timed scheduled posts that fall due after from and
// no later than to: what a reminder should announce since its last look.
// Untimed posts have no moment to remind of.
func DueBetween(posts []Post, clients map[int64]Client, from, to time.Time) []Due {
	var out []Due
	for _, p := range posts {
		c, ok := clients[p.ClientID]
		if !ok || p.Status != Scheduled || p.Date.IsZero() || !p.Time.Valid() {
			continue
		}
		at := dueAt(p, c.Location())
		if at.After(from) && !at.After(to) {
			out = append(out, Due{p, c, at})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// dueAt is the post's wall-clock date and time in loc; untimed, midnight.
func dueAt(p Post, loc *time.Location) time.Time {
	at := Clock(0)
	if p.Time.Valid() {
		at = p.Time
	}
	return time.Date(p.Date.Year, p.Date.Month, p.Date.Day, at.Hour(), at.Minute(), 0, 0, loc)
}

// SortDue orders due posts by when they fall due, then by client name.
func SortDue(list []Due) {
	sort.SliceStable(list, func(i, j int) bool {
		if !list[i].At.Equal(list[j].At) {
			return list[i].At.Before(list[j].At)
		}
		return list[i].Client.Name < list[j].Client.Name
	})
}
