package consent

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kairos/model"
	"kairos/model/msg"
)

// Refusal lists every reason a post may not use a testimonial, each a
// sentence to translate. Check returns it as its error.
type Refusal []msg.Text

// Error is the reasons in English, one per line.
func (r Refusal) Error() string { return r.Message().String() }

// Message is the reasons as one Text, one per line.
func (r Refusal) Message() msg.Text { return msg.Lines(r...) }

var _ msg.Localized = Refusal(nil)

// StatusOn is where c stands on day.
//
// Expires is the first day the permission no longer applies: a Granted
// record is valid through the day before Expires and Expired on Expires and
// after. A review-by date is entered the same way (the day the permission
// must have been reconfirmed by). Every other status, Withdrawn included, is
// returned as recorded: a withdrawal is never undone by the calendar.
func (c Consent) StatusOn(day model.Date) Status {
	if c.Status == Granted && !c.Expires.IsZero() && !day.Before(c.Expires) {
		return Expired
	}
	return c.Status
}

// Check decides whether a post may use testimonial t under consent c as
// described by u. It returns nil when it may, else a Refusal listing every
// problem. Blocked by default: anything not positively permitted is refused.
//
// Decisions:
//   - Status on u.Date (StatusOn) must be Granted, and u.Date must be on or
//     after the Granted date. A withdrawal blocks every post not yet
//     published, whatever its date (GDPR Art. 7(3): past use stays lawful,
//     future use stops); published posts are handled by Affected.
//   - Every platform in u.Platforms must be covered; an empty list (a
//     website, email or print use) has no platform to check.
//   - Identity: u.Name may not be more identifying than permitted
//     (full name > initials > anonymous; empty counts as anonymous); photo,
//     video/voice, title/company and profile link each need permission.
//   - Quote: after collapsing whitespace and trimming, u.Quote must equal the
//     original or the approved text exactly (case and punctuation count).
//     When EditsAllowed it may instead be a contiguous excerpt of either,
//     starting and ending on word boundaries. An empty Quote means the post
//     quotes no text (it shows the original file) and is not checked.
//   - Incentive: u.PostText must contain t.Disclosure, ignoring case and
//     whitespace differences.
//   - A minor needs a recorded guardian.
//   - Special category (GDPR Art. 9) needs explicit written consent, which
//     Kairos takes to mean the wording shown to the person is recorded and
//     the written reply is kept as the evidence file.
func Check(t Testimonial, c Consent, u Use) error {
	var r Refusal
	no := func(reason msg.Text) { r = append(r, reason) }

	if t.ID != 0 && c.TestimonialID != 0 && t.ID != c.TestimonialID {
		no(msg.New("This permission belongs to a different testimonial."))
	}

	// Status and dates.
	switch c.StatusOn(u.Date) {
	case Granted:
		if c.EvidenceNote == "" && c.EvidenceFile == "" {
			no(msg.New("There is no evidence of the permission on record."))
		}
	case NotRequested:
		no(msg.New("Permission has not been requested yet."))
	case Requested:
		no(msg.New("Consent was requested but not yet granted."))
	case Declined:
		no(msg.New("The person declined permission."))
	case Withdrawn:
		on, by := !c.WithdrawnOn.IsZero(), c.WithdrawalChannel != ""
		switch {
		case on && by:
			no(msg.New("Permission was withdrawn on {{.Date}} (by {{.Channel}}).", "Date", c.WithdrawnOn, "Channel", c.WithdrawalChannel))
		case on:
			no(msg.New("Permission was withdrawn on {{.Date}}.", "Date", c.WithdrawnOn))
		case by:
			no(msg.New("Permission was withdrawn (by {{.Channel}}).", "Channel", c.WithdrawalChannel))
		default:
			no(msg.New("Permission was withdrawn."))
		}
	case Expired:
		if c.Expires.IsZero() {
			no(msg.New("Permission has expired."))
		} else {
			no(msg.New("Permission expired on {{.Date}}.", "Date", c.Expires))
		}
	default:
		no(msg.New("The permission record has an unknown status \"{{.Status}}\".", "Status", string(c.Status)))
	}
	switch {
	case u.Date.IsZero():
		no(msg.New("The post has no date yet; permission is checked for the day it goes out."))
	case !c.Granted.IsZero() && u.Date.Before(c.Granted):
		no(msg.New("The post is dated {{.Date}}, before permission was granted on {{.Granted}}.", "Date", u.Date, "Granted", c.Granted))
	}

	// Scope.
	for _, pl := range u.Platforms {
		if !containsPlatform(c.Platforms, pl) {
			no(msg.New("Permission does not cover {{.Platform}}.", "Platform", pl.Name()))
		}
	}
	switch {
	case u.Purpose == "":
		no(msg.New("Choose what the post uses the testimonial for."))
	case !containsPurpose(c.Purposes, u.Purpose):
		if len(c.Purposes) == 0 {
			no(msg.New("Permission does not cover {{.Purpose}}.", "Purpose", u.Purpose))
		} else {
			no(msg.New("Permission covers {{.Purposes}}, not {{.Purpose}}.", "Purposes", purposeList(c.Purposes), "Purpose", u.Purpose))
		}
	}

	// Identity.
	if u.Name != "" && !u.Name.Valid() {
		no(msg.New("The post's name setting \"{{.Name}}\" is not one Kairos knows.", "Name", string(u.Name)))
	} else if u.Name.rank() > c.Permissions.Name.rank() {
		// Only a full name outranks initials.
		switch {
		case c.Permissions.Name == Initials:
			no(msg.New("The person allowed initials only, but the post shows the full name."))
		case u.Name == Initials:
			no(msg.New("The person asked to stay anonymous, but the post shows their initials."))
		default:
			no(msg.New("The person asked to stay anonymous, but the post shows the full name."))
		}
	}
	if u.Photo && !c.Permissions.Photo {
		no(msg.New("The person did not allow a photo."))
	}
	if u.VideoVoice && !c.Permissions.VideoVoice {
		no(msg.New("The person did not allow their video or voice."))
	}
	if u.TitleCompany && !c.Permissions.TitleCompany {
		no(msg.New("The person did not allow their job title or company."))
	}
	if u.LinkProfile && !c.Permissions.LinkProfile {
		no(msg.New("The person did not allow a link to or tag of their profile."))
	}

	// Quote.
	if q := normalizeSpace(u.Quote); q != "" {
		orig, appr := normalizeSpace(t.Original), normalizeSpace(t.Approved)
		switch {
		case q == orig || (appr != "" && q == appr):
		case isExcerpt(q, orig) || isExcerpt(q, appr):
			if !t.EditsAllowed {
				no(msg.New("The quote is shortened, but the person did not allow edits."))
			}
		default:
			no(msg.New("The quote differs from the approved words."))
		}
	}

	// Incentive, minor, special category.
	if t.Incentive != "" {
		switch {
		case t.Disclosure == "":
			no(msg.New("The testimonial records an incentive but no disclosure to show with it."))
		case !strings.Contains(strings.ToLower(normalizeSpace(u.PostText)), strings.ToLower(normalizeSpace(t.Disclosure))):
			no(msg.New("The post must carry the incentive disclosure: \"{{.Disclosure}}\".", "Disclosure", t.Disclosure))
		}
	}
	if t.Person.Minor && t.Person.Guardian == "" {
		no(msg.New("The person is a minor and no parent or guardian permission is recorded."))
	}
	if t.SpecialCategory && (c.Wording == "" || c.EvidenceFile == "") {
		no(msg.New("This testimonial mentions health or other sensitive data, which needs explicit written consent: record the wording shown and keep the written reply as the evidence file."))
	}

	if len(r) == 0 {
		return nil
	}
	return r
}

