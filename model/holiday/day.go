// Package holiday computes the days a marketer may want to post about:
// public holidays from rickar/cal, fun and international observances from
// a data file, and a client's own days. It is pure Go: no Fyne, no SQL.
package holiday

import (
	"kairos/model"
	"kairos/model/msg"
)

// Kind says where a day comes from.
type Kind string

// The kinds of day, as the panel's filter and the CSV export name them.
const (
	Public Kind = "public" // a public holiday of the client's country
	Fun    Kind = "fun"    // an observance: fun, unusual or international
	Custom Kind = "custom" // the client's own: an anniversary, a launch...
)

// Day is one suggestion on one date.
type Day struct {
	// Key identifies the suggestion across years, for "hide for this
	// client": "public:GB:Christmas Day", "fun:world-octopus-day",
	// "custom:12".
	Key  string
	Kind Kind
	// Date is the actual date; Observed is the day off when it moves
	// (a public holiday on a weekend), else equal to Date.
	Date, Observed model.Date
	// Name is in English; NativeName in the country's language ("" when
	// the same).
	Name, NativeName string
	// Label is Name as a sentence to translate when Kairos words it (a
	// client's yearly day with its count of years, "Opening day (8
	// years)"); the zero Text when Name is the data's or the user's own.
	Label msg.Text
	// Type is the holiday's type for public days (public, bank, observance).
	Type string
	// Category groups fun days: food, animals, tech, wellness, culture...
	Category string
	Hashtags []string
	// Idea is a one-line post idea.
	Idea string
	// SetYearly marks days whose date the organiser sets each year: the
	// computed date is a best guess to check.
	SetYearly bool
}
