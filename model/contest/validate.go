package contest

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"kairos/model"
	"kairos/model/msg"
)

// Valid reports whether k is a kind Kairos knows.
func (k Kind) Valid() bool { return slices.Contains(Kinds(), k) }

// Label is how a form names the kind.
func (k Kind) Label() msg.Text {
	switch k {
	case Chance:
		return msg.New("Chance (sweepstakes, prize draw)")
	case Skill:
		return msg.New("Skill (judged)")
	case InstantWin:
		return msg.New("Instant win")
	}
	return msg.New("{{.Kind}}", "Kind", string(k)) // a kind Kairos does not know, as it is
}

// String is the label in English, as sentences in English name the kind.
func (k Kind) String() string { return k.Label().String() }

// ByChance reports whether luck picks the winners (a draw or an instant
// win): such a contest must be free to enter, or it can be a lottery.
func (k Kind) ByChance() bool { return k == Chance || k == InstantWin }

// Valid reports whether s is a status Kairos knows.
func (s Status) Valid() bool { return s == Planning || s == Ready }

// Valid reports whether k is a key moment Kairos knows.
func (k KeyKind) Valid() bool { return slices.Contains(KeyKinds(), k) }

// Label is how a sentence or a list names the key moment.
func (k KeyKind) Label() msg.Text {
	switch k {
	case Announcement:
		return msg.New("Announcement")
	case Reminder:
		return msg.New("Reminder")
	case LastCall:
		return msg.New("Last call")
	case Winners:
		return msg.New("Winner announcement")
	}
	return msg.New("{{.Kind}}", "Kind", string(k)) // a kind Kairos does not know, as it is
}

// String is the label in English.
func (k KeyKind) String() string { return k.Label().String() }

