package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/consent"
)

// statusLabel names a permission status for people.
func statusLabel(s consent.Status) string {
	switch s {
	case consent.NotRequested:
		return lang.L("Not requested")
	case consent.Requested:
		return lang.L("Requested")
	case consent.Granted:
		return lang.L("Granted")
	case consent.Declined:
		return lang.L("Declined")
	case consent.Withdrawn:
		return lang.L("Withdrawn")
	case consent.Expired:
		return lang.L("Expired")
	}
	return string(s)
}

// consentForm records one permission: what the person allowed, where, for
// what, and the evidence.
type consentForm struct {
	k          *Kairos
	c          consent.Consent
	status     *widget.Select
	name       *widget.Select
	photo      *widget.Check
	video      *widget.Check
	title      *widget.Check
	profile    *widget.Check
	platforms  map[model.Platform]*widget.Check
	purposes   map[consent.Purpose]*widget.Check
	granted    *widget.DateEntry
	method     *widget.Entry
	note       *widget.Entry
	evidence   *widget.Label
	attach     *widget.Button
	wording    *widget.Entry
	expires    *widget.DateEntry
	withdrawn  *widget.DateEntry
	channel    *widget.Entry
	problems   problemLabel
	platformBx *fyne.Container
	purposeBx  *fyne.Container
}

func newConsentForm(k *Kairos, c consent.Consent) *consentForm {
	var statuses []string
	for _, s := range consent.Statuses() {
		statuses = append(statuses, statusLabel(s))
	}
	f := &consentForm{k: k, c: c,
		status: widget.NewSelect(statuses, nil), name: widget.NewSelect(nameLabels(), nil),
		photo: widget.NewCheck(lang.L("Photo"), nil), video: widget.NewCheck(lang.L("Video or voice"), nil),
		title: widget.NewCheck(lang.L("Job title or company"), nil), profile: widget.NewCheck(lang.L("Link or tag their profile"), nil),
		platforms: map[model.Platform]*widget.Check{}, purposes: map[consent.Purpose]*widget.Check{},
		granted: widget.NewDateEntry(), method: widget.NewEntry(), note: widget.NewEntry(),
		evidence: widget.NewLabel(""), wording: widget.NewMultiLineEntry(), expires: widget.NewDateEntry(),
		withdrawn: widget.NewDateEntry(), channel: widget.NewEntry(), problems: newProblemLabel(),
		platformBx: container.NewGridWithColumns(3), purposeBx: container.NewGridWithColumns(3)}
	f.attach = widget.NewButton(lang.L("Attach evidence…"), func() { f.files().pick() })
	f.method.SetPlaceHolder(lang.L("e.g. signed form, email reply"))
	f.note.SetPlaceHolder(lang.L("Where the evidence is, e.g. reply of 3 May in the client folder"))
	f.wording.SetPlaceHolder(lang.L("The request exactly as the person saw it"))
	f.wording.Wrapping = fyne.TextWrapWord
	f.channel.SetPlaceHolder(lang.L("How they withdrew, e.g. email"))
	f.status.PlaceHolder = lang.L("Where the permission stands")
	f.name.PlaceHolder = lang.L("How the name may appear")
	for _, pl := range model.Platforms() {
		ch := widget.NewCheck(pl.Name(), nil)
		f.platforms[pl] = ch
		f.platformBx.Add(ch)
	}
	for i, pu := range purposeKeys {
		ch := widget.NewCheck(purposeLabels()[i], nil)
		f.purposes[pu] = ch
		f.purposeBx.Add(ch)
	}

	if c.Status != "" {
		f.status.SetSelected(statusLabel(c.Status))
	}
	for i, n := range nameKeys {
		if n == c.Permissions.Name {
			f.name.SetSelected(nameLabels()[i])
		}
	}
	f.photo.SetChecked(c.Permissions.Photo)
	f.video.SetChecked(c.Permissions.VideoVoice)
	f.title.SetChecked(c.Permissions.TitleCompany)
	f.profile.SetChecked(c.Permissions.LinkProfile)
	for _, pl := range c.Platforms {
		if ch, ok := f.platforms[pl]; ok {
			ch.SetChecked(true)
		}
	}
	for _, pu := range c.Purposes {
		if ch, ok := f.purposes[pu]; ok {
			ch.SetChecked(true)
		}
	}
	setDate(f.granted, c.Granted)
	setDate(f.expires, c.Expires)
	setDate(f.withdrawn, c.WithdrawnOn)
	f.method.SetText(c.Method)
	f.note.SetText(c.EvidenceNote)
	f.wording.SetText(c.Wording)
	f.channel.SetText(c.WithdrawalChannel)
	f.files().show()
	return f
}

