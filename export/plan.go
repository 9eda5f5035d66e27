package export

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"kairos/model"
)

// PlanOptions says whose plan a plan export holds.
type PlanOptions struct {
	// Client owns the posts; its TimeZone is the zone of their dates and
	// times, and its ID goes into every iCalendar UID.
	Client model.Client
	// Channels are the client's channels, to name each post's channels.
	Channels []model.Channel
	// Stamp is the time of the export: every event's DTSTAMP, and "now"
	// for the notes about posts already in the past.
	Stamp time.Time
}

// Format is one of the files the plan can be exported as.
type Format string

// The plan export formats, by their command-line names.
const (
	FormatICS       Format = "ics"
	FormatCSV       Format = "csv"
	FormatPubler    Format = "publer"
	FormatHootsuite Format = "hootsuite"
)

// Formats lists every plan export format in menu order.
func Formats() []Format { return []Format{FormatICS, FormatPubler, FormatHootsuite, FormatCSV} }

// ParseFormat reads a format's command-line name, in any case.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Formats(), f) {
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q: use ics, csv, publer or hootsuite", s)
}

// Ext is the file name extension of the format, with its dot.
func (f Format) Ext() string {
	if f == FormatICS {
		return ".ics"
	}
	return ".csv"
}

// Write writes posts in the format f.
func (f Format) Write(w io.Writer, opts PlanOptions, posts []model.Post) error {
	switch f {
	case FormatICS:
		return PlanICS(w, opts, posts)
	case FormatCSV:
		return PlanCSV(w, opts, posts)
	case FormatPubler:
		return PublerCSV(w, opts, posts)
	case FormatHootsuite:
		return HootsuiteCSV(w, opts, posts)
	}
	return fmt.Errorf("unknown format %q: use ics, csv, publer or hootsuite", string(f))
}

// DefaultStatuses are the statuses a plan export holds unless told
// otherwise: everything with a date that is meant to go out, not ideas.
func DefaultStatuses() []model.Status {
	return []model.Status{model.Draft, model.Scheduled, model.Published}
}

// SelectPlan keeps the posts dated from one day to another (both included)
// whose status is among statuses, ordered by day, then time (untimed
// first), then ID. Undated posts (ideas) are never exported: no format has
// a place for a post without a day.
func SelectPlan(posts []model.Post, from, to model.Date, statuses []model.Status) []model.Post {
	want := map[model.Status]bool{}
	for _, s := range statuses {
		want[s] = true
	}
	var kept []model.Post
	for _, p := range posts {
		// An empty status list keeps nothing (unlike the calendar's filter).
		if p.Date.IsZero() || p.Date.Before(from) || p.Date.After(to) || !want[p.Status] {
			continue
		}
		kept = append(kept, p)
	}
	slices.SortStableFunc(kept, func(a, b model.Post) int {
		switch {
		case a.Date != b.Date:
			return a.Date.Time().Compare(b.Date.Time())
		case a.Time != b.Time:
			return int(a.Time - b.Time) // NoClock (-1) first
		}
		return int(a.ID - b.ID)
	})
	return kept
}

// UntimedAt is the time of day the bulk-import files (Publer, Hootsuite)
// give a post planned for a day but no particular time: both tools need a
// time to schedule a row, and mid-morning is a common default posting time.
// PlanNotes says how many posts got it.
var UntimedAt = model.At(9, 0)

// postTime is when p goes out: its day and time in the client's zone, or
// UntimedAt for a post without a time. A time that does not exist in the
// zone (skipped by a daylight-saving change) moves on by the skipped hour,
// as time.Date does.
func postTime(p model.Post, loc *time.Location) time.Time {
	at := p.Time
	if !at.Valid() {
		at = UntimedAt
	}
	return time.Date(p.Date.Year, p.Date.Month, p.Date.Day, at.Hour(), at.Minute(), 0, 0, loc)
}

// channelsOf returns p's channels, in the post's order, among opts.Channels.
func channelsOf(opts PlanOptions, p model.Post) []model.Channel {
	var list []model.Channel
	for _, id := range p.ChannelIDs {
		for _, ch := range opts.Channels {
			if ch.ID == id {
				list = append(list, ch)
				break
			}
		}
	}
	return list
}

// platformNames are the names of p's platforms, each once: "Instagram, X".
func platformNames(opts PlanOptions, p model.Post) string {
	var names []string
	for _, ch := range channelsOf(opts, p) {
		if n := ch.Platform.Name(); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// isWebAddress reports whether s is an http(s) address rather than a file
// on this computer.
func isWebAddress(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}
