package contest

import (
	"time"

	"kairos/model"
)

// KeyDates are the moments of c that deserve a post, in order, in c's zone:
//   - Announcement when it starts;
//   - LastCall at noon on the closing day, or on the day before when noon
//     is less than 3 hours before the close; for a contest shorter than 2
//     days, 3 hours before the close; left out when not after the start;
//   - Reminder on the day halfway through, at the start's time of day, if
//     the contest lasts 3 days or more and that is at least 12 hours before
//     the last call;
//   - Winners at noon the day after the close.
//
// Posts go out at the hours people read, not at 23:59 or 05:00. A contest
// without both dates, or closing before it starts, has none.
func KeyDates(c Contest) []KeyDate {
	if c.Start.IsZero() || c.End.IsZero() || !c.End.After(c.Start) {
		return nil
	}
	loc := c.Location()
	start, end := c.Start.In(loc), c.End.In(loc)
	length := end.Sub(start)
	dates := []KeyDate{{Announcement, start}}
	last := end.Add(-3 * time.Hour)
	if length >= 48*time.Hour {
		if last = noonOn(end, 0); last.After(end.Add(-3 * time.Hour)) {
			last = noonOn(end, -1)
		}
	}
	hasLast := last.After(start)
	if length >= 72*time.Hour {
		mid := start.Add(length / 2)
		y, m, d := mid.Date()
		reminder := time.Date(y, m, d, start.Hour(), start.Minute(), 0, 0, loc)
		if !hasLast || !reminder.After(last.Add(-12*time.Hour)) {
			dates = append(dates, KeyDate{Reminder, reminder})
		}
	}
	if hasLast {
		dates = append(dates, KeyDate{LastCall, last})
	}
	return append(dates, KeyDate{Winners, noonOn(end, 1)})
}

// noonOn is 12:00 on t's calendar day plus days, on t's wall clock.
func noonOn(t time.Time, days int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+days, 12, 0, 0, 0, t.Location())
}

// Anchor is the contest date a key moment follows when the contest moves:
// "start" for the announcement and reminder, "end" for the last call and
// the winners.
func Anchor(k KeyKind) string {
	switch k {
	case LastCall, Winners:
		return "end"
	case Reminder:
		return "middle"
	}
	return "start"
}

// anchorOf is the instant of c that k follows.
func anchorOf(c Contest, k KeyKind) time.Time {
	switch Anchor(k) {
	case "end":
		return c.End
	case "middle":
		return c.Start.Add(c.End.Sub(c.Start) / 2)
	}
	return c.Start
}

// ShiftPost moves p, the post for key moment kind, as its anchor moved
// between old and updated: by the anchor's change of calendar day and of
// wall-clock time, both read in postZone (the client's zone, nil for UTC),
// so a post keeps its hour across a clock change. An all-day post moves by
// the days only. Undated posts have nothing to move, and published posts
// are history: both come back unchanged.
func ShiftPost(p model.Post, kind KeyKind, old, updated Contest, postZone *time.Location) model.Post {
	if p.Date.IsZero() || p.Status == model.Published {
		return p
	}
	if postZone == nil {
		postZone = time.UTC
	}
	from, to := anchorOf(old, kind).In(postZone), anchorOf(updated, kind).In(postZone)
	if from.Equal(to) {
		return p
	}
	days := model.DateOf(from).DaysUntil(model.DateOf(to))
	if !p.Time.Valid() {
		p.Date = p.Date.AddDays(days)
		return p
	}
	minutes := (to.Hour()*60 + to.Minute()) - (from.Hour()*60 + from.Minute())
	at := time.Date(p.Date.Year, p.Date.Month, p.Date.Day+days, p.Time.Hour(), p.Time.Minute()+minutes, 0, 0, postZone)
	p.Date, p.Time = model.DateOf(at), model.At(at.Hour(), at.Minute())
	return p
}
