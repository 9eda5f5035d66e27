package consent

import (
	"net/url"
	"strings"

	"kairos/model"
)

// Statuses lists every status in the order a form shows them.
func Statuses() []Status {
	return []Status{NotRequested, Requested, Granted, Declined, Withdrawn, Expired}
}

// Valid reports whether s is a status Kairos knows.
func (s Status) Valid() bool {
	for _, k := range Statuses() {
		if s == k {
			return true
		}
	}
	return false
}

// Valid reports whether n is one of FullName, Initials or Anonymous.
func (n NameUse) Valid() bool { return n == FullName || n == Initials || n == Anonymous }

// rank orders name uses from least (0, anonymous) to most identifying (2);
// the empty or an unknown value counts as anonymous, the most restrictive.
func (n NameUse) rank() int {
	switch n {
	case FullName:
		return 2
	case Initials:
		return 1
	}
	return 0
}

// Purposes lists every purpose in the order a form shows them.
func Purposes() []Purpose { return []Purpose{Organic, PaidAds, Website, Email, Print} }

// Valid reports whether p is a purpose Kairos knows.
func (p Purpose) Valid() bool {
	for _, k := range Purposes() {
		if p == k {
			return true
		}
	}
	return false
}

// Label is how a sentence names the purpose, e.g. "paid ads".
func (p Purpose) Label() string {
	switch p {
	case Organic:
		return "organic posts"
	case PaidAds:
		return "paid ads"
	case Website:
		return "the website"
	case Email:
		return "email"
	case Print:
		return "print"
	}
	return "\"" + string(p) + "\""
}

// String is the purpose as an English sentence names it (see Label).
func (p Purpose) String() string { return p.Label() }

// Normalize tidies what a form typed. Original and Approved lose only their
// outer whitespace: the words themselves are kept verbatim.
func (t *Testimonial) Normalize() {
	for _, s := range []*string{
		&t.Person.Name, &t.Person.Contact, &t.Person.Guardian,
		&t.Original, &t.OriginalFile, &t.Approved, &t.Product, &t.Photo,
		&t.ProfileLink, &t.Source, &t.Incentive, &t.Disclosure,
	} {
		*s = strings.TrimSpace(*s)
	}
	t.OriginalSHA256 = strings.ToLower(strings.TrimSpace(t.OriginalSHA256))
}

// Validate reports every problem with t; call Normalize first.
func (t Testimonial) Validate() error {
	var p model.Problems
	add := func(field, key string, pairs ...any) { p = append(p, model.Problem(field, key, pairs...)) }
	if t.Person.Name == "" {
		add("person_name", "Give the name of the person who gave the testimonial.")
	}
	if t.Original == "" && t.OriginalFile == "" {
		add("original", "Paste the testimonial's original words or attach the original file.")
	}
	if t.Person.Minor && t.Person.Guardian == "" {
		add("guardian", "The person is a minor: record the parent or guardian who gives permission.")
	}
	if t.Incentive != "" && t.Disclosure == "" {
		add("disclosure", "Write the disclosure posts must carry because of the incentive, for example \"Sam received a free lesson for this review.\"")
	}
	if t.Approved != "" && normalizeSpace(t.Approved) != normalizeSpace(t.Original) && !t.EditsAllowed && !t.TranslationAllowed {
		add("approved", "The approved version differs from the original, but the person allowed neither edits nor translation.")
	}
	if t.ProfileLink != "" {
		u, err := url.Parse(t.ProfileLink)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			add("profile_link", "The profile link must be a web address starting with http:// or https://.")
		}
	}
	if len(p) == 0 {
		return nil
	}
	return p
}

