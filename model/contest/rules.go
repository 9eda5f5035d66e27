package contest

import (
	"slices"
	"strings"
	"time"

	"kairos/model"
	"kairos/model/msg"
)

// CheckPost lists the rules one of c's posts seems to break. platforms are
// the platforms of the post's own channels: Facebook and Instagram rules
// apply only when the post goes there. It reads what gets published
// (p.FullText) and p.Link. The checks look for common phrasings: no
// warning is no guarantee, and the user judges the wording in the end.
func CheckPost(c Contest, p model.Post, platforms []model.Platform) []Warning {
	text := p.FullText()
	var w []Warning
	add := func(rule, key string, pairs ...any) {
		w = append(w, Warning{Rule: rule, Message: msg.New(key, pairs...)})
	}
	if slices.Contains(platforms, model.Facebook) {
		if shareTimelineRE.MatchString(text) {
			add("facebook.share-timeline", "Facebook does not allow asking people to share the post, or to share on their own or a friend's timeline, to enter. Ask them to comment on or like the post instead.")
		}
		if tagFriendsRE.MatchString(text) {
			add("facebook.tag-friends", "Facebook does not allow asking people to tag friends to enter. Ask them to comment on or like the post instead.")
		}
		if inaccurateTagRE.MatchString(text) {
			add("facebook.inaccurate-tag", "Facebook does not allow asking people to tag themselves or others in content they are not in. Remove that request.")
		}
	}
	if slices.Contains(platforms, model.Instagram) && inaccurateTagRE.MatchString(text) {
		add("instagram.inaccurate-tag", "Instagram does not allow asking people to tag themselves or others in a photo or video they are not in. Ask them to comment instead.")
	}
	switch {
	case c.RulesLink == "":
		add("rules-link", "Add the official rules' link to the contest, then to every post.")
	case !mentionsLink(p, text, c.RulesLink):
		add("rules-link", "This post does not link to the official rules. Add the rules' link ({{.Link}}) to the post.", "Link", c.RulesLink)
	}
	if c.Covers("US") {
		switch {
		case clearTagRE.MatchString(text):
		case giveawayTagRE.MatchString(text):
			add("us.hashtag", "#giveaway alone may not tell US audiences that this is a promotion. Add #contest or #sweepstakes.")
		default:
			add("us.hashtag", "Posts for US entrants must make clear this is a promotion. Add #contest or #sweepstakes.")
		}
		if sweepsTagRE.MatchString(text) {
			add("us.sweeps", "#sweeps may not be understood as a promotion. Write #sweepstakes instead.")
		}
	}
	if c.Kind.ByChance() && paidEntryRE.MatchString(notPaidRE.ReplaceAllString(text, " ")) {
		add("chance.paid-entry", "This post seems to ask people to buy or pay to enter a prize draw. Paid entry can make a draw an unlawful lottery (in the US, the UK and many other countries): keep entry free, or offer a free way to enter and say so.")
	}
	return w
}

// CheckKeyPost is CheckPost plus the rules for the post of one key moment:
//   - an entry post (announcement, reminder, last call) that gives a
//     closing date must give the contest's ("closing-date"), anywhere;
//   - a US prize draw's announcement must say "No purchase necessary";
//   - a UK contest's announcement must give the closing date (CAP Code
//     8.17), the actual date and not just a closing word.
//
// It does not know the zone of the post's date and time; CheckKeyPostIn
// does, and also checks that the post falls in the contest's window.
func CheckKeyPost(c Contest, p model.Post, platforms []model.Platform, kind KeyKind) []Warning {
	w := CheckPost(c, p, platforms)
	if kind == Winners {
		return w
	}
	text := p.FullText()
	if !c.End.IsZero() {
		for _, date := range closingDates(text) {
			if !namesClose(c, date) {
				w = append(w, Warning{Rule: "closing-date", Message: msg.New(
					"This post says the contest closes {{.Said}}, but it closes {{.Date}} at {{.Time}} {{.Zone}}. Correct the date in the post, or the contest's end.",
					append([]any{"Said", date}, momentArgs(c.End.In(c.Location()))...)...)})
				break
			}
		}
	}
	if kind != Announcement {
		return w
	}
	if c.Kind.ByChance() && c.Covers("US") && !noPurchaseRE.MatchString(text) {
		w = append(w, Warning{Rule: "us.no-purchase", Message: msg.New("A US prize draw's announcement must say \"No purchase necessary.\" Add it to the post.")})
	}
	if c.Covers("GB") && !c.End.IsZero() && !namesClose(c, text) {
		// The example is words for the post, which Kairos writes in English.
		w = append(w, Warning{Rule: "uk.key-conditions", Message: msg.New(
			"UK rules (CAP Code 8.17) expect the first post to give the closing date. Add it, for example \"{{.Example}}\"",
			"Example", "Closes "+closing(c)+".")})
	}
	return w
}

// momentArgs are the values of a moment as a warning states it: its day
// (a model.Date the interface writes its way), its wall-clock time and its
// zone's abbreviation, "2027-06-30", "23:59", "BST".
func momentArgs(t time.Time) []any {
	return []any{"Date", model.DateOf(t), "Time", t.Format("15:04"), "Zone", zoneName(t)}
}

// mentionsLink reports whether the post links to link, or quotes it,
// ignoring the scheme, "www." and a final slash. A quoted link must stand
// on its own: …/rules is not …/rules-2023, nor evil-x.example/rules.
func mentionsLink(p model.Post, text, link string) bool {
	want := bareLink(link)
	if want == "" {
		return false
	}
	if bareLink(p.Link) == want {
		return true
	}
	return linkAt(strings.ToLower(text), want) != nil
}

// linkAt is the positions of the first occurrence of bare link want in
// lower-case text that stands on its own (see linkBounded), or nil.
func linkAt(text, want string) []int {
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], want)
		if i < 0 {
			return nil
		}
		i += from
		if linkBounded(text, i, i+len(want)) {
			return []int{i, i + len(want)}
		}
		from = i + 1
	}
	return nil
}

// linkBounded reports whether text[i:j] is a whole link, or a link's host
// and path: it starts after a space, a scheme, "www." or an opening
// bracket, and ends at the text's end, a space, '/', '?', '#', or closing
// punctuation. A full stop or comma ends it only when a space or the end
// follows ("rules." but not "rules.html").
func linkBounded(text string, i, j int) bool {
	if i > 0 {
		before := text[:i]
		if !strings.HasSuffix(before, "//") && !strings.HasSuffix(before, "www.") &&
			!strings.ContainsRune(" \t\n(<[\"'“«:", lastRune(before)) {
			return false
		}
	}
	rest := text[j:]
	if rest == "" {
		return true
	}
	r := []rune(rest)
	switch {
	case strings.ContainsRune(" \t\n\r/?#)]>\"'”»", r[0]):
		return true
	case strings.ContainsRune(".,;:!", r[0]):
		return len(r) == 1 || strings.ContainsRune(" \t\n\r)]>\"'”».,;:!?", r[1])
	}
	return false
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func bareLink(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, prefix := range []string{"https://", "http://", "www."} {
		s = strings.TrimPrefix(s, prefix)
	}
	return strings.TrimSuffix(s, "/")
}
