package contest

import (
	"fmt"
	"strings"
	"time"

	"kairos/model"
)

// RewordPost updates the facts a key-date post's generated words state
// (the closing date, the contest's name, the rules' link) after the
// contest changed from old to updated. Only exact old phrases are
// replaced: the user's own wording is left alone. Published posts went out
// as they were and come back unchanged.
func RewordPost(p model.Post, old, updated Contest) model.Post {
	if p.Status == model.Published {
		return p
	}
	swap := func(from, to string) {
		if from != "" && from != to {
			p.Text = strings.ReplaceAll(p.Text, from, to)
		}
	}
	if !old.End.IsZero() && !updated.End.IsZero() {
		swap(closing(old), closing(updated))
	}
	swap(old.Name, updated.Name)
	swap(old.RulesLink, updated.RulesLink)
	if p.Link == old.RulesLink {
		p.Link = updated.RulesLink
	}
	return p
}

// CheckKeyPostIn is CheckKeyPost plus the checks that need the post's own
// date and time, read in postZone (the client's zone): an entry post
// (announcement, reminder, last call) must fall while the contest is open,
// a winners post after it closes, and an entry post that names a closing
// date must name the right one.
func CheckKeyPostIn(c Contest, p model.Post, platforms []model.Platform, kind KeyKind, postZone *time.Location) []Warning {
	w := CheckKeyPost(c, p, platforms, kind)
	if c.Start.IsZero() || c.End.IsZero() {
		return w
	}
	if postZone == nil {
		postZone = time.UTC
	}
	label := strings.ToLower(kind.Label())
	if !p.Date.IsZero() {
		start, end := c.Start.In(postZone), c.End.In(postZone)
		var at time.Time
		var before, after bool
		if p.Time.Valid() {
			at = time.Date(p.Date.Year, p.Date.Month, p.Date.Day, p.Time.Hour(), p.Time.Minute(), 0, 0, postZone)
			before, after = at.Before(start), !at.Before(end)
		} else { // an all-day post counts by its day
			before = p.Date.Before(model.DateOf(start))
			after = p.Date.After(model.DateOf(end))
		}
		when := fmt.Sprintf("(it opens %s and closes %s)", start.Format("2 Jan 15:04"), end.Format("2 Jan 15:04 MST"))
		switch {
		case kind == Winners && !after && (p.Time.Valid() || !p.Date.After(model.DateOf(end))):
			w = append(w, Warning{Rule: "key-date.outside", Message: "This winner announcement is dated before the contest closes " +
				when + ": move it, or the contest."})
		case kind != Winners && (before || after):
			w = append(w, Warning{Rule: "key-date.outside", Message: fmt.Sprintf("This %s post is dated outside the contest %s: move it, or the contest.", label, when)})
		}
	}
	if kind != Winners {
		text := p.FullText()
		end := c.End.In(c.Location())
		if closingWordRE.MatchString(text) && anyDateRE.MatchString(text) && !dateRE(end).MatchString(text) {
			w = append(w, Warning{Rule: "closing-date", Message: fmt.Sprintf(
				"This post gives a closing date that is not the contest's. The contest closes %s.", closing(c))})
		}
	}
	return w
}
