package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"kairos/model"
)

// PostDuration is how long a timed post's event lasts in a calendar app:
// long enough to be seen and clicked, short enough not to hide others.
const PostDuration = 15 * time.Minute

// PlanICS writes posts as an iCalendar file (RFC 5545), one VEVENT per
// dated post, scheduled and draft posts as well as published ones; undated
// posts (ideas) are skipped. A post with a time starts at that wall-clock
// time in the client's zone, written in UTC ("...Z"): the library cannot
// write the VTIMEZONE a TZID needs, and a UTC time means the same instant
// in every calendar app. It lasts PostDuration. A post without a time is
// an all-day event on its day (DTEND, exclusive, the day after).
//
// UIDs (PostUID) depend only on the client and the post, so importing a
// later export updates the events instead of doubling them. Drafts (and
// dated ideas) are TENTATIVE, scheduled and published posts CONFIRMED.
// Lines end in CRLF and are folded at 75 octets.
func PlanICS(w io.Writer, opts PlanOptions, posts []model.Post) error {
	c := ics.NewCalendar()
	c.SetProductId("-//Kairos//Plan//EN")
	c.SetMethod(ics.MethodPublish)
	c.SetXWRCalName("Kairos: " + opts.Client.Name)
	loc := opts.Client.Location()
	for _, p := range posts {
		if p.Date.IsZero() {
			continue
		}
		e := c.AddEvent(PostUID(opts.Client, p))
		e.SetDtStampTime(opts.Stamp)
		if p.Time.Valid() {
			start := postTime(p, loc)
			e.SetStartAt(start)
			e.SetEndAt(start.Add(PostDuration))
		} else {
			e.SetAllDayStartAt(p.Date.Time())
			e.SetAllDayEndAt(p.Date.AddDays(1).Time())
		}
		e.SetSummary(eventSummary(opts, p))
		if desc := eventDescription(opts, p); desc != "" {
			e.SetDescription(desc)
		}
		for _, cat := range []string{string(p.Status), string(p.Type), p.Pillar} {
			if cat != "" {
				e.AddCategory(cat)
			}
		}
		if p.Link != "" {
			e.SetURL(p.Link)
		}
		e.SetStatus(eventStatus(p.Status))
		if !p.Created.IsZero() {
			e.SetCreatedTime(p.Created)
		}
		if !p.Updated.IsZero() {
			e.SetModifiedAt(p.Updated)
		}
		e.SetTimeTransparency(ics.TransparencyTransparent) // a post does not make anyone busy
	}
	return c.SerializeTo(w, ics.WithNewLineWindows)
}

// PostUID identifies a post across exports: "post-42-client-3@kairosplanner.io".
// It does not change when the post is edited or moved, or the client renamed.
func PostUID(client model.Client, p model.Post) string {
	return fmt.Sprintf("post-%d-client-%d@kairosplanner.io", p.ID, client.ID)
}

// eventSummary is the event's title: the platforms, then the first words,
// "Instagram, Facebook: Fresh cinnamon buns…". A post with neither text
// nor hashtags is named by its type: "Photo post".
func eventSummary(opts PlanOptions, p model.Post) string {
	words := p.Summary(60)
	if words == "" {
		t := string(p.Type)
		if t == "" {
			t = "text"
		}
		words = strings.ToUpper(t[:1]) + t[1:] + " post"
	}
	if names := platformNames(opts, p); names != "" {
		return names + ": " + words
	}
	return words
}

// eventDescription is what gets published (text and hashtags), the link,
// then the channels by name and handle. Internal notes stay out: a
// calendar file is often shared with the client.
func eventDescription(opts PlanOptions, p model.Post) string {
	var parts []string
	if text := p.FullText(); text != "" {
		parts = append(parts, text)
	}
	if p.Link != "" {
		parts = append(parts, p.Link)
	}
	var labels []string
	for _, ch := range channelsOf(opts, p) {
		labels = append(labels, ch.Label())
	}
	if len(labels) > 0 {
		parts = append(parts, "Channels: "+strings.Join(labels, ", "))
	}
	return strings.Join(parts, "\n\n")
}

// eventStatus maps the workflow to RFC 5545: a draft may still change, a
// scheduled or published post is settled.
func eventStatus(s model.Status) ics.ObjectStatus {
	if s == model.Scheduled || s == model.Published {
		return ics.ObjectStatusConfirmed
	}
	return ics.ObjectStatusTentative
}
