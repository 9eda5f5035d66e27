// Package export writes Kairos's data in formats other programs read: CSV
// for spreadsheets and iCalendar for calendar apps.
package export

import (
	"encoding/csv"
	"io"
	"strings"

	"kairos/model/holiday"
)

// HolidaysCSVHeader is the first row of HolidaysCSV.
var HolidaysCSVHeader = []string{"date", "observed", "name", "native_name", "kind", "category", "hashtags"}

// HolidaysCSV writes days as CSV, one row per day after the header. Dates
// are YYYY-MM-DD; hashtags are space-separated. A public holiday has no
// category, so its type (public, bank, observance) fills that column.
func HolidaysCSV(w io.Writer, days []holiday.Day) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(HolidaysCSVHeader); err != nil {
		return err
	}
	for _, d := range days {
		category := d.Category
		if category == "" && d.Kind == holiday.Public {
			category = d.Type
		}
		observed := d.Observed
		if observed.IsZero() {
			observed = d.Date
		}
		row := []string{d.Date.String(), observed.String(), d.Name, d.NativeName, string(d.Kind), category,
			strings.Join(d.Hashtags, " ")}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
