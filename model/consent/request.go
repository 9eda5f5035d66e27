package consent

import (
	"strings"

	"kairos/model/msg"
)

// RequestMessage is a plain-text permission request asking t's author for
// exactly what c records: the words, how they would be shown, where, for
// what, until when, the incentive disclosure, and how to withdraw. It is
// one sentence or empty line per Text, for the interface to put in the
// user's language; String joins them in English.
func RequestMessage(t Testimonial, c Consent, businessName string) Request {
	var r Request
	line := func(key string, pairs ...any) { r = append(r, msg.New(key, pairs...)) }
	blank := func() { r = append(r, msg.Text{}) }

	if t.Person.Minor && t.Person.Guardian != "" {
		line("Hello {{.Name}},", "Name", t.Person.Guardian)
		blank()
		line("{{.Person}} shared kind words about {{.Business}}. Because {{.Person}} is under age, we are asking you, as their parent or guardian, for permission to use them.",
			"Person", t.Person.Name, "Business", businessName)
	} else {
		if t.Person.Name == "" {
			line("Hello,")
		} else {
			line("Hello {{.Name}},", "Name", t.Person.Name)
		}
		blank()
		if t.Product != "" {
			line("Thank you for your kind words about {{.Business}} ({{.Product}}). We would love to share them, and we will only do so with your permission.",
				"Business", businessName, "Product", t.Product)
		} else {
			line("Thank you for your kind words about {{.Business}}. We would love to share them, and we will only do so with your permission.",
				"Business", businessName)
		}
		if t.Person.Minor {
			line("Because you are under age, a parent or guardian needs to give this permission.")
		}
	}
	blank()

	quote := t.Approved
	if quote == "" {
		quote = t.Original
	}
	if quote != "" {
		line("The words we would like to use:")
		line("“{{.Quote}}”", "Quote", normalizeSpace(quote))
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
	blank()

	p := c.Permissions
	var shown, hidden []any
	switch p.Name {
	case FullName:
		shown = append(shown, msg.New("your full name ({{.Name}})", "Name", t.Person.Name))
	case Initials:
		shown = append(shown, msg.New("your initials ({{.Initials}})", "Initials", initials(t.Person.Name)))
	default:
		hidden = append(hidden, msg.New("your name (the quote will be anonymous)"))
	}
	for _, e := range []struct {
		ok   bool
		what msg.Text
	}{
		{p.Photo, msg.New("your photo")},
		{p.VideoVoice, msg.New("your video or voice")},
		{p.TitleCompany, msg.New("your job title or company")},
		{p.LinkProfile, msg.New("a link to or tag of your profile")},
	} {
		if e.ok {
			shown = append(shown, e.what)
		} else {
			hidden = append(hidden, e.what)
		}
	}
	if len(shown) > 0 {
		line("Shown with the quote: {{.List}}.", "List", andList(shown))
	}
	if len(hidden) > 0 {
		line("Not shown: {{.List}}.", "List", andList(hidden))
	}

	var where []any
	for _, pl := range c.Platforms {
		where = append(where, pl.Name())
	}
	if len(where) > 0 {
		line("Where: {{.List}}.", "List", andList(where))
	}
	var uses []any
	for _, pu := range c.Purposes {
		uses = append(uses, purposeRequest(pu))
	}
	if len(uses) > 0 {
		line("Used for: {{.List}}.", "List", andList(uses))
	}
	if c.Expires.IsZero() {
		line("Until: you withdraw your permission; there is no end date.")
	} else {
		line("Until: {{.Date}}, the last day we may use them.", "Date", c.Expires.AddDays(-1))
	}
	blank()

	if t.Incentive != "" && t.Disclosure != "" {
		line("Because you received {{.Incentive}}, every post will say: “{{.Disclosure}}”", "Incentive", t.Incentive, "Disclosure", t.Disclosure)
		blank()
	}
	if t.SpecialCategory {
		line("Your words mention your health or other personal matters, so we need your explicit written agreement: please reply in writing.")
		blank()
	}

	line("To agree, simply reply to this message saying “I agree”. You do not have to agree, and saying no changes nothing else between us.")
	line("You can withdraw your permission at any time, as easily as you gave it: just reply to this message or tell us in any way you like. We will then stop new posts and take down the ones already published.")
	blank()
	line("Thank you,")
	line("{{.Business}}", "Business", businessName)
	return r
}

// Request is a permission request, a sentence per line (the zero Text is
// an empty line).
type Request []msg.Text

// Render writes the request with render turning each sentence to text.
func (r Request) Render(render func(msg.Text) string) string {
	lines := make([]string, len(r))
	for i, t := range r {
		if t.Key != "" {
			lines[i] = render(t)
		}
	}
	return strings.Join(lines, "\n")
}

// String is the request in English.
func (r Request) String() string { return r.Render(msg.Text.String) }

func purposeRequest(p Purpose) msg.Text {
	switch p {
	case Organic:
		return msg.New("our own social media posts")
	case PaidAds:
		return msg.New("paid adverts")
	case Website:
		return msg.New("our website")
	case Email:
		return msg.New("our emails")
	case Print:
		return msg.New("printed material")
	}
	return msg.New("{{.Kind}}", "Kind", string(p))
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
