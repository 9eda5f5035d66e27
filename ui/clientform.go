package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/model"
	"kairos/model/holiday"
)

// clientForm edits every field of a client. It is used inline in Settings
// and inside the "New client" dialog.
type clientForm struct {
	name     *widget.Entry
	country  *widget.Select
	region   *widget.SelectEntry
	regions  []string // the region codes offered for the chosen country
	timeZone *widget.SelectEntry
	color    *colorPicker
	notes    *widget.Entry
	problems problemLabel
	form     *widget.Form
	id       int64
}

func newClientForm() *clientForm {
	f := &clientForm{
		name:     widget.NewEntry(),
		region:   widget.NewSelectEntry(nil),
		timeZone: widget.NewSelectEntry(model.CommonZones()),
		color:    newColorPicker(),
		notes:    widget.NewMultiLineEntry(),
		problems: newProblemLabel(),
	}
	f.name.SetPlaceHolder(lang.L("Brand name, e.g. Olive & Sea Travel"))
	f.region.SetPlaceHolder(lang.L("Optional: state, canton or county"))
	f.timeZone.SetPlaceHolder(lang.L("e.g. Europe/Athens"))
	f.notes.SetPlaceHolder(lang.L("Brand voice, contacts, anything worth remembering"))
	f.notes.SetMinRowsVisible(3)
	f.notes.Wrapping = fyne.TextWrapWord
	f.country = widget.NewSelect(countryOptions(), f.onCountryChanged)
	f.country.PlaceHolder = lang.L("Choose a country")
	f.form = widget.NewForm(
		widget.NewFormItem(lang.L("Name"), f.name),
		widget.NewFormItem(lang.L("Country"), f.country),
		widget.NewFormItem(lang.L("Region"), f.region),
		widget.NewFormItem(lang.L("Time zone"), f.timeZone),
		widget.NewFormItem(lang.L("Colour"), f.color),
		widget.NewFormItem(lang.L("Notes"), f.notes),
	)
	return f
}

func (f *clientForm) object() fyne.CanvasObject { return container.NewVBox(f.form, f.problems.Label) }

// countryOption is "Greece (GR)", the name in the interface's language.
func countryOption(c model.Country) string { return fmt.Sprintf("%s (%s)", countryName(c), c.Code) }

// countryCode reads the code back out of "Greece (GR)".
func countryCode(option string) string {
	if i := strings.LastIndex(option, "("); i >= 0 && strings.HasSuffix(option, ")") {
		return option[i+1 : len(option)-1]
	}
	return ""
}

// onCountryChanged fills in the country's usual time zone unless the user
// already chose one of their own.
func (f *clientForm) onCountryChanged(option string) {
	// Regions with their own public holidays (German states, Swiss cantons,
	// Australian states) are offered by code, the form the calendar needs.
	regions := holiday.Regions(countryCode(option))
	f.regions = regions
	f.region.SetOptions(regions)
	if len(regions) > 0 {
		f.region.SetPlaceHolder(lang.L("Optional: {{.Examples}}…", map[string]any{"Examples": strings.Join(regions[:min(4, len(regions))], ", ")}))
	} else {
		f.region.SetPlaceHolder(lang.L("Optional: state, canton or county"))
	}
	zone := model.DefaultZone(countryCode(option))
	if zone == "" {
		return
	}
	current := f.timeZone.Text
	for _, c := range model.Countries() {
		if current == "" || current == model.DefaultZone(c.Code) {
			f.timeZone.SetText(zone)
			return
		}
	}
}

// load shows c in the form.
func (f *clientForm) load(c model.Client) {
	f.id = c.ID
	f.name.SetText(c.Name)
	f.timeZone.SetText(c.TimeZone)
	if country, err := model.LookupCountry(c.Country); err == nil {
		f.country.SetSelected(countryOption(country))
	} else {
		f.country.ClearSelected()
	}
	f.timeZone.SetText(c.TimeZone) // again: choosing the country may have replaced it
	f.region.SetText(c.Region)
	color := c.Color
	if color == "" {
		color = model.ClientColors[0]
	}
	f.color.SetSelected(color)
	f.notes.SetText(c.Notes)
	f.problems.show(nil)
}

// read returns the client as the form shows it.
func (f *clientForm) read() model.Client {
	return model.Client{
		ID:       f.id,
		Name:     f.name.Text,
		Country:  countryCode(f.country.Selected),
		Region:   f.region.Text,
		TimeZone: f.timeZone.Text,
		Color:    f.color.Selected(),
		Notes:    f.notes.Text,
	}
}

// blankClient is a new client with the first palette colour.
func blankClient() model.Client { return model.Client{Color: model.ClientColors[0]} }
