package contest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"kairos/model"
)

// KeyPost is a ready-to-edit draft for one key moment of c, on c's
// channels, at k.At read in postZone (the client's zone, nil for UTC). Its
// words already carry what the rules ask of a contest post (the closing
// date, "No purchase necessary", the rules' link, Meta's statement, clear
// hashtags), so CheckKeyPost finds nothing to warn about once c has a
// rules link.
func KeyPost(c Contest, k KeyDate, postZone *time.Location) model.Post {
	if postZone == nil {
		postZone = time.UTC
	}
	at := k.At.In(postZone)
	typ := model.Text
	if k.Kind == Announcement || k.Kind == Winners {
		typ = model.Photo
	}
	return model.Post{
		ClientID:   c.ClientID,
		ChannelIDs: slices.Clone(c.ChannelIDs),
		Date:       model.DateOf(at),
		Time:       model.At(at.Hour(), at.Minute()),
		Status:     model.Draft,
		Type:       typ,
		Pillar:     "contest",
		Text:       keyText(c, k.Kind),
		Hashtags:   keyHashtags(c),
		Link:       c.RulesLink,
	}
}

// keyText is the post's words: a headline line, then the conditions.
func keyText(c Contest, kind KeyKind) string {
	lines := []string{headline(c, kind), ""}
	if kind == Winners {
		lines = append(lines, winnersLine(c))
	} else {
		lines = append(lines, prizeLine(c)+" "+howToEnter(c))
	}
	if kind != Winners {
		lines = append(lines, "Closes "+closing(c)+".")
		if who := eligibility(c); who != "" {
			lines = append(lines, who)
		}
		if c.Kind.ByChance() {
			lines = append(lines, "No purchase necessary.")
		}
	}
	if c.RulesLink != "" {
		lines = append(lines, "Full rules: "+c.RulesLink)
	}
	if meta := metaStatement(c); meta != "" {
		lines = append(lines, "", meta)
	}
	return strings.Join(lines, "\n")
}

// headline is the first line of the post for kind.
func headline(c Contest, kind KeyKind) string {
	switch kind {
	case Announcement:
		return "GIVEAWAY: " + c.Name
	case Reminder:
		return "There is still time to enter " + c.Name + "!"
	case LastCall:
		return "Last call: " + c.Name + " closes soon!"
	case Winners:
		return c.Name + " has closed. Thank you to everyone who entered!"
	}
	return c.Name
}

// metaStatement is the release Meta asks of a promotion on Facebook or
// Instagram, or "" when c runs on neither.
func metaStatement(c Contest) string {
	meta := c.metaPlatforms()
	if len(meta) == 0 {
		return ""
	}
	names := make([]string, len(meta))
	for i, p := range meta {
		names[i] = p.Name()
	}
	return "This giveaway is not sponsored, endorsed or administered by, or associated with " + joinAnd(names, "or") + "."
}

// keyHashtags make the promotion clear; US guidance asks for #sweepstakes
// (or #contest) rather than #giveaway alone.
func keyHashtags(c Contest) []string {
	tags := []string{"#contest", "#giveaway"}
	if c.Covers("US") && c.Kind.ByChance() {
		tags = append(tags, "#sweepstakes")
	}
	return tags
}

func prizeLine(c Contest) string {
	prize := prizeName(c)
	switch {
	case c.Kind == Skill && c.Prize.Quantity > 1:
		return fmt.Sprintf("The %d best entries each win %s!", c.Prize.Quantity, prize)
	case c.Kind == Skill:
		return fmt.Sprintf("The best entry wins %s!", prize)
	case c.Prize.Quantity > 1:
		return fmt.Sprintf("%d winners will each get %s!", c.Prize.Quantity, prize)
	}
	return fmt.Sprintf("Win %s!", prize)
}

// prizeName is the description as it reads mid-sentence: "A hamper." turns
// into "a hamper"; brand names keep their capitals.
func prizeName(c Contest) string {
	prize := strings.TrimSuffix(c.Prize.Description, ".")
	first, rest, _ := strings.Cut(prize, " ")
	if rest != "" && slices.Contains([]string{"A", "An", "The"}, first) {
		prize = strings.ToLower(first) + " " + rest
	}
	return prize
}

func howToEnter(c Contest) string {
	if c.Kind == Skill {
		return "Comment below with your entry."
	}
	return "Comment below to enter."
}

func winnersLine(c Contest) string {
	prize, one := prizeName(c), c.Prize.Quantity == 1
	var s string
	switch {
	case c.Kind == InstantWin:
		s = fmt.Sprintf("Everyone who won %s found out when they entered. Congratulations!", prize)
	case c.Kind == Skill && one:
		s = fmt.Sprintf("The judges have chosen the winner of %s, and we have told them by direct message. Congratulations!", prize)
	case c.Kind == Skill:
		s = fmt.Sprintf("The judges have chosen the %d winners of %s, and we have told them by direct message. Congratulations!", c.Prize.Quantity, prize)
	case one:
		s = fmt.Sprintf("The winner of %s has been drawn and told by direct message. Congratulations!", prize)
	default:
		s = fmt.Sprintf("The %d winners of %s have been drawn and told by direct message. Congratulations!", c.Prize.Quantity, prize)
	}
	if c.Covers("GB") { // CAP Code 8.28.5
		if one {
			s += " The winner's surname and county are available on request."
		} else {
			s += " The winners' surnames and counties are available on request."
		}
	}
	return s
}

// closing is the close as the rules state it: "30 June 2027 at 23:59 BST".
func closing(c Contest) string {
	return stated(c.End.In(c.Location()))
}

// stated is t as the rules state a moment: "30 June 2027 at 23:59 BST".
func stated(t time.Time) string {
	return t.Format("2 January 2006 at 15:04") + " " + zoneName(t)
}

// zoneName is t's zone as the rules state it: "BST", or "UTC+04" for a
// zone without a common abbreviation.
func zoneName(t time.Time) string {
	zone := t.Format("MST")
	if strings.HasPrefix(zone, "+") || strings.HasPrefix(zone, "-") {
		zone = "UTC" + zone
	}
	return zone
}

// eligibility is "Open to residents of Greece aged 18 or over.", naming up
// to three regions; more are left to the rules.
func eligibility(c Contest) string {
	var names []string
	for _, r := range c.Regions {
		if r == EU {
			names = append(names, "the EU")
		} else if country, err := model.LookupCountry(r); err == nil {
			names = append(names, withArticle(country.Name))
		}
	}
	where := "residents of " + joinAnd(names, "and")
	if len(names) == 0 || len(names) > 3 {
		where = "residents of the countries listed in the rules"
	}
	if c.MinAge > 0 {
		return fmt.Sprintf("Open to %s aged %d or over.", where, c.MinAge)
	}
	return fmt.Sprintf("Open to %s.", where)
}

// withArticle adds "the" to the country names that take it in English.
func withArticle(name string) string {
	if strings.HasPrefix(name, "United ") || strings.HasSuffix(name, " Republic") || strings.HasSuffix(name, " Islands") ||
		slices.Contains([]string{"Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Seychelles"}, name) {
		return "the " + name
	}
	return name
}
