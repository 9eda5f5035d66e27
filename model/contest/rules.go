package contest

import (
	"fmt"
	"slices"
	"strings"

	"kairos/model"
)

// CheckPost lists the rules one of c's posts seems to break. platforms are
// the platforms of the post's own channels: Facebook and Instagram rules
// apply only when the post goes there. It reads what gets published
// (p.FullText) and p.Link. The checks look for common phrasings: no
// warning is no guarantee, and the user judges the wording in the end.
func CheckPost(c Contest, p model.Post, platforms []model.Platform) []Warning {
	text := p.FullText()
	var w []Warning
	add := func(rule, msg string) { w = append(w, Warning{Rule: rule, Message: msg}) }
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
		add("rules-link", fmt.Sprintf("This post does not link to the official rules. Add the rules' link (%s) to the post.", c.RulesLink))
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
// a US prize draw's announcement must say "No purchase necessary", and a
// UK contest's announcement must give the closing date (CAP Code 8.17).
func CheckKeyPost(c Contest, p model.Post, platforms []model.Platform, kind KeyKind) []Warning {
	w := CheckPost(c, p, platforms)
	if kind != Announcement {
		return w
	}
	text := p.FullText()
	if c.Kind.ByChance() && c.Covers("US") && !noPurchaseRE.MatchString(text) {
		w = append(w, Warning{Rule: "us.no-purchase", Message: "A US prize draw's announcement must say “No purchase necessary.” Add it to the post."})
	}
	if c.Covers("GB") && !c.End.IsZero() {
		end := c.End.In(c.Location())
		if !dateRE(end).MatchString(text) {
			w = append(w, Warning{Rule: "uk.key-conditions", Message: fmt.Sprintf(
				"UK rules (CAP Code 8.17) expect the first post to give the closing date. Add it, for example “Closes %s.”", closing(c))})
		}
	}
	return w
}

// mentionsLink reports whether the post links to link, or quotes it,
// ignoring the scheme, "www." and a final slash.
func mentionsLink(p model.Post, text, link string) bool {
	want := bareLink(link)
	if want == "" {
		return false
	}
	if bareLink(p.Link) == want {
		return true
	}
	// The link must end where the quoted one ends: …/rules is not …/rules-2023.
	lower := strings.ToLower(text)
	for i := strings.Index(lower, want); i >= 0; {
		rest := lower[i+len(want):]
		if rest == "" || strings.ContainsRune(" \t\n/?#).,;:!'\"”»", []rune(rest)[0]) {
			return true
		}
		next := strings.Index(rest, want)
		if next < 0 {
			break
		}
		i += len(want) + next
	}
	return false
}

func bareLink(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, prefix := range []string{"https://", "http://", "www."} {
		s = strings.TrimPrefix(s, prefix)
	}
	return strings.TrimSuffix(s, "/")
}
