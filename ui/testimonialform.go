package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model/consent"
)

// testimonialForm edits every field of one testimonial.
type testimonialForm struct {
	k              *Kairos
	t              consent.Testimonial
	name           *widget.Entry
	contact        *widget.Entry
	minor          *widget.Check
	guardian       *widget.Entry
	original       *widget.Entry
	file           *widget.Label
	attach         *widget.Button
	approved       *widget.Entry
	edits          *widget.Check
	translation    *widget.Check
	product        *widget.Entry
	source         *widget.Entry
	photo, profile *widget.Entry
	incentive      *widget.Entry
	disclosure     *widget.Entry
	insider        *widget.Check
	special        *widget.Check
	results        *widget.Check
	problems       problemLabel
}

func newTestimonialForm(k *Kairos, t consent.Testimonial) *testimonialForm {
	f := &testimonialForm{k: k, t: t,
		name: widget.NewEntry(), contact: widget.NewEntry(),
		minor: widget.NewCheck(lang.L("Under age"), nil), guardian: widget.NewEntry(),
		original: widget.NewMultiLineEntry(), file: widget.NewLabel(""),
		approved:    widget.NewMultiLineEntry(),
		edits:       widget.NewCheck(lang.L("Edits allowed (shortening to an excerpt)"), nil),
		translation: widget.NewCheck(lang.L("Translation allowed"), nil),
		product:     widget.NewEntry(), source: widget.NewEntry(), photo: widget.NewEntry(), profile: widget.NewEntry(),
		incentive: widget.NewEntry(), disclosure: widget.NewEntry(),
		insider:  widget.NewCheck(lang.L("Insider (employee, relative or business partner)"), nil),
		special:  widget.NewCheck(lang.L("Mentions health or other sensitive data"), nil),
		results:  widget.NewCheck(lang.L("Claims results others may not get"), nil),
		problems: newProblemLabel()}
	f.attach = widget.NewButton(lang.L("Attach original file…"), func() { f.files().pick() })
	f.name.SetPlaceHolder(lang.L("Who said it"))
	f.contact.SetPlaceHolder(lang.L("Email or phone, to ask for permission"))
	f.guardian.SetPlaceHolder(lang.L("Parent or guardian"))
	f.original.SetPlaceHolder(lang.L("Their words, exactly as written"))
	f.approved.SetPlaceHolder(lang.L("Optional: the version the person approved"))
	f.source.SetPlaceHolder(lang.L("Review site, email, DM…"))
	f.photo.SetPlaceHolder(lang.L("Their photo's file, if they allowed one"))
	f.profile.SetPlaceHolder(lang.L("https:// link to their profile"))
	f.incentive.SetPlaceHolder(lang.L("Optional: what they received, e.g. a free lesson"))
	f.disclosure.SetPlaceHolder(lang.L("What posts must say about the incentive"))
	for _, e := range []*widget.Entry{f.original, f.approved} {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(3)
	}
	f.name.SetText(t.Person.Name)
	f.contact.SetText(t.Person.Contact)
	f.minor.SetChecked(t.Person.Minor)
	f.guardian.SetText(t.Person.Guardian)
	f.original.SetText(t.Original)
	f.approved.SetText(t.Approved)
	f.edits.SetChecked(t.EditsAllowed)
	f.translation.SetChecked(t.TranslationAllowed)
	f.product.SetText(t.Product)
	f.source.SetText(t.Source)
	f.photo.SetText(t.Photo)
	f.profile.SetText(t.ProfileLink)
	f.incentive.SetText(t.Incentive)
	f.disclosure.SetText(t.Disclosure)
	f.insider.SetChecked(t.Insider)
	f.special.SetChecked(t.SpecialCategory)
	f.results.SetChecked(t.ResultsClaim)
	f.files().show()
	return f
}

func (f *testimonialForm) object() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), f.name),
		widget.NewFormItem(lang.L("Contact"), f.contact),
		widget.NewFormItem(lang.L("Minor"), container.NewBorder(nil, nil, f.minor, nil, f.guardian)),
		widget.NewFormItem(lang.L("Original words"), f.original),
		widget.NewFormItem(lang.L("Original file"), container.NewBorder(nil, nil, nil, f.attach, f.file)),
		widget.NewFormItem(lang.L("Approved version"), f.approved),
		widget.NewFormItem("", container.NewVBox(f.edits, f.translation)),
		widget.NewFormItem(lang.L("Product"), f.product),
		widget.NewFormItem(lang.L("Source"), f.source),
		widget.NewFormItem(lang.L("Photo"), f.photo),
		widget.NewFormItem(lang.L("Profile link"), f.profile),
		widget.NewFormItem(lang.L("Incentive"), f.incentive),
		widget.NewFormItem(lang.L("Disclosure"), f.disclosure),
		widget.NewFormItem("", container.NewVBox(f.insider, f.special, f.results)),
	)
	scroll := container.NewVScroll(clearOfScrollBar(form))
	scroll.SetMinSize(fyne.NewSize(520, 440))
	return container.NewBorder(nil, f.problems.Label, nil, nil, scroll)
}

// files is the original file field.
func (f *testimonialForm) files() fileField {
	return fileField{f.k, f.file, f.problems, &f.t.OriginalFile, &f.t.OriginalSHA256}
}

func (f *testimonialForm) read() consent.Testimonial {
	t := f.t
	t.Person = consent.Person{Name: f.name.Text, Contact: f.contact.Text, Minor: f.minor.Checked, Guardian: f.guardian.Text}
	t.Original, t.Approved = f.original.Text, f.approved.Text
	t.EditsAllowed, t.TranslationAllowed = f.edits.Checked, f.translation.Checked
	t.Product, t.Source = f.product.Text, f.source.Text
	t.Photo, t.ProfileLink = f.photo.Text, f.profile.Text
	t.Incentive, t.Disclosure = f.incentive.Text, f.disclosure.Text
	t.Insider, t.SpecialCategory, t.ResultsClaim = f.insider.Checked, f.special.Checked, f.results.Checked
	return t
}

// shortHash is the first 12 characters of a hash, enough to compare by eye.
func shortHash(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}
