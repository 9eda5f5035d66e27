package model

import (
	"time"

	"kairos/model/msg"
)

// ErrPublishedFixed refuses to move a published post: the calendar records
// when it really went out.
var ErrPublishedFixed = msg.Errorf("This post is already published, so it stays on the day it went out.")

// MovedTo returns a copy of p planned for day at the given time; pass p.Time
// to keep the post's time (the month view does) or NoClock for all day.
// An undated idea dropped on a day becomes a draft, so it is reviewed before
// it goes out; every other status stays as it was.
func (p Post) MovedTo(day Date, at Clock) (Post, error) {
	switch {
	case p.Status == Published:
		return p, ErrPublishedFixed
	case day.IsZero():
		return p, msg.Errorf("Choose a day to move the post to.")
	case at != NoClock && !at.Valid():
		return p, msg.Errorf("The time must be between 00:00 and 23:59.")
	}
	q := p.clone()
	if q.Status == Idea && p.Date.IsZero() {
		q.Status = Draft
	}
	q.Date, q.Time = day, at
	return q, nil
}

// DuplicatedTo returns a new, unsaved copy of p on day at the same time. A
// copy of a published post is a draft: the copy itself has not gone out.
func (p Post) DuplicatedTo(day Date) Post {
	q := p.clone()
	q.ID, q.Date = 0, day
	if day.IsZero() {
		q.Time = NoClock // an undated post has no time
	}
	if q.Status == Published {
		q.Status = Draft
	}
	q.Created, q.Updated = time.Time{}, time.Time{}
	return q
}

// clone copies p with its own slices, so editing the copy leaves p alone.
func (p Post) clone() Post {
	q := p
	q.ChannelIDs = cloneSlice(p.ChannelIDs)
	q.Hashtags = cloneSlice(p.Hashtags)
	q.Media = cloneSlice(p.Media)
	return q
}

// cloneSlice copies s, keeping nil as nil so stored and copied posts compare equal.
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
