package export

import (
	"fmt"
	"slices"
	"strings"

	"kairos/model"
)

// NoteKind is one thing to know about a bulk-import file before uploading.
type NoteKind string

// The notes PlanNotes gives, in the order it gives them.
const (
	// NoteUntimed: Count posts have no time, so the file gives them UntimedAt.
	NoteUntimed NoteKind = "untimed"
	// NoteTimeZone: the tool reads the times in its own time-zone setting,
	// which should be Detail, the client's zone. Always given.
	NoteTimeZone NoteKind = "time-zone"
	// NoteChannels: the posts are for several platforms (Detail lists
	// them), but the tool sends every row to the accounts picked on upload.
	NoteChannels NoteKind = "channels"
	// NoteLocalMedia: Count posts have media files on this computer, which
	// Publer cannot fetch (the file holds only web addresses).
	NoteLocalMedia NoteKind = "local-media"
	// NoteNoMedia: Count posts have media, which Hootsuite's file has no
	// column for.
	NoteNoMedia NoteKind = "no-media"
	// NoteOffMark: Count posts are not on a five-minute mark (Detail is one
	// such time); Hootsuite refuses them.
	NoteOffMark NoteKind = "off-mark"
	// NotePast: Count posts are already past at the export's Stamp;
	// Hootsuite refuses them.
	NotePast NoteKind = "past"
)

// PlanNote is one thing the user should know before uploading an export.
type PlanNote struct {
	Kind   NoteKind
	Tool   string // "Publer" or "Hootsuite"
	Count  int    // how many posts it concerns, where it counts posts
	Detail string // a time zone, a time or a list of platforms; see the kinds
}

// String says the note in a plain English sentence, for the command line.
func (n PlanNote) String() string {
	switch n.Kind {
	case NoteUntimed:
		return fmt.Sprintf("%s no time of day, so the file gives %s %s.",
			count(n.Count, "post has", "posts have"), pick(n.Count, "it", "them"), UntimedAt)
	case NoteTimeZone:
		return fmt.Sprintf("%s reads the times in its own time zone setting: set it to %s, the client's zone, before uploading.", n.Tool, n.Detail)
	case NoteChannels:
		return fmt.Sprintf("The posts are for %s, but %s sends every row to the accounts you pick when uploading.", n.Detail, n.Tool)
	case NoteLocalMedia:
		return fmt.Sprintf("%s media files on this computer, which %s cannot fetch: add them in %s.",
			count(n.Count, "post has", "posts have"), n.Tool, n.Tool)
	case NoteNoMedia:
		return fmt.Sprintf("%s media, which %s's bulk file has no place for: add %s in %s.",
			count(n.Count, "post has", "posts have"), n.Tool, pick(n.Count, "it", "them"), n.Tool)
	case NoteOffMark:
		return fmt.Sprintf("%s not on a five-minute mark (such as %s): %s refuses %s, so move %s to a time ending in 0 or 5.",
			count(n.Count, "post is", "posts are"), n.Detail, n.Tool, pick(n.Count, "it", "them"), pick(n.Count, "it", "them"))
	case NotePast:
		return fmt.Sprintf("%s already in the past: %s refuses %s.", count(n.Count, "post is", "posts are"), n.Tool, pick(n.Count, "it", "them"))
	}
	return string(n.Kind)
}

// PlanNotes says what the user should know before uploading an export of
// posts in format f: what the file could not carry and which rows the tool
// will refuse. It changes nothing in the file. It is empty for iCalendar
// and the full CSV, which hold everything.
func PlanNotes(f Format, opts PlanOptions, posts []model.Post) []PlanNote {
	if f != FormatPubler && f != FormatHootsuite {
		return nil
	}
	tool := "Publer"
	if f == FormatHootsuite {
		tool = "Hootsuite"
	}
	var untimed, offMark, past, localMedia, media int
	var example string
	var platforms []string
	loc := opts.Client.Location()
	for _, p := range posts {
		if p.Date.IsZero() {
			continue
		}
		if !p.Time.Valid() {
			untimed++
		} else if p.Time.Minute()%5 != 0 {
			if offMark++; example == "" {
				example = p.Time.String()
			}
		}
		if postTime(p, loc).Before(opts.Stamp) {
			past++
		}
		if len(p.Media) > 0 {
			media++
		}
		if slices.ContainsFunc(p.Media, func(m string) bool { return !isWebAddress(m) }) {
			localMedia++
		}
		for _, ch := range channelsOf(opts, p) {
			if n := ch.Platform.Name(); !slices.Contains(platforms, n) {
				platforms = append(platforms, n)
			}
		}
	}

	var notes []PlanNote
	add := func(kind NoteKind, n int, detail string) {
		notes = append(notes, PlanNote{Kind: kind, Tool: tool, Count: n, Detail: detail})
	}
	if untimed > 0 {
		add(NoteUntimed, untimed, "")
	}
	add(NoteTimeZone, 0, loc.String())
	if len(platforms) > 1 {
		add(NoteChannels, 0, strings.Join(platforms, ", "))
	}
	switch {
	case f == FormatPubler && localMedia > 0:
		add(NoteLocalMedia, localMedia, "")
	case f == FormatHootsuite && media > 0:
		add(NoteNoMedia, media, "")
	}
	if f == FormatHootsuite && offMark > 0 {
		add(NoteOffMark, offMark, example)
	}
	if f == FormatHootsuite && past > 0 {
		add(NotePast, past, "")
	}
	return notes
}

// count is "1 post has" or "3 posts have".
func count(n int, one, many string) string { return fmt.Sprintf("%d %s", n, pick(n, one, many)) }

// pick is one for 1 and many otherwise.
func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