// isExcerpt reports whether q occurs in s starting and ending on word
// boundaries (not inside a word). Both must be whitespace-normalised.
func isExcerpt(q, s string) bool {
	if q == "" || s == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(s[from:], q)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(q)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		from = start + size
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func containsPlatform(list []model.Platform, p model.Platform) bool {
	for _, x := range list {
		if x == p {
			return true
		}
	}
	return false
}

func containsPurpose(list []Purpose, p Purpose) bool {
	for _, x := range list {
		if x == p {
			return true
		}
	}
	return false
}

// purposeList is "a", "a and b", "a, b and c": one purpose as it is, more
// as one Text, each purpose written the interface's way.
func purposeList(ps []Purpose) any {
	items := make([]any, len(ps))
	for i, p := range ps {
		items[i] = p
	}
	return andList(items)
}

// andList is "a", "a and b", "a, b and c" as one Text; items may be
// Texts, model values or plain words.
func andList(items []any) any {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return msg.New("{{.A}} and {{.B}}", "A", items[0], "B", items[1])
	}
	return msg.New("{{.A}}, {{.B}}", "A", items[0], "B", andList(items[1:]))
}

// PostUse is one post that uses a testimonial.
type PostUse struct {
	PostID    int64
	Date      model.Date
	Published bool
}

// Affected lists what to do about the posts using c when it is withdrawn or
// expired as of today (otherwise both lists are nil). Published posts, of
// any date, become takedown tasks: they are still visible. Unpublished posts
// dated today or later are flagged so they are not sent; unpublished posts
// dated before today (or undated) are no longer scheduled and are skipped;
// Check refuses them if they are rescheduled.
func Affected(c Consent, uses []PostUse, today model.Date) (flag []int64, takedown []int64) {
	if st := c.StatusOn(today); st != Withdrawn && st != Expired {
		return nil, nil
	}
	for _, u := range uses {
		switch {
		case u.Published:
			takedown = append(takedown, u.PostID)
		case !u.Date.IsZero() && !u.Date.Before(today):
			flag = append(flag, u.PostID)
		}
	}
	return flag, takedown
}

// ExpiringWithin returns the consents granted as of today whose Expires
// falls within the next days days (today+1 through today+days inclusive;
// a consent expiring today is already expired), soonest first.
func ExpiringWithin(cs []Consent, today model.Date, days int) []Consent {
	var out []Consent
	last := today.AddDays(days)
	for _, c := range cs {
		if c.StatusOn(today) == Granted && !c.Expires.IsZero() && !c.Expires.After(last) {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Expires.Before(out[j].Expires) })
	return out
}
