package consent

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"kairos/model"
	"kairos/model/msg"
)

func d(y int, m time.Month, day int) model.Date { return model.NewDate(y, m, day) }

func baseTestimonial() Testimonial {
	return Testimonial{
		ID:       1,
		ClientID: 7,
		Person:   Person{Name: "Jane Doe", Contact: "jane@example.com"},
		Original: "Best  bakery in town.\nThe croissants are perfect!",
	}
}

func baseConsent() Consent {
	return Consent{
		ID: 10, TestimonialID: 1, Status: Granted,
		Permissions:  Permissions{Name: FullName, Photo: true, VideoVoice: true, TitleCompany: true, LinkProfile: true},
		Platforms:    []model.Platform{model.Facebook, model.Instagram},
		Purposes:     []Purpose{Organic, Website},
		Granted:      d(2027, 1, 10),
		Method:       "email",
		EvidenceNote: "Reply of 10 Jan saved in the client folder",
		Wording:      "May we share your review?",
		Expires:      d(2027, 3, 1),
	}
}

func baseUse() Use {
	return Use{
		Platforms: []model.Platform{model.Instagram},
		Purpose:   Organic,
		Date:      d(2027, 2, 1),
		Name:      FullName,
		Quote:     "Best bakery in town. The croissants are perfect!",
		PostText:  "What our customers say: Best bakery in town. The croissants are perfect!",
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		edit func(t *Testimonial, c *Consent, u *Use)
		want []string // nil: allowed (the reasons in English)
	}{
		// Status.
		{"granted and covered", func(t *Testimonial, c *Consent, u *Use) {}, nil},
		{"not requested", func(t *Testimonial, c *Consent, u *Use) { c.Status = NotRequested }, []string{"Permission has not been requested yet."}},
		{"requested", func(t *Testimonial, c *Consent, u *Use) { c.Status = Requested }, []string{"Consent was requested but not yet granted."}},
		{"declined", func(t *Testimonial, c *Consent, u *Use) { c.Status = Declined }, []string{"The person declined permission."}},
		{"expired status recorded", func(t *Testimonial, c *Consent, u *Use) { c.Status = Expired }, []string{"Permission expired on 2027-03-01."}},
		{"expired status without date", func(t *Testimonial, c *Consent, u *Use) { c.Status, c.Expires = Expired, model.Date{} }, []string{"Permission has expired."}},
		{"unknown status", func(t *Testimonial, c *Consent, u *Use) { c.Status = "maybe" }, []string{"The permission record has an unknown status \"maybe\"."}},
		{"granted without evidence", func(t *Testimonial, c *Consent, u *Use) { c.EvidenceNote = "" }, []string{"There is no evidence of the permission on record."}},
		{"granted with evidence file only", func(t *Testimonial, c *Consent, u *Use) { c.EvidenceNote, c.EvidenceFile = "", "consents/jane.pdf" }, nil},
		{"consent of another testimonial", func(t *Testimonial, c *Consent, u *Use) { c.TestimonialID = 2 }, []string{"This permission belongs to a different testimonial."}},

		// Withdrawal.
		{"withdrawn before the post date", func(t *Testimonial, c *Consent, u *Use) {
			c.Status, c.WithdrawnOn, c.WithdrawalChannel = Withdrawn, d(2027, 1, 20), "email"
		}, []string{"Permission was withdrawn on 2027-01-20 (by email)."}},
		{"withdrawn after the post date, post not yet published", func(t *Testimonial, c *Consent, u *Use) {
			c.Status, c.WithdrawnOn, c.WithdrawalChannel = Withdrawn, d(2027, 2, 2), "phone"
		}, []string{"Permission was withdrawn on 2027-02-02 (by phone)."}},
		{"withdrawn without date or channel", func(t *Testimonial, c *Consent, u *Use) { c.Status = Withdrawn }, []string{"Permission was withdrawn."}},

		// Dates.
		{"post before grant", func(t *Testimonial, c *Consent, u *Use) { u.Date = d(2027, 1, 9) }, []string{"The post is dated 2027-01-09, before permission was granted on 2027-01-10."}},
		{"post on grant day", func(t *Testimonial, c *Consent, u *Use) { u.Date = d(2027, 1, 10) }, nil},
		{"post the day before expiry", func(t *Testimonial, c *Consent, u *Use) { u.Date = d(2027, 2, 28) }, nil},
		{"post on expiry day", func(t *Testimonial, c *Consent, u *Use) { u.Date = d(2027, 3, 1) }, []string{"Permission expired on 2027-03-01."}},
		{"post after expiry", func(t *Testimonial, c *Consent, u *Use) { u.Date = d(2028, 6, 1) }, []string{"Permission expired on 2027-03-01."}},
		{"no expiry, far future", func(t *Testimonial, c *Consent, u *Use) { c.Expires, u.Date = model.Date{}, d(2035, 1, 1) }, nil},
		{"undated post", func(t *Testimonial, c *Consent, u *Use) { u.Date = model.Date{} }, []string{"The post has no date yet; permission is checked for the day it goes out."}},

		// Platforms.
		{"all platforms covered", func(t *Testimonial, c *Consent, u *Use) {
			u.Platforms = []model.Platform{model.Facebook, model.Instagram}
		}, nil},
		{"one of several platforms uncovered", func(t *Testimonial, c *Consent, u *Use) {
			u.Platforms = []model.Platform{model.Facebook, model.LinkedIn, model.Instagram}
		}, []string{"Permission does not cover LinkedIn."}},
		{"two platforms uncovered", func(t *Testimonial, c *Consent, u *Use) {
			c.Platforms = []model.Platform{model.Facebook}
			u.Platforms = []model.Platform{model.Facebook, model.Instagram, model.X}
		}, []string{"Permission does not cover Instagram.", "Permission does not cover X."}},
		{"no platforms (website use)", func(t *Testimonial, c *Consent, u *Use) { u.Platforms, u.Purpose = nil, Website }, nil},

		// Purposes.
		{"paid ads not covered", func(t *Testimonial, c *Consent, u *Use) { u.Purpose = PaidAds }, []string{"Permission covers organic posts and the website, not paid ads."}},
		{"three purposes listed", func(t *Testimonial, c *Consent, u *Use) {
			c.Purposes, u.Purpose = []Purpose{Organic, Website, Email}, PaidAds
		}, []string{"Permission covers organic posts, the website and email, not paid ads."}},
		{"organic only, paid ads used", func(t *Testimonial, c *Consent, u *Use) { c.Purposes, u.Purpose = []Purpose{Organic}, PaidAds }, []string{"Permission covers organic posts, not paid ads."}},
		{"email not covered", func(t *Testimonial, c *Consent, u *Use) { u.Purpose = Email }, []string{"Permission covers organic posts and the website, not email."}},
		{"print not covered", func(t *Testimonial, c *Consent, u *Use) { u.Purpose = Print }, []string{"Permission covers organic posts and the website, not print."}},
		{"website covered", func(t *Testimonial, c *Consent, u *Use) { u.Purpose = Website }, nil},
		{"no purposes recorded", func(t *Testimonial, c *Consent, u *Use) { c.Purposes = nil }, []string{"Permission does not cover organic posts."}},
		{"use without purpose", func(t *Testimonial, c *Consent, u *Use) { u.Purpose = "" }, []string{"Choose what the post uses the testimonial for."}},

		// Name levels.
		{"initials allowed, initials shown", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Name, u.Name = Initials, Initials }, nil},
		{"initials allowed, anonymous shown", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Name, u.Name = Initials, Anonymous }, nil},
		{"initials allowed, full name shown", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Name = Initials }, []string{"The person allowed initials only, but the post shows the full name."}},
		{"anonymous allowed, full name shown", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Name = Anonymous }, []string{"The person asked to stay anonymous, but the post shows the full name."}},
		{"anonymous allowed, initials shown", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Name, u.Name = Anonymous, Initials }, []string{"The person asked to stay anonymous, but the post shows their initials."}},
		{"anonymous allowed, no name shown", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Name, u.Name = Anonymous, "" }, nil},
		{"no name choice counts as anonymous", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Name, u.Name = "", Initials }, []string{"The person asked to stay anonymous, but the post shows their initials."}},
		{"unknown name setting in post", func(t *Testimonial, c *Consent, u *Use) { u.Name = "nickname" }, []string{"The post's name setting \"nickname\" is not one Kairos knows."}},

		// Other identity elements.
		{"photo allowed and shown", func(t *Testimonial, c *Consent, u *Use) { u.Photo = true }, nil},
		{"photo not allowed", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Photo, u.Photo = false, true }, []string{"The person did not allow a photo."}},
		{"photo not allowed, not shown", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.Photo = false }, nil},
		{"video/voice not allowed", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.VideoVoice, u.VideoVoice = false, true }, []string{"The person did not allow their video or voice."}},
		{"title/company not allowed", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.TitleCompany, u.TitleCompany = false, true }, []string{"The person did not allow their job title or company."}},
		{"profile link not allowed", func(t *Testimonial, c *Consent, u *Use) { c.Permissions.LinkProfile, u.LinkProfile = false, true }, []string{"The person did not allow a link to or tag of their profile."}},
		{"all identity elements allowed and used", func(t *Testimonial, c *Consent, u *Use) {
			u.Photo, u.VideoVoice, u.TitleCompany, u.LinkProfile = true, true, true, true
		}, nil},

		// Quote.
		{"quote equal after whitespace", func(t *Testimonial, c *Consent, u *Use) {
			u.Quote = "  Best bakery\tin town.  The croissants\n\nare perfect! "
		}, nil},
		{"quote with different case", func(t *Testimonial, c *Consent, u *Use) { u.Quote = "best bakery in town. The croissants are perfect!" }, []string{"The quote differs from the approved words."}},
		{"quote with different punctuation", func(t *Testimonial, c *Consent, u *Use) { u.Quote = "Best bakery in town. The croissants are perfect." }, []string{"The quote differs from the approved words."}},
		{"quote edited without permission", func(t *Testimonial, c *Consent, u *Use) { u.Quote = "Best bakery in the whole town!" }, []string{"The quote differs from the approved words."}},
		{"excerpt without edit permission", func(t *Testimonial, c *Consent, u *Use) { u.Quote = "The croissants are perfect!" }, []string{"The quote is shortened, but the person did not allow edits."}},
		{"excerpt with edit permission", func(t *Testimonial, c *Consent, u *Use) {
			t.EditsAllowed, u.Quote = true, "The croissants are perfect!"
		}, nil},
		{"excerpt dropping end punctuation", func(t *Testimonial, c *Consent, u *Use) { t.EditsAllowed, u.Quote = true, "Best bakery in town" }, nil},
		{"excerpt cutting a word", func(t *Testimonial, c *Consent, u *Use) { t.EditsAllowed, u.Quote = true, "akery in town" }, []string{"The quote differs from the approved words."}},
		{"edited even with edit permission", func(t *Testimonial, c *Consent, u *Use) { t.EditsAllowed, u.Quote = true, "Best bakery around." }, []string{"The quote differs from the approved words."}},
		{"approved version quoted", func(t *Testimonial, c *Consent, u *Use) {
			t.EditsAllowed, t.Approved = true, "The best bakery in town; perfect croissants!"
			u.Quote = "The best bakery in town; perfect croissants!"
		}, nil},
		{"original quoted when an approved version exists", func(t *Testimonial, c *Consent, u *Use) {
			t.EditsAllowed, t.Approved = true, "The best bakery in town; perfect croissants!"
		}, nil},
		{"excerpt of approved version with edits", func(t *Testimonial, c *Consent, u *Use) {
			t.EditsAllowed, t.Approved = true, "The best bakery in town; perfect croissants!"
			u.Quote = "perfect croissants!"
		}, nil},
		{"no quote (uses the original file)", func(t *Testimonial, c *Consent, u *Use) { u.Quote = "" }, nil},
		{"quote of a file-only testimonial", func(t *Testimonial, c *Consent, u *Use) { t.Original, t.OriginalFile = "", "media/jane.mp4" }, []string{"The quote differs from the approved words."}},

		// Incentive.
		{"incentive disclosed (any case)", func(t *Testimonial, c *Consent, u *Use) {
			t.Incentive, t.Disclosure = "a free coffee", "Jane received a free coffee for this review."
			u.PostText += "\n\nJANE received a  free coffee for this review."
		}, nil},
		{"incentive not disclosed", func(t *Testimonial, c *Consent, u *Use) {
			t.Incentive, t.Disclosure = "a free coffee", "Jane received a free coffee for this review."
		}, []string{"The post must carry the incentive disclosure: \"Jane received a free coffee for this review.\"."}},
		{"incentive without disclosure text", func(t *Testimonial, c *Consent, u *Use) { t.Incentive = "a free coffee" }, []string{"The testimonial records an incentive but no disclosure to show with it."}},

		// Minor.
		{"minor without guardian", func(t *Testimonial, c *Consent, u *Use) { t.Person.Minor = true }, []string{"The person is a minor and no parent or guardian permission is recorded."}},
		{"minor with guardian", func(t *Testimonial, c *Consent, u *Use) {
			t.Person.Minor, t.Person.Guardian = true, "Mark Doe (father)"
		}, nil},

		// Special category.
		{"special category without written evidence", func(t *Testimonial, c *Consent, u *Use) { t.SpecialCategory = true }, []string{"This testimonial mentions health or other sensitive data, which needs explicit written consent: record the wording shown and keep the written reply as the evidence file."}},
		{"special category without wording", func(t *Testimonial, c *Consent, u *Use) {
			t.SpecialCategory, c.Wording, c.EvidenceFile = true, "", "consents/jane.pdf"
		}, []string{"This testimonial mentions health or other sensitive data, which needs explicit written consent: record the wording shown and keep the written reply as the evidence file."}},
		{"special category with wording and written reply", func(t *Testimonial, c *Consent, u *Use) {
			t.SpecialCategory, c.EvidenceFile = true, "consents/jane.pdf"
		}, nil},

		// Several problems at once.
		{"every problem listed", func(t *Testimonial, c *Consent, u *Use) {
			c.Permissions.Name, c.Permissions.Photo = Initials, false
			u.Platforms = []model.Platform{model.TikTok}
			u.Purpose, u.Photo, u.Quote = PaidAds, true, "Best bakery"
			t.Person.Minor = true
		}, []string{
			"Permission does not cover TikTok.",
			"Permission covers organic posts and the website, not paid ads.",
			"The person allowed initials only, but the post shows the full name.",
			"The person did not allow a photo.",
			"The quote is shortened, but the person did not allow edits.",
			"The person is a minor and no parent or guardian permission is recorded.",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			te, c, u := baseTestimonial(), baseConsent(), baseUse()
			tc.edit(&te, &c, &u)
			err := Check(te, c, u)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("Check refused, want allowed:\n%v", err)
				}
				return
			}
			var got Refusal
			if !errors.As(err, &got) {
				t.Fatalf("Check = %v, want Refusal %q", err, tc.want)
			}
			if !reflect.DeepEqual(english(got), tc.want) {
				t.Fatalf("Check refused with\n%q\nwant\n%q", english(got), tc.want)
			}
		})
	}
}

