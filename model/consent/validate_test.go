package consent

import (
	"errors"
	"reflect"
	"testing"

	"kairos/model"
)

func problems(t *testing.T, err error) model.Problems {
	t.Helper()
	if err == nil {
		return nil
	}
	var p model.Problems
	if !errors.As(err, &p) {
		t.Fatalf("error %v is not model.Problems", err)
	}
	return p
}

func TestTestimonialValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Testimonial)
		field string // "" means valid
		msg   string
	}{
		{"valid", func(*Testimonial) {}, "", ""},
		{"file only", func(t *Testimonial) { t.Original, t.OriginalFile = "", "media/jane.mp4" }, "", ""},
		{"no name", func(t *Testimonial) { t.Person.Name = "  " }, "person_name", "Give the name of the person who gave the testimonial."},
		{"no original", func(t *Testimonial) { t.Original = " \n" }, "original", "Paste the testimonial's original words or attach the original file."},
		{"minor without guardian", func(t *Testimonial) { t.Person.Minor = true }, "guardian", "The person is a minor: record the parent or guardian who gives permission."},
		{"minor with guardian", func(t *Testimonial) { t.Person.Minor, t.Person.Guardian = true, "Mark Doe" }, "", ""},
		{"incentive without disclosure", func(t *Testimonial) { t.Incentive = "free coffee" }, "disclosure", "Write the disclosure posts must carry because of the incentive, for example \"Sam received a free lesson for this review.\""},
		{"approved differs without permission", func(t *Testimonial) { t.Approved = "Best bakery!" }, "approved", "The approved version differs from the original, but the person allowed neither edits nor translation."},
		{"approved differs only in whitespace", func(t *Testimonial) { t.Approved = "Best bakery in town. The croissants are perfect!" }, "", ""},
		{"approved differs with edits allowed", func(t *Testimonial) { t.Approved, t.EditsAllowed = "Best bakery!", true }, "", ""},
		{"approved translation allowed", func(t *Testimonial) { t.Approved, t.TranslationAllowed = "Η καλύτερη φούρνος!", true }, "", ""},
		{"https profile link", func(t *Testimonial) { t.ProfileLink = " https://instagram.com/jane " }, "", ""},
		{"profile link without scheme", func(t *Testimonial) { t.ProfileLink = "instagram.com/jane" }, "profile_link", "The profile link must be a web address starting with http:// or https://."},
		{"profile link other scheme", func(t *Testimonial) { t.ProfileLink = "javascript:alert(1)" }, "profile_link", "The profile link must be a web address starting with http:// or https://."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			te := baseTestimonial()
			tc.edit(&te)
			te.Normalize()
			p := problems(t, te.Validate())
			if tc.field == "" {
				if p != nil {
					t.Fatalf("Validate = %v, want nil", p)
				}
				return
			}
			if len(p) != 1 || p.For(tc.field) != tc.msg {
				t.Fatalf("Validate = %#v, want only %s: %q", p, tc.field, tc.msg)
			}
		})
	}
}

func TestTestimonialNormalizeKeepsWords(t *testing.T) {
	te := Testimonial{Person: Person{Name: " Jane "}, Original: "  Line one.\n\nLine  two.  ", OriginalSHA256: " ABC "}
	te.Normalize()
	if te.Person.Name != "Jane" || te.Original != "Line one.\n\nLine  two." || te.OriginalSHA256 != "abc" {
		t.Fatalf("Normalize = %#v", te)
	}
}

func TestConsentValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Consent)
		want model.Problems
	}{
		{"valid granted", func(*Consent) {}, nil},
		{"valid requested, nothing else", func(c *Consent) { *c = Consent{Status: Requested} }, nil},
		{"no status", func(c *Consent) { c.Status = "" }, model.Problems{model.Problem("status", "Choose where the permission stands.")}},
		{"unknown status", func(c *Consent) { c.Status = "pending" }, model.Problems{model.Problem("status", "\"{{.Status}}\" is not a permission status Kairos knows.", "Status", "pending")}},
		{"granted without evidence", func(c *Consent) { c.EvidenceNote = "" }, model.Problems{model.Problem("evidence", "Keep evidence of the permission: a note or a copy of the reply.")}},
		{"granted incomplete", func(c *Consent) {
			c.Granted, c.Method, c.Permissions.Name, c.Platforms, c.Purposes = model.Date{}, "", "", nil, nil
		}, model.Problems{
			model.Problem("granted", "Enter the date permission was granted."),
			model.Problem("method", "Say how permission was given, for example signed form or email."),
			model.Problem("name_use", "Choose how the person's name may appear: full name, initials or anonymous."),
			model.Problem("platforms", "Choose at least one platform the permission covers."),
			model.Problem("purposes", "Choose at least one use the permission covers."),
		}},
		{"expiry before grant", func(c *Consent) { c.Expires = d(2027, 1, 9) }, model.Problems{model.Problem("expires", "The expiry date is before the date permission was granted.")}},
		{"expiry on grant day", func(c *Consent) { c.Expires = c.Granted }, nil},
		{"unknown platform", func(c *Consent) { c.Platforms = append(c.Platforms, "MySpace ") }, model.Problems{model.Problem("platforms", "\"{{.Platform}}\" is not a platform Kairos knows.", "Platform", "myspace")}},
		{"platform by display name", func(c *Consent) { c.Platforms = []model.Platform{"LinkedIn", "linkedin"} }, nil},
		{"unknown purpose", func(c *Consent) { c.Purposes = []Purpose{"billboard"} }, model.Problems{model.Problem("purposes", "\"{{.Purpose}}\" is not a use Kairos knows: choose organic posts, paid ads, website, email or print.", "Purpose", "billboard")}},
		{"unknown name use", func(c *Consent) { c.Permissions.Name = "nickname" }, model.Problems{model.Problem("name_use", "\"{{.Name}}\" is not a way to show a name: choose full name, initials or anonymous.", "Name", "nickname")}},
		{"withdrawn complete", func(c *Consent) { c.Status, c.WithdrawnOn, c.WithdrawalChannel = Withdrawn, d(2027, 2, 2), "email" }, nil},
		{"withdrawn without date and channel", func(c *Consent) { c.Status = Withdrawn }, model.Problems{
			model.Problem("withdrawn_on", "Enter the date permission was withdrawn."),
			model.Problem("withdrawal_channel", "Say how the person withdrew permission, for example email or phone."),
		}},
		{"withdrawn before grant", func(c *Consent) { c.Status, c.WithdrawnOn, c.WithdrawalChannel = Withdrawn, d(2027, 1, 1), "email" }, model.Problems{
			model.Problem("withdrawn_on", "The withdrawal date is before the date permission was granted."),
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := baseConsent()
			tc.edit(&c)
			c.Normalize()
			got := problems(t, c.Validate())
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Validate =\n%#v\nwant\n%#v", got, tc.want)
			}
		})
	}
}

func TestConsentNormalize(t *testing.T) {
	c := Consent{Status: " Granted ", Permissions: Permissions{Name: "Initials"},
		Platforms: []model.Platform{"Instagram", " instagram", "", "X"},
		Purposes:  []Purpose{"Paid_Ads", "paid_ads", " "}}
	c.Normalize()
	if c.Status != Granted || c.Permissions.Name != Initials {
		t.Errorf("status/name = %q/%q", c.Status, c.Permissions.Name)
	}
	if !reflect.DeepEqual(c.Platforms, []model.Platform{model.Instagram, model.X}) {
		t.Errorf("platforms = %q", c.Platforms)
	}
	if !reflect.DeepEqual(c.Purposes, []Purpose{PaidAds}) {
		t.Errorf("purposes = %q", c.Purposes)
	}
}