// Normalize tidies what a form typed: keys lower-cased, platforms given by
// display name turned into keys, blanks and duplicates dropped.
func (c *Consent) Normalize() {
	c.Status = Status(strings.ToLower(strings.TrimSpace(string(c.Status))))
	c.Permissions.Name = NameUse(strings.ToLower(strings.TrimSpace(string(c.Permissions.Name))))
	for _, s := range []*string{&c.Method, &c.EvidenceNote, &c.EvidenceFile, &c.Wording, &c.WithdrawalChannel} {
		*s = strings.TrimSpace(*s)
	}
	c.EvidenceSHA256 = strings.ToLower(strings.TrimSpace(c.EvidenceSHA256))

	var platforms []model.Platform
	seenP := map[model.Platform]bool{}
	for _, pl := range c.Platforms {
		k := model.Platform(strings.ToLower(strings.TrimSpace(string(pl))))
		if parsed, err := model.ParsePlatform(string(pl)); err == nil {
			k = parsed
		}
		if k != "" && !seenP[k] {
			seenP[k] = true
			platforms = append(platforms, k)
		}
	}
	c.Platforms = platforms

	var purposes []Purpose
	seenU := map[Purpose]bool{}
	for _, pu := range c.Purposes {
		k := Purpose(strings.ToLower(strings.TrimSpace(string(pu))))
		if k != "" && !seenU[k] {
			seenU[k] = true
			purposes = append(purposes, k)
		}
	}
	c.Purposes = purposes
}

// Validate reports every problem with c; call Normalize first. A granted
// record must be demonstrable (GDPR Art. 7(1)): a date, how it was given,
// evidence, a name choice, and at least one platform and purpose.
func (c Consent) Validate() error {
	var p model.Problems
	add := func(field, key string, pairs ...any) { p = append(p, model.Problem(field, key, pairs...)) }
	switch {
	case c.Status == "":
		add("status", "Choose where the permission stands.")
	case !c.Status.Valid():
		add("status", "\"{{.Status}}\" is not a permission status Kairos knows.", "Status", string(c.Status))
	}
	if c.Status == Granted {
		if c.Granted.IsZero() {
			add("granted", "Enter the date permission was granted.")
		}
		if c.Method == "" {
			add("method", "Say how permission was given, for example signed form or email.")
		}
		if c.EvidenceNote == "" && c.EvidenceFile == "" {
			add("evidence", "Keep evidence of the permission: a note or a copy of the reply.")
		}
		if c.Permissions.Name == "" {
			add("name_use", "Choose how the person's name may appear: full name, initials or anonymous.")
		}
		if len(c.Platforms) == 0 {
			add("platforms", "Choose at least one platform the permission covers.")
		}
		if len(c.Purposes) == 0 {
			add("purposes", "Choose at least one use the permission covers.")
		}
	}
	if c.Permissions.Name != "" && !c.Permissions.Name.Valid() {
		add("name_use", "\"{{.Name}}\" is not a way to show a name: choose full name, initials or anonymous.", "Name", string(c.Permissions.Name))
	}
	if !c.Expires.IsZero() && !c.Granted.IsZero() && c.Expires.Before(c.Granted) {
		add("expires", "The expiry date is before the date permission was granted.")
	}
	if c.Status == Withdrawn {
		if c.WithdrawnOn.IsZero() {
			add("withdrawn_on", "Enter the date permission was withdrawn.")
		} else if !c.Granted.IsZero() && c.WithdrawnOn.Before(c.Granted) {
			add("withdrawn_on", "The withdrawal date is before the date permission was granted.")
		}
		if c.WithdrawalChannel == "" {
			add("withdrawal_channel", "Say how the person withdrew permission, for example email or phone.")
		}
	}
	for _, pl := range c.Platforms {
		if !pl.Valid() {
			add("platforms", "\"{{.Platform}}\" is not a platform Kairos knows.", "Platform", string(pl))
		}
	}
	for _, pu := range c.Purposes {
		if !pu.Valid() {
			add("purposes", "\"{{.Purpose}}\" is not a use Kairos knows: choose organic posts, paid ads, website, email or print.", "Purpose", string(pu))
		}
	}
	if len(p) == 0 {
		return nil
	}
	return p
}

// normalizeSpace trims s and collapses every run of whitespace (spaces,
// tabs, newlines, no-break spaces) to one space. Case and punctuation stay.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
