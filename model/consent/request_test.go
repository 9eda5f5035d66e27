package consent

import (
	"strings"
	"testing"

	"kairos/model"
)

func TestRequestMessage(t *testing.T) {
	te := baseTestimonial()
	te.Incentive, te.Disclosure = "a free coffee", "Jane received a free coffee for this review."
	c := baseConsent()
	c.Permissions = Permissions{Name: Initials, Photo: true}
	c.Platforms = []model.Platform{model.Instagram, model.LinkedIn}
	c.Purposes = []Purpose{Organic, PaidAds}
	msg := RequestMessage(te, c, "Crumb & Co").String()

	for _, want := range []string{
		"Hello Jane Doe,",
		"Crumb & Co",
		"“Best bakery in town. The croissants are perfect!”",
		"exactly as written",
		"Shown with the quote: your initials (J. D.) and your photo.",
		"Not shown: your video or voice, your job title or company and a link to or tag of your profile.",
		"Where: Instagram and LinkedIn.",
		"Used for: our own social media posts and paid adverts.",
		"Until: 2027-02-28",
		"every post will say: “Jane received a free coffee for this review.”",
		"withdraw your permission at any time, as easily as you gave it",
		"You do not have to agree",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	for _, bad := range []string{"**", "# ", "full name", "health"} {
		if strings.Contains(msg, bad) {
			t.Errorf("message contains %q:\n%s", bad, msg)
		}
	}
}

func TestRequestMessageVariants(t *testing.T) {
	te := baseTestimonial()
	te.Approved, te.EditsAllowed = "The best bakery in town!", true
	te.Person.Minor, te.Person.Guardian = true, "Mark Doe"
	te.SpecialCategory = true
	c := baseConsent()
	c.Expires = model.Date{}
	c.Permissions = Permissions{Name: FullName}
	msg := RequestMessage(te, c, "Crumb & Co").String()
	for _, want := range []string{
		"Hello Mark Doe,",
		"parent or guardian",
		"“The best bakery in town!”",
		"edited version",
		"shorten them to an excerpt",
		"your full name (Jane Doe)",
		"there is no end date",
		"explicit written agreement",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "every post will say") {
		t.Errorf("message mentions a disclosure without an incentive:\n%s", msg)
	}
}
