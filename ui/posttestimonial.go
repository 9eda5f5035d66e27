package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model/consent"
)

// The choices beside the client's testimonials (lang.L names them).
const (
	noTestimonial     = "None"
	erasedTestimonial = "An erased testimonial (flagged: choose None to take it out)"
)

// testimonialSection lets a post quote one of the client's testimonials
// and say how: where it is used, what identity it shows, which words.
type testimonialSection struct {
	list    []consent.Testimonial
	pick    *widget.Select
	purpose *widget.Select
	name    *widget.Select
	photo   *widget.Check
	video   *widget.Check
	title   *widget.Check
	profile *widget.Check
	quote   *widget.Entry
	details *fyne.Container
	box     fyne.CanvasObject
}

var (
	purposeKeys = []consent.Purpose{consent.Organic, consent.PaidAds, consent.Website, consent.Email, consent.Print}
	nameKeys    = []consent.NameUse{consent.FullName, consent.Initials, consent.Anonymous}
)

// purposeLabels name purposeKeys in the interface's language.
func purposeLabels() []string {
	return []string{lang.L("Organic post"), lang.L("Paid ad"), lang.L("Website"), lang.L("Email"), lang.L("Print")}
}

// nameLabels name nameKeys in the interface's language.
func nameLabels() []string {
	return []string{lang.L("Full name"), lang.L("Initials"), lang.L("Anonymous")}
}

func newTestimonialSection(list []consent.Testimonial) *testimonialSection {
	s := &testimonialSection{list: list,
		purpose: widget.NewSelect(purposeLabels(), nil), name: widget.NewSelect(nameLabels(), nil),
		photo: widget.NewCheck(lang.L("Photo"), nil), video: widget.NewCheck(lang.L("Video or voice"), nil),
		title: widget.NewCheck(lang.L("Job title or company"), nil), profile: widget.NewCheck(lang.L("Tags their profile"), nil),
		quote: widget.NewMultiLineEntry()}
	options := []string{lang.L(noTestimonial)}
	for _, t := range list {
		options = append(options, testimonialLabel(t))
	}
	s.quote.Wrapping = fyne.TextWrapWord
	s.quote.SetPlaceHolder(lang.L("The words as the post quotes them"))
	s.details = container.NewVBox(
		container.NewGridWithColumns(2, s.purpose, s.name),
		container.NewGridWithColumns(2, s.photo, s.video, s.title, s.profile),
		s.quote)
	s.pick = widget.NewSelect(options, func(string) { s.onPick() })
	s.pick.SetSelected(lang.L(noTestimonial))
	s.box = container.NewVBox(s.pick, s.details)
	return s
}

func testimonialLabel(t consent.Testimonial) string {
	label := t.Person.Name
	if t.Product != "" {
		label += " · " + t.Product
	}
	return fmt.Sprintf("%s (#%d)", label, t.ID)
}

func (s *testimonialSection) chosen() (consent.Testimonial, bool) {
	for _, t := range s.list {
		if testimonialLabel(t) == s.pick.Selected {
			return t, true
		}
	}
	return consent.Testimonial{}, false
}

// onPick shows the details for a chosen testimonial, with its approved (or
// original) words as the quote.
func (s *testimonialSection) onPick() {
	t, ok := s.chosen()
	s.details.Hidden = !ok
	s.details.Refresh()
	if !ok {
		return
	}
	if s.purpose.Selected == "" {
		s.purpose.SetSelected(purposeLabels()[0])
	}
	if s.name.Selected == "" {
		s.name.SetSelected(nameLabels()[0])
	}
	if strings.TrimSpace(s.quote.Text) == "" {
		words := t.Approved
		if words == "" {
			words = t.Original
		}
		s.quote.SetText(words)
	}
}

// load shows a stored link.
func (s *testimonialSection) load(l consent.PostLink, ok bool) {
	if !ok {
		return
	}
	if l.TestimonialID == 0 {
		// Kept visible and kept on save: only the user takes it out.
		s.pick.Options = append(s.pick.Options, lang.L(erasedTestimonial))
		s.pick.SetSelected(lang.L(erasedTestimonial))
		return
	}
	for _, t := range s.list {
		if t.ID == l.TestimonialID {
			s.pick.SetSelected(testimonialLabel(t))
		}
	}
	for i, p := range purposeKeys {
		if p == l.Purpose {
			s.purpose.SetSelected(purposeLabels()[i])
		}
	}
	for i, n := range nameKeys {
		if n == l.Name {
			s.name.SetSelected(nameLabels()[i])
		}
	}
	s.photo.SetChecked(l.Photo)
	s.video.SetChecked(l.VideoVoice)
	s.title.SetChecked(l.TitleCompany)
	s.profile.SetChecked(l.LinkProfile)
	s.quote.SetText(l.Quote)
}

// link is what the form says, or nil when the post quotes nobody. A post
// whose testimonial was erased keeps its (empty) link until the user picks
// "None" or another testimonial.
func (s *testimonialSection) link() *consent.PostLink {
	t, ok := s.chosen()
	if s.pick.Selected == lang.L(erasedTestimonial) {
		return &consent.PostLink{} // still flagged
	}
	if !ok {
		return nil
	}
	l := &consent.PostLink{TestimonialID: t.ID, Photo: s.photo.Checked, VideoVoice: s.video.Checked,
		TitleCompany: s.title.Checked, LinkProfile: s.profile.Checked, Quote: s.quote.Text}
	for i, label := range purposeLabels() {
		if label == s.purpose.Selected {
			l.Purpose = purposeKeys[i]
		}
	}
	for i, label := range nameLabels() {
		if label == s.name.Selected {
			l.Name = nameKeys[i]
		}
	}
	return l
}