func (f *consentForm) object() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Status"), f.status),
		widget.NewFormItem(lang.L("Name shown as"), f.name),
		widget.NewFormItem(lang.L("Also allowed"), container.NewGridWithColumns(2, f.photo, f.video, f.title, f.profile)),
		widget.NewFormItem(lang.L("Platforms"), f.platformBx),
		widget.NewFormItem(lang.L("Uses"), f.purposeBx),
		widget.NewFormItem(lang.L("Granted on"), f.granted),
		widget.NewFormItem(lang.L("Method"), f.method),
		widget.NewFormItem(lang.L("Evidence note"), f.note),
		widget.NewFormItem(lang.L("Evidence file"), container.NewBorder(nil, nil, nil, f.attach, f.evidence)),
		widget.NewFormItem(lang.L("Wording shown"), f.wording),
		widget.NewFormItem(lang.L("Expires on"), f.expires),
		widget.NewFormItem(lang.L("Withdrawn on"), f.withdrawn),
		widget.NewFormItem(lang.L("Withdrawn by"), f.channel),
	)
	scroll := container.NewVScroll(clearOfScrollBar(form))
	scroll.SetMinSize(fyne.NewSize(560, 460))
	return container.NewBorder(nil, f.problems.Label, nil, nil, scroll)
}

// files is the evidence file field.
func (f *consentForm) files() fileField {
	return fileField{f.k, f.evidence, f.problems, &f.c.EvidenceFile, &f.c.EvidenceSHA256}
}

func (f *consentForm) read() (consent.Consent, error) {
	c := f.c
	c.Status = ""
	for _, s := range consent.Statuses() {
		if statusLabel(s) == f.status.Selected {
			c.Status = s
		}
	}
	c.Permissions.Name = ""
	for i, n := range nameKeys {
		if nameLabels()[i] == f.name.Selected {
			c.Permissions.Name = n
		}
	}
	c.Permissions.Photo, c.Permissions.VideoVoice = f.photo.Checked, f.video.Checked
	c.Permissions.TitleCompany, c.Permissions.LinkProfile = f.title.Checked, f.profile.Checked
	c.Platforms, c.Purposes = nil, nil
	for _, pl := range model.Platforms() {
		if f.platforms[pl].Checked {
			c.Platforms = append(c.Platforms, pl)
		}
	}
	for _, pu := range purposeKeys {
		if f.purposes[pu].Checked {
			c.Purposes = append(c.Purposes, pu)
		}
	}
	c.Method, c.EvidenceNote, c.Wording, c.WithdrawalChannel = f.method.Text, f.note.Text, f.wording.Text, f.channel.Text
	var err error
	for _, d := range []struct {
		entry *widget.DateEntry
		dst   *model.Date
		what  string
	}{{f.granted, &c.Granted, lang.L("Granted on")}, {f.expires, &c.Expires, lang.L("Expires on")}, {f.withdrawn, &c.WithdrawnOn, lang.L("Withdrawn on")}} {
		if *d.dst, err = readDate(d.entry, d.what); err != nil {
			return c, err
		}
	}
	return c, nil
}

// withdrawForm asks when and how a person withdrew permission.
type withdrawForm struct {
	date     *widget.DateEntry
	channel  *widget.Entry
	problems problemLabel
}

func newWithdrawForm(today time.Time) *withdrawForm {
	f := &withdrawForm{date: widget.NewDateEntry(), channel: widget.NewEntry(), problems: newProblemLabel()}
	f.date.SetDate(&today)
	f.channel.SetPlaceHolder(lang.L("e.g. email, phone, in person"))
	return f
}

func (f *withdrawForm) object() fyne.CanvasObject {
	hint := widget.NewLabel(lang.L("Posts that quote this testimonial from this day on are flagged."))
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVBox(hint, widget.NewForm(
		widget.NewFormItem(lang.L("Withdrawn on"), f.date),
		widget.NewFormItem(lang.L("Withdrawn by"), f.channel)), f.problems.Label)
}