// Every purpose is allowed when covered and refused when not.
func TestCheckEachPurpose(t *testing.T) {
	for _, p := range Purposes() {
		te, c, u := baseTestimonial(), baseConsent(), baseUse()
		u.Purpose = p
		c.Purposes = []Purpose{p}
		if err := Check(te, c, u); err != nil {
			t.Errorf("%s covered: Check = %v, want nil", p, err)
		}
		c.Purposes = nil
		for _, other := range Purposes() {
			if other != p {
				c.Purposes = append(c.Purposes, other)
			}
		}
		if err := Check(te, c, u); err == nil {
			t.Errorf("%s not covered: Check allowed it", p)
		}
	}
}

func TestStatusOn(t *testing.T) {
	c := baseConsent()
	w := c
	w.Status, w.WithdrawnOn = Withdrawn, d(2027, 2, 1)
	tests := []struct {
		name string
		c    Consent
		day  model.Date
		want Status
	}{
		{"granted, before expiry", c, d(2027, 2, 28), Granted},
		{"granted, on expiry", c, d(2027, 3, 1), Expired},
		{"granted, after expiry", c, d(2027, 3, 2), Expired},
		{"withdrawn, before withdrawal date", w, d(2027, 1, 15), Withdrawn},
		{"withdrawn, after expiry", w, d(2027, 4, 1), Withdrawn},
		{"requested", Consent{Status: Requested, Expires: d(2027, 1, 1)}, d(2027, 2, 1), Requested},
		{"granted without expiry", Consent{Status: Granted}, d(2099, 1, 1), Granted},
	}
	for _, tc := range tests {
		if got := tc.c.StatusOn(tc.day); got != tc.want {
			t.Errorf("%s: StatusOn(%s) = %s, want %s", tc.name, tc.day, got, tc.want)
		}
	}
}

// english is each reason of r in English.
func english(r Refusal) []string {
	out := make([]string, len(r))
	for i, t := range r {
		out[i] = t.String()
	}
	return out
}

func TestRefusalError(t *testing.T) {
	r := Refusal{msg.New("One."), msg.New("Two {{.N}}.", "N", 2), msg.New("Three.")}
	if r.Error() != "One.\nTwo 2.\nThree." {
		t.Fatalf("Error() = %q", r.Error())
	}
	var local msg.Localized
	if !errors.As(error(r), &local) || local.Message().String() != r.Error() {
		t.Fatalf("a Refusal gives its reasons as one Text: %v", local)
	}
	if (Refusal{msg.New("Only.")}).Message().Key != "Only." {
		t.Fatal("one reason is its own Text")
	}
}
