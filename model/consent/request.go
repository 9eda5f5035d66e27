package consent

import (
	"fmt"
	"strings"
)

// RequestMessage is a plain-text permission request asking t's author for
// exactly what c records: the words, how they would be shown, where, for
// what, until when, the incentive disclosure, and how to withdraw.
func RequestMessage(t Testimonial, c Consent, businessName string) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }

	name := t.Person.Name
	if name == "" {
		name = "there"
	}
	if t.Person.Minor && t.Person.Guardian != "" {
		line("Hello %s,", t.Person.Guardian)
		line("")
		line("%s shared kind words about %s. Because %s is under age, we are asking you, as their parent or guardian, for permission to use them.", t.Person.Name, businessName, t.Person.Name)
	} else {
		line("Hello %s,", name)
		line("")
		about := businessName
		if t.Product != "" {
			about += " (" + t.Product + ")"
		}
		line("Thank you for your kind words about %s. We would love to share them, and we will only do so with your permission.", about)
		if t.Person.Minor {
			line("Because you are under age, a parent or guardian needs to give this permission.")
		}
	}
	line("")

	quote := t.Approved
	if quote == "" {
		quote = t.Original
	}
	if quote != "" {
		line("The words we would like to use:")
		line("“%s”", normalizeSpace(quote))
		if t.Approved != "" && normalizeSpace(t.Approved) != normalizeSpace(t.Original) {
			line("This is an edited version of what you wrote; please check it still says what you meant.")
		}
	} else {
		line("We would like to use the recording or file you sent us, unchanged.")
	}
	switch {
	case t.EditsAllowed && t.TranslationAllowed:
		line("You also allow us to shorten them to an excerpt and to translate them, without changing their meaning.")
	case t.EditsAllowed:
		line("You also allow us to shorten them to an excerpt, without changing any words.")
	case t.TranslationAllowed:
		line("You also allow us to translate them, without changing their meaning.")
	default:
		line("We will use them exactly as written, without changes.")
	}
	line("")

	p := c.Permissions
	var shown, hidden []string
	switch p.Name {
	case FullName:
		shown = append(shown, "your full name ("+t.Person.Name+")")
	case Initials:
		shown = append(shown, "your initials ("+initials(t.Person.Name)+")")
	default:
		hidden = append(hidden, "your name (the quote will be anonymous)")
	}
	for _, e := range []struct {
		ok   bool
		what string
	}{
		{p.Photo, "your photo"},
		{p.VideoVoice, "your video or voice"},
		{p.TitleCompany, "your job title or company"},
		{p.LinkProfile, "a link to or tag of your profile"},
	} {
		if e.ok {
			shown = append(shown, e.what)
		} else {
			hidden = append(hidden, e.what)
		}
	}
	if len(shown) > 0 {
		line("Shown with the quote: %s.", joinAnd(shown))
	}
	if len(hidden) > 0 {
		line("Not shown: %s.", joinAnd(hidden))
	}

	var where []string
	for _, pl := range c.Platforms {
		where = append(where, pl.Name())
	}
	if len(where) > 0 {
		line("Where: %s.", joinAnd(where))
	}
	var uses []string
	for _, pu := range c.Purposes {
		uses = append(uses, purposeRequest(pu))
	}
	if len(uses) > 0 {
		line("Used for: %s.", joinAnd(uses))
	}
	if c.Expires.IsZero() {
		line("Until: you withdraw your permission; there is no end date.")
	} else {
		line("Until: %s, the last day we may use them.", longDate(c.Expires.AddDays(-1)))
	}
	line("")

	if t.Incentive != "" && t.Disclosure != "" {
		line("Because you received %s, every post will say: “%s”", t.Incentive, t.Disclosure)
		line("")
	}
	if t.SpecialCategory {
		line("Your words mention your health or other personal matters, so we need your explicit written agreement: please reply in writing.")
		line("")
	}

	line("To agree, simply reply to this message saying “I agree”. You do not have to agree, and saying no changes nothing else between us.")
	line("You can withdraw your permission at any time, as easily as you gave it: just reply to this message or tell us in any way you like. We will then stop new posts and take down the ones already published.")
	line("")
	line("Thank you,")
	b.WriteString(businessName)
	return b.String()
}

func purposeRequest(p Purpose) string {
	switch p {
	case Organic:
		return "our own social media posts"
	case PaidAds:
		return "paid adverts"
	case Website:
		return "our website"
	case Email:
		return "our emails"
	case Print:
		return "printed material"
	}
	return string(p)
}

// initials is "J. D." for "Jane Doe".
func initials(name string) string {
	var parts []string
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		parts = append(parts, strings.ToUpper(string(r[0]))+".")
	}
	return strings.Join(parts, " ")
}
