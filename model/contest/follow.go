package contest

import (
	"slices"
	"strings"
	"time"

	"kairos/model"
	"kairos/model/msg"
)

// RewordPost updates the facts a key-date post's generated words state
// after the contest changed from old to updated: the closing date and
// time, the headline with the contest's name, the prize and winners
// lines, who may enter, Meta's statement and the rules' link, in the text,
// in p.Link and in the hashtags KeyPost chose. Only the exact phrases
// KeyPost wrote for old are replaced (a link only where it stands on its
// own), so the user's own wording is left alone; a phrase the user edited
// stays as it is. Published posts went out as they were and come back
// unchanged.
func RewordPost(p model.Post, old, updated Contest) model.Post {
	if p.Status == model.Published {
		return p
	}
	var pairs []string
	swap := func(from, to string) {
		if from != "" && from != to {
			pairs = append(pairs, from, to)
		}
	}
	if !old.End.IsZero() && !updated.End.IsZero() {
		swap(closing(old), closing(updated))
	}
	for _, k := range KeyKinds() {
		swap(headline(old, k), headline(updated, k))
	}
	swap(winnersLine(old), winnersLine(updated))
	swap(prizeLine(old), prizeLine(updated))
	swap(howToEnter(old), howToEnter(updated))
	swap(eligibility(old), eligibility(updated))
	if meta := metaStatement(updated); meta != "" {
		swap(metaStatement(old), meta)
	}
	if old.RulesLink != "" && updated.RulesLink == "" {
		swap("\nFull rules: "+old.RulesLink, "") // i18n:content
	}
	if len(pairs) > 0 {
		p.Text = strings.NewReplacer(pairs...).Replace(p.Text)
	}
	if old.RulesLink != "" && updated.RulesLink != "" && old.RulesLink != updated.RulesLink {
		p.Text = replaceLink(p.Text, old.RulesLink, updated.RulesLink)
	}
	if bareLink(p.Link) == bareLink(old.RulesLink) {
		p.Link = updated.RulesLink
	}
	if slices.Equal(p.Hashtags, keyHashtags(old)) {
		p.Hashtags = keyHashtags(updated)
	}
	return p
}

// replaceLink replaces link from with to in text where it stands on its
// own: https://x.example/rules is replaced, …/rules-2023 is not.
func replaceLink(text, from, to string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, from)
		if i < 0 {
			break
		}
		j := i + len(from)
		b.WriteString(text[:i])
		if linkBounded(text, i, j) {
			b.WriteString(to)
		} else {
			b.WriteString(from)
		}
		text = text[j:]
	}
	b.WriteString(text)
	return b.String()
}

// CheckKeyPostIn is CheckKeyPost plus the check that needs the zone of the
// post's date and time, postZone (the client's zone, nil for UTC): an
// entry post (announcement, reminder, last call) must fall while the
// contest is open, a winners post once it has closed ("key-date.outside").
// An all-day post counts by its date: one on the opening or the closing
// day is inside.
func CheckKeyPostIn(c Contest, p model.Post, platforms []model.Platform, kind KeyKind, postZone *time.Location) []Warning {
	w := CheckKeyPost(c, p, platforms, kind)
	if m := outsideWindow(c, p, kind, postZone); m.Key != "" {
		w = append(w, Warning{Rule: "key-date.outside", Message: m})
	}
	return w
}

// outsideWindow says, in plain words, how p misses the part of c's run its
// kind belongs to, or is the zero Text when it does not.
func outsideWindow(c Contest, p model.Post, kind KeyKind, postZone *time.Location) msg.Text {
	if p.Date.IsZero() || c.Start.IsZero() || !c.End.After(c.Start) {
		return msg.Text{}
	}
	if postZone == nil {
		postZone = time.UTC
	}
	start, end := c.Start.In(postZone), c.End.In(postZone)
	var early, late bool
	if p.Time.Valid() {
		at := time.Date(p.Date.Year, p.Date.Month, p.Date.Day, p.Time.Hour(), p.Time.Minute(), 0, 0, postZone)
		if kind == Winners {
			early = at.Before(end)
		} else {
			early, late = at.Before(start), !at.Before(end)
		}
	} else {
		if kind == Winners {
			early = p.Date.Before(model.DateOf(end))
		} else {
			// The last day open: a close at midnight ends the day before.
			lastDay := model.DateOf(end.Add(-time.Nanosecond))
			early, late = p.Date.Before(model.DateOf(start)), p.Date.After(lastDay)
		}
	}
	opens, closes := momentArgs(start), momentArgs(end)
	switch {
	case kind == Winners && early:
		return msg.New("This winner announcement is dated before the contest closes ({{.Date}} at {{.Time}} {{.Zone}}): move it or the contest.", closes...)
	case early && kind == Announcement:
		return msg.New("This announcement is dated before the contest opens ({{.Date}} at {{.Time}} {{.Zone}}): move it or the contest.", opens...)
	case early && kind == Reminder:
		return msg.New("This reminder is dated before the contest opens ({{.Date}} at {{.Time}} {{.Zone}}): move it or the contest.", opens...)
	case early:
		return msg.New("This last call is dated before the contest opens ({{.Date}} at {{.Time}} {{.Zone}}): move it or the contest.", opens...)
	case late && kind == Announcement:
		return msg.New("This announcement is dated after the contest closes ({{.Date}} at {{.Time}} {{.Zone}}): move it or the contest.", closes...)
	case late && kind == Reminder:
		return msg.New("This reminder is dated after the contest closes ({{.Date}} at {{.Time}} {{.Zone}}): move it or the contest.", closes...)
	case late:
		return msg.New("This last call is dated after the contest closes ({{.Date}} at {{.Time}} {{.Zone}}): move it or the contest.", closes...)
	}
	return msg.Text{}
}
