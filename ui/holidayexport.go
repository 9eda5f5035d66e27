package ui

import (
	"io"
	"strconv"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/export"
	"kairos/model"
)

// askExport asks for a year and a format, then where to save the year's
// holidays and special days for the current client.
func (h *holidayPanel) askExport() {
	client, ok := h.c.k.currentClient()
	if !ok {
		return
	}
	year := h.c.anchor.Year
	var years []string
	for y := year - 1; y <= year+2; y++ {
		years = append(years, strconv.Itoa(y))
	}
	pickYear := widget.NewSelect(years, nil)
	pickYear.SetSelected(strconv.Itoa(year))
	csvFormat := lang.L("CSV (spreadsheets)")
	format := widget.NewRadioGroup([]string{csvFormat, lang.L("iCalendar (.ics, calendar apps)")}, nil)
	format.SetSelected(csvFormat)
	form := widget.NewForm(widget.NewFormItem(lang.L("Year"), pickYear), widget.NewFormItem(lang.L("Format"), format))
	dialog.ShowCustomConfirm(lang.L("Export holidays and days"), lang.L("Choose file…"), lang.L("Cancel"), container.NewVBox(form), func(ok bool) {
		if !ok {
			return
		}
		y, _ := strconv.Atoi(pickYear.Selected)
		ics := format.Selected != csvFormat
		ext := ".csv"
		if ics {
			ext = ".ics"
		}
		name := lang.L("{{.Client}} holidays {{.Year}}", map[string]any{"Client": client.Name, "Year": y})
		saveFileAs(h.c.k, name, ext, func(w io.Writer) error { return h.writeExport(w, client, y, ics) }, func(file string) {
			h.c.say(lang.L("Saved the holidays of {{.Year}} to {{.File}}.", map[string]any{"Year": y, "File": file}))
		})
	}, h.c.k.win)
}

// writeExport writes the client's year: public holidays, fun days and its
// own days, less those hidden for the client.
func (h *holidayPanel) writeExport(w io.Writer, client model.Client, year int, ics bool) error {
	days, _ := suggestionsFor(h.c.k, client, model.NewDate(year, 1, 1), model.NewDate(year, 12, 31))
	hidden, err := h.c.k.store.HiddenSuggestions(client.ID)
	if err != nil {
		return err
	}
	kept := days[:0]
	for _, d := range days {
		if !hidden[d.Key] {
			kept = append(kept, d)
		}
	}
	if ics {
		return export.HolidaysICS(w, lang.L("{{.Client}}: holidays and days {{.Year}}", map[string]any{"Client": client.Name, "Year": year}),
			client.Name, kept, h.c.k.now())
	}
	return export.HolidaysCSV(w, kept)
}