// Location is the contest's time zone (UTC if it cannot be loaded).
func (c Contest) Location() *time.Location {
	if c.Zone == "Local" {
		return time.UTC // the laptop's zone is not something rules can state
	}
	loc, err := time.LoadLocation(c.Zone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// metaMinAge is the youngest age Facebook and Instagram accept.
const metaMinAge = 13

var currencyRE = regexp.MustCompile(`^[A-Z]{3}$`)

// Normalize tidies what a form typed: text trimmed, codes upper-cased,
// blanks and repeats dropped. "UK" becomes "GB", its ISO code.
func (c *Contest) Normalize() {
	for _, s := range []*string{&c.Name, &c.Zone, &c.Prize.Description, &c.RulesLink, &c.SponsorName, &c.SponsorAddress} {
		*s = strings.TrimSpace(*s)
	}
	c.Kind = Kind(strings.ToLower(strings.TrimSpace(string(c.Kind))))
	c.Status = Status(strings.ToLower(strings.TrimSpace(string(c.Status))))
	c.Prize.Currency = strings.ToUpper(strings.TrimSpace(c.Prize.Currency))

	var regions []string
	for _, r := range c.Regions {
		r = strings.ToUpper(strings.TrimSpace(r))
		if r == "UK" {
			r = "GB"
		}
		if r != "" && !slices.Contains(regions, r) {
			regions = append(regions, r)
		}
	}
	c.Regions = regions

	var ids []int64
	for _, id := range c.ChannelIDs {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	c.ChannelIDs = ids

	var platforms []model.Platform
	for _, p := range c.Platforms {
		if !slices.Contains(platforms, p) {
			platforms = append(platforms, p)
		}
	}
	c.Platforms = platforms
}

// Validate reports every problem with c; call Normalize first.
func (c Contest) Validate() error {
	var p model.Problems
	add := func(field, key string, pairs ...any) { p = append(p, model.Problem(field, key, pairs...)) }
	switch {
	case c.Name == "":
		add("name", "Give the contest a name.")
	case utf8.RuneCountInString(c.Name) > 100:
		add("name", "Keep the contest's name to 100 characters or fewer.")
	}
	switch {
	case c.Kind == "":
		add("kind", "Choose how winners are picked: by chance, by skill or instant win.")
	case !c.Kind.Valid():
		add("kind", "\"{{.Kind}}\" is not a kind of contest: choose chance, skill or instant win.", "Kind", string(c.Kind))
	}
	if len(c.ChannelIDs) == 0 {
		add("channels", "Choose at least one channel the contest runs on.")
	}
	if c.Start.IsZero() {
		add("start", "Enter when the contest starts.")
	}
	switch {
	case c.End.IsZero():
		add("end", "Enter when the contest closes.")
	case !c.Start.IsZero() && !c.End.After(c.Start):
		add("end", "The contest must close after it starts.")
	}
	if c.Zone == "" {
		add("zone", "Choose the time zone the rules state the dates in, for example Europe/London.")
	} else if _, err := time.LoadLocation(c.Zone); err != nil || c.Zone == "Local" {
		add("zone", "\"{{.Zone}}\" is not a time zone: use a name such as Europe/London or America/New_York.", "Zone", c.Zone)
	}
	c.validatePrize(add)
	c.validateRegions(add)
	switch {
	case c.MinAge < 0 || c.MinAge > 99:
		add("min_age", "The minimum age must be between 0 and 99.")
	case c.MinAge < metaMinAge && len(c.metaPlatforms()) > 1:
		add("min_age", "Entrants on Facebook and Instagram must be at least {{.Age}}: set the minimum age to {{.Age}} or more.",
			"Age", metaMinAge)
	case c.MinAge < metaMinAge && len(c.metaPlatforms()) == 1:
		add("min_age", "Entrants on {{.Platform}} must be at least {{.Age}}: set the minimum age to {{.Age}} or more.",
			"Platform", c.metaPlatforms()[0].Name(), "Age", metaMinAge)
	}
	if c.RulesLink != "" && !webAddress(c.RulesLink) {
		add("rules_link", "The rules link must be a web address starting with http:// or https://.")
	}
	if c.SponsorName == "" {
		add("sponsor_name", "Give the sponsor's name: the rules must say who runs the contest.")
	}
	if c.SponsorAddress == "" {
		add("sponsor_address", "Give the sponsor's address: the rules must say where entrants can reach them.")
	}
	if len(p) == 0 {
		return nil
	}
	return p
}

func (c Contest) validatePrize(add func(field, key string, pairs ...any)) {
	if c.Prize.Description == "" {
		add("prize", "Describe the prize.")
	}
	if c.Prize.Quantity < 1 {
		add("quantity", "There must be at least one prize.")
	}
	if c.Prize.Value < 0 {
		add("value", "The prize's value cannot be negative.")
	}
	// A stray currency is checked too, so a typo does not wait for a value.
	if (c.Prize.Value > 0 || c.Prize.Currency != "") && !currencyRE.MatchString(c.Prize.Currency) {
		add("currency", "Give the currency of the prize's value as three letters, for example EUR or USD.")
	}
}

func (c Contest) validateRegions(add func(field, key string, pairs ...any)) {
	if len(c.Regions) == 0 {
		add("regions", "Choose at least one country where people may enter, or EU for every member state.")
	}
	for _, r := range c.Regions {
		if r == EU {
			continue
		}
		if _, err := model.LookupCountry(r); err != nil || len(r) != 2 {
			add("regions", "\"{{.Code}}\" is not a country code: use the two-letter ISO code, for example US, GB or DE, or EU for every member state.", "Code", r)
		}
	}
}

// metaPlatforms are c's platforms run by Meta, whose terms set a minimum age.
func (c Contest) metaPlatforms() []model.Platform {
	var list []model.Platform
	for _, p := range []model.Platform{model.Facebook, model.Instagram} {
		if slices.Contains(c.Platforms, p) {
			list = append(list, p)
		}
	}
	return list
}

// joinAnd is "a", "a and b", "a, b and c" (or "or").
func joinAnd(list []string, word string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " " + word + " " + list[len(list)-1]
}

// webAddress reports whether s is an absolute http or https address.
func webAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
