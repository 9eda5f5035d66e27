package model

import (
	"strings"
)

// CustomDay is a day that matters to one client: the business's
// anniversary, a local festival, a product launch. A yearly day repeats on
// the same month and day; a one-off happens once.
type CustomDay struct {
	ID       int64
	ClientID int64
	Name     string
	// Date is the day itself; for a yearly day, its first year.
	Date     Date
	Yearly   bool
	Hashtags []string
	Idea     string
}

// Normalize trims the text and drops repeated hashtags.
func (d *CustomDay) Normalize() {
	d.Name = strings.TrimSpace(d.Name)
	// Carriage returns (pasted from other programs) would break exports.
	d.Idea = strings.TrimSpace(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(d.Idea))
	d.Name = strings.Join(strings.Fields(d.Name), " ")
	d.Hashtags = uniqueTags(d.Hashtags)
}

// Validate reports every problem with d; call Normalize first.
func (d CustomDay) Validate() error {
	var p Problems
	switch {
	case d.Name == "":
		p.add("name", "Name the day, for example “Our 10th anniversary”.")
	case len([]rune(d.Name)) > 80:
		p.add("name", "Keep the name to 80 characters or fewer.")
	}
	if d.Date.IsZero() {
		p.add("date", "Choose the date.")
	}
	if len([]rune(d.Idea)) > 280 {
		p.add("idea", "Keep the post idea to 280 characters or fewer.")
	}
	if t, bad := badHashtag(d.Hashtags); bad {
		p.add("hashtags", "\"{{.Tag}}\" is not a hashtag: use # followed by letters, digits or _.", "Tag", t)
	}
	return p.err()
}

// DateIn is the day's date in year: every year from the first for a
// yearly day (29 February falls on 28 February in other years), or its one
// date.
func (d CustomDay) DateIn(year int) (Date, bool) {
	if !d.Yearly {
		return d.Date, d.Date.Year == year
	}
	if year < d.Date.Year {
		return Date{}, false
	}
	day := d.Date.Day
	if last := NewDate(year, d.Date.Month+1, 0).Day; day > last {
		day = last
	}
	return Date{year, d.Date.Month, day}, true
}

// Anniversary is how many years a yearly day has been running in year
// (0 in its first year).
func (d CustomDay) Anniversary(year int) int { return year - d.Date.Year }
