package model

import (
	"slices"

	"kairos/model/msg"
)

// FrequencyWarning says a post would make one channel post too often.
type FrequencyWarning struct {
	ChannelID int64
	Day       Date
	Message   msg.Text
}

// CheckFrequency warns when p would break the posting guard of any of its
// channels: more posts on p's day than the channel's MaxPerDay, or another
// timed post closer than MinGapHours (measured in real time, so 23:30 and
// 00:30 the next day are an hour apart). channels are the client's channels,
// others the posts around p's day; a copy of p among them is ignored. Ideas
// and undated posts never count. Warnings follow the order of channels, the
// daily count before the gap.
func CheckFrequency(p Post, others []Post, channels []Channel) []FrequencyWarning {
	if !goesOut(p) {
		return nil
	}
	var out []FrequencyWarning
	for _, ch := range channels {
		if !slices.Contains(p.ChannelIDs, ch.ID) {
			continue
		}
		var peers []Post
		for _, o := range others {
			if (p.ID == 0 || o.ID != p.ID) && goesOut(o) && slices.Contains(o.ChannelIDs, ch.ID) {
				peers = append(peers, o)
			}
		}
		g := ch.Guard()
		if n := 1 + countOn(peers, p.Date); g.MaxPerDay > 0 && n > g.MaxPerDay {
			out = append(out, FrequencyWarning{ch.ID, p.Date, tooManyMessage(ch, n, p.Date)})
		}
		if o, ok := nearest(p, peers); ok && g.MinGapHours > 0 && abs(minutesApart(p, o)) < g.MinGapHours*60 {
			out = append(out, FrequencyWarning{ch.ID, p.Date, tooCloseMessage(ch, p.Date, o, g.MinGapHours)})
		}
	}
	return out
}

// OverbookedDays lists the days on which any channel has more posts than
// its MaxPerDay, for the calendar to flag.
func OverbookedDays(posts []Post, channels []Channel) map[Date]bool {
	type slot struct {
		day     Date
		channel int64
	}
	counts := map[slot]int{}
	for _, p := range posts {
		if !goesOut(p) {
			continue
		}
		seen := map[int64]bool{}
		for _, id := range p.ChannelIDs {
			if !seen[id] {
				seen[id] = true
				counts[slot{p.Date, id}]++
			}
		}
	}
	limits := map[int64]int{}
	for _, ch := range channels {
		limits[ch.ID] = ch.Guard().MaxPerDay
	}
	days := map[Date]bool{}
	for s, n := range counts {
		if m, ok := limits[s.channel]; ok && m > 0 && n > m {
			days[s.day] = true
		}
	}
	return days
}

// goesOut reports whether p counts towards a channel's frequency: ideas are
// not meant to go out yet and undated posts have no day to crowd.
func goesOut(p Post) bool { return p.Status != Idea && !p.Date.IsZero() }

func countOn(posts []Post, day Date) int {
	n := 0
	for _, o := range posts {
		if o.Date == day {
			n++
		}
	}
	return n
}

// nearest is the timed post closest in time to p (the earlier one on a tie).
func nearest(p Post, posts []Post) (Post, bool) {
	var best Post
	found := false
	if !p.Time.Valid() {
		return best, false
	}
	for _, o := range posts {
		if !o.Time.Valid() {
			continue
		}
		d, bd := minutesApart(p, o), minutesApart(p, best)
		if !found || abs(d) < abs(bd) || (abs(d) == abs(bd) && (d < bd || (d == bd && o.ID < best.ID))) {
			best, found = o, true
		}
	}
	return best, found
}

// minutesApart is how many minutes o comes after p (negative when before).
func minutesApart(p, o Post) int {
	return p.Date.DaysUntil(o.Date)*24*60 + int(o.Time) - int(p.Time)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func tooManyMessage(ch Channel, n int, day Date) msg.Text {
	limit := ch.Guard().MaxPerDay
	if ch.MaxPerDay > 0 {
		return msg.Plural(n, "{{.Channel}} would have {{.Count}} post on {{.Day}}; the limit you set is {{.Limit}} a day.",
			"{{.Channel}} would have {{.Count}} posts on {{.Day}}; the limit you set is {{.Limit}} a day.",
			"Channel", ch.Label(), "Day", day, "Limit", limit)
	}
	return msg.Plural(n, "{{.Channel}} would have {{.Count}} post on {{.Day}}; more than {{.Limit}} a day tends to tire {{.Platform}} followers.",
		"{{.Channel}} would have {{.Count}} posts on {{.Day}}; more than {{.Limit}} a day tends to tire {{.Platform}} followers.",
		"Channel", ch.Label(), "Day", day, "Limit", limit, "Platform", ch.Platform.Name())
}

func tooCloseMessage(ch Channel, day Date, o Post, gapHours int) msg.Text {
	gap := msg.Plural(gapHours, "{{.Count}} hour", "{{.Count}} hours")
	args := []any{"Channel", ch.Label(), "Time", o.Time.String(), "Gap", gap}
	switch day.DaysUntil(o.Date) {
	case 0:
		return msg.New("{{.Channel}} already has a post at {{.Time}} that day; keep at least {{.Gap}} between posts.", args...)
	case -1:
		return msg.New("{{.Channel}} already has a post at {{.Time}} the day before; keep at least {{.Gap}} between posts.", args...)
	case 1:
		return msg.New("{{.Channel}} already has a post at {{.Time}} the next day; keep at least {{.Gap}} between posts.", args...)
	}
	return msg.New("{{.Channel}} already has a post at {{.Time}} on {{.Day}}; keep at least {{.Gap}} between posts.",
		append(args, "Day", o.Date)...)
}
